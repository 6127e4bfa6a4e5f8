import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { manyStationsFindings } from '../fixtures/api/outposts.js';
import { useTestGraph } from '../helpers/graph.js';
import { startTestApi, type Data, type TestApi } from './helpers.js';

const graph = useTestGraph();
let t: TestApi;

beforeAll(async () => {
  const result = await importFindings(graph(), manyStationsFindings(120), 'many stations');
  expect(result.summary.candidateDuplicates).toBe(0);
  t = await startTestApi(graph());
});
afterAll(async () => t?.close());

/** Nested lists four levels deep under every station: the shape that would go N+1. */
const NESTED = `query ($first: Int!) {
  stations(first: $first) {
    totalCount
    edges { node {
      id name status
      city { name country { code name } }
      country { code }
      operatedBy(first: 3) {
        entity { id name }
        relationship { publisherCount claims(first: 2) { quote source { publisher url } } }
      }
      hostedBy(first: 3) { entity { name ... on Organisation { kind } } }
      statusHistory { status date claim { quote } }
      claims(first: 5) { predicate quote source { title } }
      corroboration { publisherCount sourceCount }
    } }
  }
}`;

/** Sends `query` and counts the Neo4j round trips and transactions it took. */
async function roundTrips(variables: Record<string, unknown>) {
  const queries: string[] = [];
  const stop = graph().onQuery((event) => queries.push(event.name));
  const before = graph().roundTrips;
  const transactionsBefore = graph().transactions;
  const response = await t.gql<{ stations: { edges: { node: Data }[] } }>(NESTED, variables);
  const trips = graph().roundTrips - before;
  const transactions = graph().transactions - transactionsBefore;
  stop();
  expect(response.errors).toBeUndefined();
  return {
    trips,
    transactions,
    queries,
    stations: response.data!.stations.edges.map((e) => e.node),
  };
}

describe('round trips', () => {
  it('are bounded by the depth of the query, not by the length of its lists', async () => {
    const ten = await roundTrips({ first: 10 });
    const hundred = await roundTrips({ first: 100 });
    expect(ten.stations).toHaveLength(10);
    expect(hundred.stations).toHaveLength(100);
    // One query per field that needs the graph, whatever the number of stations.
    expect(hundred.trips).toBe(ten.trips);
    expect([...hundred.queries].sort()).toEqual([...ten.queries].sort());
    // Ten field queries, and the claims' sources loaded once (by id) for all the claims.
    expect(hundred.trips).toBeLessThanOrEqual(11);
    expect(hundred.queries.filter((q) => q === 'read/sources-by-id')).toHaveLength(1);
    // The queries of one level share one transaction (one connection): stations and their
    // count, then the station fields, then the relationship fields, then their claims' sources.
    expect(hundred.transactions).toBeLessThan(hundred.trips);
    expect(hundred.transactions).toBeLessThanOrEqual(5);
    process.stderr.write(
      `[round trips] 10 stations: ${ten.trips}, 100 stations: ${hundred.trips} in ${hundred.transactions} transactions (${[...hundred.queries].sort().join(', ')})\n`,
    );
  });

  it('still answers every nested field of every station', async () => {
    const { stations } = await roundTrips({ first: 100 });
    for (const station of stations) {
      expect(station.city.country.code).toMatch(/^[A-Z]{2}$/);
      expect(station.country.code).toBe(station.city.country.code);
      expect(station.operatedBy).toHaveLength(1);
      expect(station.operatedBy[0].relationship.claims[0].source.publisher).toBe('Registry');
      expect(station.hostedBy[0].entity.kind).toBe('FRONT');
      expect(station.statusHistory[0].status).toBe(station.status);
      expect(station.claims).toHaveLength(4);
      expect(station.corroboration).toEqual({ publisherCount: 1, sourceCount: 1 });
    }
  });
});

describe('neighbourhood', () => {
  it('takes one round trip whatever its depth', async () => {
    const [station] = (
      await t.gql<{ stations: { edges: { node: Data }[] } }>(
        '{ stations(first: 1) { edges { node { id } } } }',
      )
    ).data!.stations.edges;
    for (const depth of [1, 2, 3]) {
      const before = graph().roundTrips;
      const response = await t.gql<{ neighbourhood: { nodes: Data[] } }>(
        `query ($id: ID!, $depth: Int!) { neighbourhood(id: $id, depth: $depth, limit: 50) { nodes { id } relationships { type } truncated } }`,
        { id: station!.node.id, depth },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.neighbourhood.nodes.length).toBeGreaterThan(depth);
      expect(graph().roundTrips - before).toBe(1);
    }
  });
});
