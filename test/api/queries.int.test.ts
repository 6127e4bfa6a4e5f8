import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { gazetteFindings, timesFindings } from '../fixtures/api/outposts.js';
import { useTestGraph } from '../helpers/graph.js';
import { codeOf, type Data, startTestApi, type TestApi } from './helpers.js';
import { ID } from './ids.js';

const SAMPLE = projectPath('samples/findings/2022-10-dublin-station-closed.findings.json');

const graph = useTestGraph();
let t: TestApi;

beforeAll(async () => {
  await importFindings(graph(), JSON.parse(readFileSync(SAMPLE, 'utf8')), 'sample');
  await importFindings(graph(), gazetteFindings(), 'gazette');
  await importFindings(graph(), timesFindings(), 'times');
  t = await startTestApi(graph());
});
afterAll(async () => t?.close());

type Row = Record<string, unknown>;
const ids = (list: unknown) => (list as { id: string }[]).map((e) => e.id);

describe('search', () => {
  it('finds an entity by a misspelt name and ranks the best match first', async () => {
    const r = await t.gql<{ search: { edges: { score: number; node: Row }[] } }>(
      `{ search(query: "Rotterdm staton") { edges { score node { id name type } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.edges[0]?.node.id).toBe(ID.rotterdamStation);
    expect(r.data?.search.edges[0]?.score).toBeGreaterThan(0);
  });

  it('looks for a second typo in a long word when one typo finds nothing', async () => {
    // "Jianwang" with two letters wrong: no entity is one edit away from "jiamwamg".
    const r = await t.gql<{ search: { totalCount: number; edges: { node: Row }[] } }>(
      `{ search(query: "Jiamwamg", first: 5) { totalCount edges { node { id } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.edges.map((e) => e.node.id)).toContain(ID.lu);
    expect(r.data?.search.totalCount).toBe(r.data?.search.edges.length);
    // One letter wrong is found by the first query, with its one typo a word.
    const near = await t.gql<{ search: { edges: { node: Row }[] } }>(
      `{ search(query: "Jianwamg") { edges { node { id } } } }`,
    );
    expect(near.data?.search.edges.map((e) => e.node.id)).toContain(ID.lu);
  });

  it('finds by alias and keeps to the types asked for', async () => {
    const r = await t.gql<{ search: { edges: { node: Row }[] } }>(
      `{ search(query: "UFWD", types: [Organisation]) { edges { node { id type } } } }`,
    );
    expect(r.data?.search.edges.map((e) => e.node.id)).toContain(ID.ufwd);
    expect(new Set(r.data?.search.edges.map((e) => e.node.type))).toEqual(
      new Set(['Organisation']),
    );
  });

  it('treats Lucene operators and special characters in the text as plain words', async () => {
    const r = await t.gql<{ search: { edges: { node: Row }[] } }>(
      `query ($q: String!) { search(query: $q) { edges { node { id } } } }`,
      { q: 'Lu (Jianwang) AND NOT "~*? [x TO y] /re/ \\ ||&& !' },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data?.search.edges.map((e) => e.node.id)).toContain(ID.lu);
  });

  it('pages through all matches with cursors, and counts them', async () => {
    const query = `query ($after: String) {
      search(query: "station", first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
      }
    }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const r = await t.gql<{
        search: { totalCount: number; pageInfo: Row; edges: { node: Row }[] };
      }>(query, { after });
      const s = r.data!.search;
      total = s.totalCount;
      seen.push(...s.edges.map((e) => String(e.node.id)));
      if (!s.pageInfo.hasNextPage) break;
      after = s.pageInfo.endCursor as string;
    }
    expect(total).toBeGreaterThanOrEqual(5);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('refuses a text with no letter or digit, and a cursor of another list', async () => {
    const empty = await t.gql(`{ search(query: "?!*") { totalCount } }`);
    expect(codeOf(empty)).toBe('BAD_USER_INPUT');
    const stations = await t.gql<{ stations: { pageInfo: Row } }>(
      `{ stations(first: 1) { pageInfo { endCursor } } }`,
    );
    const wrong = await t.gql(
      `query ($a: String) { search(query: "x", after: $a) { totalCount } }`,
      {
        a: stations.data?.stations.pageInfo.endCursor,
      },
    );
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.argument).toBe('after');
  });
});

describe('entity', () => {
  it('answers a station with its places, typed links, status history and evidence', async () => {
    const r = await t.gql<{ entity: Row }>(
      `query ($id: ID!) { entity(id: $id) { __typename id name type
        ... on Station {
          status statusAsOf
          city { name } country { code } region { id }
          operatedBy { direction entity { id } relationship { type publisherCount claimCount
            claims { quote offsets { start end } confidence method source { url title publisher published } }
            corroboration { publisherCount publishers sourceCount } } }
          hostedBy { entity { id } }
          targets { entity { id } }
          reportedBy { entity { id } }
          events { entity { id } }
          statusHistory { status date claim { quote } }
          claims(predicates: [HAS_STATUS]) { value predicate }
          corroboration { publisherCount claimCount sourceCount publishers }
        } } }`,
      { id: ID.rotterdamStation },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.entity as Data;
    expect(s.__typename).toBe('Station');
    expect(s.status).toBe('CLOSED');
    expect(s.statusAsOf).toBe('2022-11');
    expect(s.city.name).toBe('Rotterdam');
    expect(s.country.code).toBe('NL');
    expect(s.region).toBeNull();
    expect(s.operatedBy).toHaveLength(1);
    const operated = s.operatedBy[0];
    expect(operated.direction).toBe('OUT');
    expect(operated.entity.id).toBe(ID.fuzhou);
    expect(operated.relationship.publisherCount).toBe(2);
    expect(operated.relationship.claimCount).toBe(2);
    expect(operated.relationship.corroboration).toEqual({
      publisherCount: 2,
      publishers: ['Other Times', 'Test Gazette'],
      sourceCount: 2,
    });
    for (const claim of operated.relationship.claims) {
      expect(claim.quote.length).toBeGreaterThan(10);
      expect(claim.offsets.end).toBeGreaterThan(claim.offsets.start);
      expect(claim.method).toBe('CURATED');
      expect(claim.source.url).toMatch(/^https:\/\/(gazette|times)\.test\//);
    }
    expect(ids(s.hostedBy.map((l: Row) => l.entity))).toEqual([ID.fujian]);
    expect(ids(s.targets.map((l: Row) => l.entity))).toEqual([ID.uyghurs]);
    expect(ids(s.reportedBy.map((l: Row) => l.entity))).toEqual([ID.safeguard]);
    expect(ids(s.events.map((l: Row) => l.entity))).toEqual([ID.dutchClosure]);
    expect(s.statusHistory).toEqual([
      {
        status: 'CLOSED',
        date: '2022-11',
        claim: { quote: 'Dutch authorities closed both stations in November 2022.' },
      },
    ]);
    expect(s.claims).toEqual([{ value: 'CLOSED', predicate: 'HAS_STATUS' }]);
    expect(s.corroboration.publisherCount).toBe(2);
    expect(s.corroboration.sourceCount).toBe(2);
  });

  it("answers a person's affiliations, events with roles, age and charges", async () => {
    const r = await t.gql<{ entity: Data }>(
      `{ entity(id: "${ID.lu}") { __typename ... on Person { age ageAsOf
          affiliations { entity { id } }
          events { entity { id ... on Event { eventType date datePrecision } } relationship { roles } }
          charges { value quote }
        } } }`,
    );
    expect(r.errors).toBeUndefined();
    const p = r.data!.entity;
    expect(p.__typename).toBe('Person');
    expect(p.age).toBe(61);
    expect(p.ageAsOf).toBe('2023-04');
    expect(ids(p.affiliations.map((l: Row) => l.entity))).toEqual([ID.manhattanStation]);
    expect(p.events).toEqual([
      {
        entity: { id: ID.arrest, eventType: 'ARREST', date: '2023-04', datePrecision: 'MONTH' },
        relationship: { roles: ['DEFENDANT'] },
      },
    ]);
    expect(p.charges[0].value).toBe('conspiring to act as an agent of China');
  });

  it('answers organisations, networks, communities, places and events with their links', async () => {
    const r = await t.gql<Record<string, Data>>(
      `{
        fuzhou: entity(id: "${ID.fuzhou}") { ... on Organisation { kind country { code } operates { entity { id } } } }
        fujian: entity(id: "${ID.fujian}") { ... on Organisation { kind hosts { entity { id } } partOf { entity { id } } } }
        network: entity(id: "${ID.network}") { __typename ... on Network { parts { entity { id } } partOf { entity { id } } } }
        uyghurs: entity(id: "${ID.uyghurs}") { __typename ... on Community { targetedBy { entity { id } } } }
        nl: entity(id: "${ID.netherlands}") { ... on Country { code stationCount stations { id } closed: stationCount(status: [CLOSED]) } }
        us: entity(id: "${ID.unitedStates}") { ... on Country { stations { id } } }
        rotterdam: entity(id: "${ID.rotterdam}") { ... on City { geonameId country { code } stations { id } located { entity { id } } } }
        nebraska: entity(id: "${ID.nebraska}") { __typename ... on Region { code country { code } stations { id } } }
        arrest: entity(id: "${ID.arrest}") { ... on Event { place { id } country { code }
          participants { entity { id } relationship { roles } } } }
        none: entity(id: "station:nowhere") { id }
      }`,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.fuzhou).toMatchObject({ kind: 'POLICE_BUREAU', country: { code: 'CN' } });
    expect(ids(d.fuzhou!.operates.map((l: Row) => l.entity)).sort()).toEqual(
      [ID.amsterdamStation, ID.dublinStation, ID.rotterdamStation].sort(),
    );
    expect(d.fujian!.kind).toBe('FRONT');
    expect(ids(d.fujian!.hosts.map((l: Row) => l.entity))).toEqual([ID.rotterdamStation]);
    expect(ids(d.fujian!.partOf.map((l: Row) => l.entity))).toEqual([ID.network]);
    expect(d.network!.__typename).toBe('Network');
    expect(ids(d.network!.parts.map((l: Row) => l.entity))).toEqual([ID.fujian]);
    expect(ids(d.network!.partOf.map((l: Row) => l.entity))).toEqual([ID.ufwd]);
    expect(ids(d.uyghurs!.targetedBy.map((l: Row) => l.entity))).toEqual([ID.rotterdamStation]);
    expect(d.nl!.code).toBe('NL');
    expect(d.nl!.stationCount).toBe(2);
    expect(d.nl!.closed).toBe(2);
    expect(ids(d.nl!.stations)).toEqual([ID.amsterdamStation, ID.rotterdamStation]);
    expect(ids(d.us!.stations)).toEqual([ID.manhattanStation, ID.nebraskaStation]);
    expect(d.rotterdam).toMatchObject({ geonameId: 2747891, country: { code: 'NL' } });
    expect(ids(d.rotterdam!.stations)).toEqual([ID.rotterdamStation]);
    expect(ids(d.rotterdam!.located.map((l: Row) => l.entity))).toContain(ID.dutchClosure);
    expect(d.nebraska).toMatchObject({
      __typename: 'Region',
      code: 'US-NE',
      country: { code: 'US' },
    });
    expect(ids(d.nebraska!.stations)).toEqual([ID.nebraskaStation]);
    expect(d.arrest!.place.id).toBe(ID.newYork);
    expect(d.arrest!.country.code).toBe('US');
    expect(d.arrest!.participants).toContainEqual({
      entity: { id: ID.lu },
      relationship: { roles: ['DEFENDANT'] },
    });
    expect(d.none).toBeNull();
  });

  it('gives every claim its subject, object and source, and retracted ones only on request', async () => {
    const r = await t.gql<{ entity: { claims: Data[] } }>(
      `{ entity(id: "${ID.amsterdamStation}") { claims(includeRetracted: true) {
          id predicate retracted subject { id } object { id } date source { title kind } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const claims = r.data!.entity.claims;
    expect(claims.map((c) => c.predicate).sort()).toEqual(
      ['HAS_STATUS', 'LOCATED_IN', 'OPERATED_BY', 'PARTICIPANT_IN', 'TARGETS'].sort(),
    );
    const located = claims.find((c) => c.predicate === 'LOCATED_IN');
    expect(located).toMatchObject({
      subject: { id: ID.amsterdamStation },
      object: { id: ID.amsterdam },
      source: { title: 'Stations in Rotterdam, Amsterdam and Manhattan', kind: 'NEWS' },
    });
  });

  it('lists claims newest first (a day before its month), then most confident, undated last', async () => {
    type Listed = { id: string; date: string | null; confidence: number; source: Data };
    const when = (c: Listed) => c.date ?? (c.source.published as string | null) ?? null;
    const before = (a: Listed, b: Listed) => {
      const [x, y] = [when(a), when(b)];
      if (x !== y) return x === null ? 1 : y === null ? -1 : x > y ? -1 : 1;
      if (a.confidence !== b.confidence) return b.confidence - a.confidence;
      return a.id < b.id ? -1 : 1;
    };
    let dates = 0;
    for (const id of [ID.dublinStation, ID.rotterdamStation, ID.amsterdamStation, ID.lu, ID.ufwd]) {
      const r = await t.gql<{ entity: { claims: Listed[] } }>(
        `{ entity(id: "${id}") { claims(first: 100) { id date confidence source { published } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const claims = r.data!.entity.claims;
      expect(claims.map((c) => c.id)).toEqual([...claims].sort(before).map((c) => c.id));
      dates = Math.max(dates, new Set(claims.map(when)).size);
    }
    expect(dates).toBeGreaterThan(1); // so that the order above is a real test
  });
});

describe('stations', () => {
  const query = `query ($filter: StationFilter, $first: Int, $after: String) {
    stations(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } }
    } }`;
  const stationIds = async (filter: Row) => {
    const r = await t.gql<{ stations: { totalCount: number; edges: { node: Row }[] } }>(query, {
      filter,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.stations.totalCount).toBe(r.data!.stations.edges.length);
    return r.data!.stations.edges.map((e) => e.node.id);
  };

  it('filters by country through cities and regions', async () => {
    expect(await stationIds({ country: 'NL' })).toEqual([ID.amsterdamStation, ID.rotterdamStation]);
    expect(await stationIds({ country: 'us' })).toEqual([ID.manhattanStation, ID.nebraskaStation]);
    expect(await stationIds({ country: 'IE' })).toEqual([ID.dublinStation]);
    expect(await stationIds({ country: 'FR' })).toEqual([]);
  });

  it('filters by city, region, status, bureau, host, network and report dates', async () => {
    expect(await stationIds({ city: ID.rotterdam })).toEqual([ID.rotterdamStation]);
    expect(await stationIds({ region: ID.nebraska })).toEqual([ID.nebraskaStation]);
    expect(await stationIds({ status: ['CLOSED'] })).toEqual([
      ID.amsterdamStation,
      ID.dublinStation,
      ID.rotterdamStation,
    ]);
    expect(await stationIds({ status: ['SUSPECTED'], country: 'US' })).toEqual([
      ID.manhattanStation,
    ]);
    expect(await stationIds({ operatedBy: ID.fuzhou, country: 'NL' })).toEqual([
      ID.amsterdamStation,
      ID.rotterdamStation,
    ]);
    expect(await stationIds({ hostedBy: ID.fujian })).toEqual([ID.rotterdamStation]);
    expect(await stationIds({ network: ID.network })).toEqual([ID.rotterdamStation]);
    expect(await stationIds({ reportedFrom: '2022-10', reportedTo: '2022-10' })).toEqual([
      ID.dublinStation,
    ]);
    expect(await stationIds({ reportedFrom: '2023-05' })).toEqual([
      ID.manhattanStation,
      ID.rotterdamStation,
    ]);
  });

  it('pages with cursors: after the last cursor comes the next page, until none is left', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const r = await t.gql<{
        stations: { totalCount: number; pageInfo: Row; edges: { node: Row }[] };
      }>(query, { first: 2, after });
      const s = r.data!.stations;
      expect(s.totalCount).toBe(5);
      expect(s.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...s.edges.map((e) => String(e.node.id)));
      pages++;
      if (!s.pageInfo.hasNextPage) break;
      after = s.pageInfo.endCursor as string;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([
      ID.amsterdamStation,
      ID.dublinStation,
      ID.manhattanStation,
      ID.nebraskaStation,
      ID.rotterdamStation,
    ]);
  });

  it('refuses a bad country code, a bad date and a page over 100', async () => {
    const country = await t.gql(query, { filter: { country: 'Netherlands' } });
    expect(codeOf(country)).toBe('BAD_USER_INPUT');
    expect(country.errors?.[0]?.extensions?.argument).toBe('filter.country');
    const date = await t.gql(query, { filter: { reportedFrom: '2022-13' } });
    expect(codeOf(date)).toBe('BAD_USER_INPUT');
    const big = await t.gql(query, { first: 101 });
    expect(codeOf(big)).toBe('BAD_USER_INPUT');
    expect(big.errors?.[0]?.message).toContain('100');
  });
});

describe('neighbourhood', () => {
  const query = `query ($id: ID!, $depth: Int, $limit: Int, $types: [EntityType!]) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, types: $types) {
      truncated center { id } nodes { id type }
      relationships { id type reference from { id } to { id } claims { quote } }
    } }`;
  type Subgraph = {
    truncated: boolean;
    center: Row;
    nodes: Row[];
    relationships: {
      id: string;
      type: string;
      reference: boolean;
      from: Row;
      to: Row;
      claims: Row[];
    }[];
  };

  it('gives the entities one step away and the relationships among them, ready to draw', async () => {
    const r = await t.gql<{ neighbourhood: Subgraph }>(query, { id: ID.rotterdamStation });
    expect(r.errors).toBeUndefined();
    const n = r.data!.neighbourhood;
    expect(n.center.id).toBe(ID.rotterdamStation);
    expect(n.truncated).toBe(false);
    expect(ids(n.nodes).sort()).toEqual(
      [
        ID.rotterdamStation,
        ID.rotterdam,
        ID.fuzhou,
        ID.fujian,
        ID.uyghurs,
        ID.safeguard,
        ID.dutchClosure,
      ].sort(),
    );
    const nodeIds = new Set(ids(n.nodes));
    for (const rel of n.relationships) {
      expect(nodeIds.has(rel.from.id as string) && nodeIds.has(rel.to.id as string)).toBe(true);
      if (!rel.reference) expect(rel.claims.length).toBeGreaterThan(0);
    }
    // The closure event is in Rotterdam: a relationship between two neighbours is drawn too.
    expect(n.relationships.map((rel) => rel.id)).toContain(
      `${ID.dutchClosure}|LOCATED_IN|${ID.rotterdam}`,
    );
  });

  it('walks further with depth, keeps to types, and says when the limit cut it', async () => {
    const deep = await t.gql<{ neighbourhood: Subgraph }>(query, {
      id: ID.rotterdamStation,
      depth: 2,
    });
    expect(ids(deep.data!.neighbourhood.nodes)).toContain(ID.network);
    expect(ids(deep.data!.neighbourhood.nodes)).toContain(ID.netherlands);
    const typed = await t.gql<{ neighbourhood: Subgraph }>(query, {
      id: ID.rotterdamStation,
      depth: 3,
      types: ['Organisation', 'Network'],
    });
    expect(ids(typed.data!.neighbourhood.nodes).sort()).toEqual(
      [
        ID.rotterdamStation,
        ID.fuzhou,
        ID.fujian,
        ID.safeguard,
        ID.network,
        ID.ufwd,
        ID.amsterdamStation,
        ID.dublinStation,
      ]
        .filter((id) => !id.startsWith('station:') || id === ID.rotterdamStation)
        .sort(),
    );
    const small = await t.gql<{ neighbourhood: Subgraph }>(query, {
      id: ID.rotterdamStation,
      limit: 3,
    });
    expect(small.data!.neighbourhood.nodes).toHaveLength(3);
    expect(small.data!.neighbourhood.truncated).toBe(true);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT beyond its limits', async () => {
    expect(codeOf(await t.gql(query, { id: 'org:nobody' }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(query, { id: ID.fuzhou, depth: 4 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.gql(query, { id: ID.fuzhou, limit: 501 }))).toBe('BAD_USER_INPUT');
  });
});

describe('paths', () => {
  const query = `query ($from: ID!, $to: ID!, $maxHops: Int, $limit: Int, $via: [RelationshipType!]) {
    paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, via: $via) {
      length minPublisherCount nodes { id name }
      relationships { type from { id } to { id } publisherCount
        claims { quote offsets { start end } source { url publisher } } }
    } }`;
  type Path = {
    length: number;
    minPublisherCount: number;
    nodes: Row[];
    relationships: { type: string; from: Row; to: Row; claims: Data[] }[];
  };

  it('connects a station to the UFWD through its host and the network, each step with its claims', async () => {
    const r = await t.gql<{ paths: Path[] }>(query, { from: ID.rotterdamStation, to: ID.ufwd });
    expect(r.errors).toBeUndefined();
    const [path] = r.data!.paths;
    expect(path?.length).toBe(3);
    expect(ids(path!.nodes)).toEqual([ID.rotterdamStation, ID.fujian, ID.network, ID.ufwd]);
    expect(path!.relationships.map((rel) => rel.type)).toEqual(['HOSTED_BY', 'PART_OF', 'PART_OF']);
    expect(path!.minPublisherCount).toBe(1);
    for (const rel of path!.relationships) {
      expect(rel.claims.length).toBeGreaterThan(0);
      expect(rel.claims[0]?.source.url).toBe('https://gazette.test/outposts');
    }
    expect(path!.relationships[2]!.claims[0]?.quote).toBe(
      'That network answers to the United Front Work Department.',
    );
  });

  it('follows relationships either way and keeps to maxHops and via', async () => {
    const r = await t.gql<{ paths: Path[] }>(query, { from: ID.ufwd, to: ID.rotterdamStation });
    expect(r.data!.paths[0]?.relationships[0]).toMatchObject({
      type: 'PART_OF',
      from: { id: ID.network },
      to: { id: ID.ufwd },
    });
    const short = await t.gql<{ paths: Path[] }>(query, {
      from: ID.rotterdamStation,
      to: ID.ufwd,
      maxHops: 2,
    });
    expect(short.errors).toBeUndefined();
    expect(short.data!.paths).toEqual([]);
    const via = await t.gql<{ paths: Path[] }>(query, {
      from: ID.rotterdamStation,
      to: ID.amsterdamStation,
      via: ['OPERATED_BY'],
    });
    expect(via.data!.paths).toHaveLength(1);
    expect(ids(via.data!.paths[0]!.nodes)).toEqual([
      ID.rotterdamStation,
      ID.fuzhou,
      ID.amsterdamStation,
    ]);
  });

  it('ranks equally short paths by their weakest step', async () => {
    const r = await t.gql<{ paths: Path[] }>(query, {
      from: ID.rotterdamStation,
      to: ID.amsterdamStation,
      limit: 10,
    });
    const paths = r.data!.paths;
    expect(paths.length).toBeGreaterThan(1);
    expect(new Set(paths.map((p) => p.length)).size).toBe(1);
    const weakest = paths.map((p) => p.minPublisherCount);
    expect(weakest).toEqual([...weakest].sort((a, b) => b - a));
  });

  it('answers NOT_FOUND for an unknown end, BAD_USER_INPUT for maxHops over 6 or one entity twice', async () => {
    expect(codeOf(await t.gql(query, { from: ID.lu, to: 'person:nobody' }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(query, { from: ID.lu, to: ID.ufwd, maxHops: 7 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(query, { from: ID.lu, to: ID.ufwd, limit: 11 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.gql(query, { from: ID.lu, to: ID.lu }))).toBe('BAD_USER_INPUT');
  });
});

describe('timeline', () => {
  const query = `query ($filter: TimelineFilter, $limit: Int) {
    timeline(filter: $filter, limit: $limit) { id date datePrecision eventType } }`;
  const eventIds = async (filter: Row) => {
    const r = await t.gql<{ timeline: Row[] }>(query, { filter });
    expect(r.errors).toBeUndefined();
    return ids(r.data!.timeline);
  };

  it('orders events by date, the coarser of equal starts first', async () => {
    const r = await t.gql<{ timeline: Row[] }>(query, {});
    const dates = r.data!.timeline.map((e) => String(e.date));
    expect(dates).toEqual(['2022-09', '2022-10', '2022-10-27', '2022-11', '2023-04']);
  });

  it('filters by entity, country, type and dates', async () => {
    expect(await eventIds({ entity: ID.lu })).toEqual([ID.arrest]);
    expect(await eventIds({ entity: ID.netherlands })).toEqual([ID.dutchClosure]);
    expect(await eventIds({ country: 'US' })).toEqual([ID.arrest]);
    expect(await eventIds({ country: 'NL', types: ['ARREST'] })).toEqual([]);
    expect(await eventIds({ types: ['ARREST', 'CLOSURE'], from: '2022-11-15' })).toEqual([
      ID.dutchClosure,
      ID.arrest,
    ]);
    expect((await eventIds({ to: '2022-10-01' })).length).toBe(2);
  });
});

describe('sources, source and claim', () => {
  it('lists sources newest first, filters by publisher and kind, and pages', async () => {
    const r = await t.gql<{
      all: Data;
      byPublisher: Data;
      reports: Data;
    }>(`{
      all: sources(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { published title claimCount } } }
      byPublisher: sources(filter: { publisher: "test gazette" }) { totalCount edges { node { publisher } } }
      reports: sources(filter: { kind: NGO_REPORT, publishedFrom: "2023" }) { totalCount edges { node { kind } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.all.totalCount).toBe(3);
    expect(r.data!.all.edges.map((e: Row) => (e.node as Row).published)).toEqual([
      '2023-05-02',
      '2023-04-20',
    ]);
    expect(r.data!.all.pageInfo.hasNextPage).toBe(true);
    const next = await t.gql<{ sources: Data }>(
      `query ($after: String) { sources(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { published } } } }`,
      { after: r.data!.all.pageInfo.endCursor },
    );
    expect(next.data!.sources.edges.map((e: Row) => (e.node as Row).published)).toEqual([
      '2022-10-27',
    ]);
    expect(next.data!.sources.pageInfo.hasNextPage).toBe(false);
    expect(r.data!.byPublisher.totalCount).toBe(1);
    expect(r.data!.reports.edges).toEqual([{ node: { kind: 'NGO_REPORT' } }]);
  });

  it('answers one source with its text and claims in text order, and one claim', async () => {
    const list = await t.gql<{ sources: { edges: { node: Row }[] } }>(
      `{ sources(filter: { publisher: "Test Gazette" }) { edges { node { id } } } }`,
    );
    const id = list.data!.sources.edges[0]!.node.id as string;
    const r = await t.gql<{ source: Data }>(
      `query ($id: ID!) { source(id: $id) { url text claimCount claims(first: 3) { id quote offsets { start } } } }`,
      { id },
    );
    expect(r.errors).toBeUndefined();
    const s = r.data!.source;
    expect(s.url).toBe('https://gazette.test/outposts');
    expect(s.claimCount).toBeGreaterThan(20);
    expect(s.claims).toHaveLength(3);
    for (const claim of s.claims) {
      expect(s.text.slice(claim.offsets.start, claim.offsets.start + claim.quote.length)).toBe(
        claim.quote,
      );
    }
    const claim = await t.gql<{ claim: Data }>(
      `query ($id: ID!) { claim(id: $id) { id quote source { id } } }`,
      { id: s.claims[0].id },
    );
    expect(claim.data!.claim).toEqual({
      id: s.claims[0].id,
      quote: s.claims[0].quote,
      source: { id },
    });
    const none = await t.gql(`{ source(id: "source:none") { id } claim(id: "claim:none") { id } }`);
    expect(none.data).toEqual({ source: null, claim: null });
  });
});

describe('stats, duplicates and health', () => {
  it('counts entities per type, stations per country and status, and provenance', async () => {
    const r = await t.gql<{ stats: Data }>(`{ stats {
      entities { type count } stations stationsByCountry { country { code } count }
      stationsByStatus { status count } sources publishers claims retractedClaims openDuplicates needsReview } }`);
    expect(r.errors).toBeUndefined();
    const s = r.data!.stats;
    expect(s.stations).toBe(5);
    expect(s.entities).toContainEqual({ type: 'Station', count: 5 });
    expect(s.entities).toContainEqual({ type: 'Person', count: 3 });
    expect(s.stationsByCountry).toEqual([
      { country: { code: 'NL' }, count: 2 },
      { country: { code: 'US' }, count: 2 },
      { country: { code: 'IE' }, count: 1 },
    ]);
    expect(s.stationsByStatus).toEqual([
      { status: 'CLOSED', count: 3 },
      { status: 'SUSPECTED', count: 1 },
      { status: null, count: 1 },
    ]);
    expect(s).toMatchObject({
      sources: 3,
      publishers: 3,
      retractedClaims: 0,
      openDuplicates: 1,
      needsReview: 0,
    });
  });

  it('lists open candidate duplicates with their entities', async () => {
    const r = await t.gql<{ duplicates: Data }>(
      `{ duplicates { edges { node { id status reason entities { id } } } } }`,
    );
    expect(r.data!.duplicates.edges).toEqual([
      {
        node: {
          id: `dup:${ID.luReversed}|${ID.lu}`,
          status: 'OPEN',
          reason: 'NAME_ORDER',
          entities: [{ id: ID.luReversed }, { id: ID.lu }],
        },
      },
    ]);
  });

  it('reports Neo4j as reachable, in the health query and at GET /health', async () => {
    const r = await t.gql<{ health: Data }>(
      `{ health { ok neo4j { reachable version schemaVersion } } }`,
    );
    expect(r.data!.health).toMatchObject({ ok: true, neo4j: { reachable: true } });
    const res = await fetch(t.api.url.replace('/graphql', '/health'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as Data;
    expect(body).toMatchObject({ ok: true, neo4j: { reachable: true, error: null } });
    expect(body.neo4j.version).toMatch(/^5\./);
  });
});
