/**
 * The seed article (../shared/seeds/, beside the project, not part of it) through the API:
 * imported with importDocument by the news importer, then queried for the connections it states.
 * Skipped, saying why, when the article or importers/news is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { useTestGraph } from '../helpers/graph.js';
import { startTestApi, type Data, type TestApi } from './helpers.js';

const SEED = projectPath(
  '..',
  'shared',
  'seeds',
  'news-2023-04-28-netherlands-reporting-centre.txt',
);
const IMPORTER = projectPath('importers', 'news', 'index.ts');
const missing = [
  ...(existsSync(SEED) ? [] : [`the seed article ${SEED}`]),
  ...(existsSync(IMPORTER) ? [] : ['importers/news']),
];
const why = missing.length > 0 ? ` (skipped: ${missing.join(' and ')} absent)` : '';
if (why) process.stderr.write(`[seed] API seed tests${why}\n`);

const LU = 'person:lu-jianwang';
const UFWD = 'org:united-front-work-department';

type Path = {
  length: number;
  nodes: { id: string }[];
  relationships: { type: string; claims: { quote: string; source: { text: string } }[] }[];
};
const PATHS = `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6) {
  length nodes { id } relationships { type claims { quote source { text } } } } }`;

describe.skipIf(missing.length > 0)(`the seed article through the API${why}`, () => {
  const graph = useTestGraph();
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi(graph());
    const r = await t.gql<{ importDocument: { outcome: string; claims: number } }>(
      `mutation ($text: String!) { importDocument(input: {
        text: $text, published: "2023-04-28", publisher: "ANI" }) { outcome claims } }`,
      { text: readFileSync(SEED, 'utf8') },
      { key: 'writer' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.importDocument.outcome).toBe('CREATED');
  });
  afterAll(async () => t?.close());

  it('knows the two defendants and their ages, and the closed Dutch stations', async () => {
    const r = await t.gql<Data>(`{
      lu: entity(id: "${LU}") { name ... on Person { age } }
      chen: search(query: "Chen Jinping", types: [Person], first: 1) { edges { node { name ... on Person { age } } } }
      nl: stations(filter: { country: "NL" }) { totalCount edges { node { status city { name } } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.lu).toEqual({ name: 'Lu Jianwang', age: 61 });
    expect(r.data!.chen.edges[0].node).toEqual({ name: 'Chen Jinping', age: 59 });
    expect(r.data!.nl.totalCount).toBe(2);
    const cities = r.data!.nl.edges.map(
      (e: { node: { city: { name: string } } }) => e.node.city.name,
    );
    expect(cities.sort()).toEqual(['Amsterdam', 'Rotterdam']);
  });

  it('connects Lu Jianwang to the Manhattan station, each step quoting the article', async () => {
    const station = await t.gql<{ search: { edges: { node: { id: string } }[] } }>(
      `{ search(query: "Manhattan police station", types: [Station], first: 1) { edges { node { id } } } }`,
    );
    const to = station.data!.search.edges[0]!.node.id;
    const r = await t.gql<{ paths: Path[] }>(PATHS, { from: LU, to });
    expect(r.errors).toBeUndefined();
    const [path] = r.data!.paths;
    expect(path?.nodes[0]?.id).toBe(LU);
    expect(path?.nodes.at(-1)?.id).toBe(to);
    for (const relationship of path!.relationships) {
      expect(relationship.claims.length).toBeGreaterThan(0);
      for (const claim of relationship.claims) expect(claim.source.text).toContain(claim.quote);
    }
  });

  it('connects Lu Jianwang to the UFWD when the extraction links its networks to the stations', async (ctx) => {
    const r = await t.gql<{ paths: Path[]; ufwd: { links: { entity: { id: string } }[] } | null }>(
      `query ($from: ID!, $to: ID!) {
        paths(from: $from, to: $to, maxHops: 6) { length nodes { id } relationships { type claims { quote source { text } } } }
        ufwd: entity(id: $to) { links(types: [PART_OF], direction: IN, first: 100) { entity { id } } }
      }`,
      { from: LU, to: UFWD },
    );
    expect(r.errors).toBeUndefined();
    if (r.data!.paths.length === 0) {
      const networks = (r.data!.ufwd?.links ?? []).map((link) => link.entity.id);
      let run = 0;
      for (const network of networks) {
        const stations = await t.gql<{ stations: { totalCount: number } }>(
          `query ($network: ID!) { stations(filter: { network: $network }) { totalCount } }`,
          { network },
        );
        run += stations.data!.stations.totalCount;
      }
      if (run === 0) {
        ctx.skip(
          'the extraction does not link the UFWD networks to any station yet ("UFWD networks responsible for manning the stations")',
        );
      }
    }
    const [path] = r.data!.paths;
    expect(path?.nodes.at(-1)?.id).toBe(UFWD);
    for (const relationship of path!.relationships) {
      if (relationship.type !== 'IN_COUNTRY' && relationship.type !== 'IN_REGION') {
        expect(relationship.claims.length).toBeGreaterThan(0);
      }
    }
  });
});
