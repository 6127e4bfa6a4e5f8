/**
 * The query set both servers answer: the same questions, each in the server's own schema, with a
 * function that counts what came back (so the runs can check both answered alike).
 */

/** Ids the queries need, picked from the loaded graph (see `pickFixtures`). */
export interface Fixtures {
  stationId: string;
  pathFrom: string;
  pathTo: string;
  phrase: string;
}

/** One GraphQL request: query text and variables. */
export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

/** One benchmark query, for us and for the peer. */
export interface BenchQuery {
  name: string;
  ours: (f: Fixtures) => Request;
  peer: (f: Fixtures) => Request;
  /** The number of result items in each server's answer (`data`), comparable between the two. */
  countOurs: (data: Record<string, unknown>) => number;
  countPeer: (data: Record<string, unknown>) => number;
  /** What the count counts, and where the two queries differ in meaning. */
  note: string;
}

type Obj = Record<string, unknown>;
const arr = (value: unknown): Obj[] => (Array.isArray(value) ? (value as Obj[]) : []);
const obj = (value: unknown): Obj => (value ?? {}) as Obj;

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: 'stations page (50, city, country, bureau, host, claims)',
    ours: () => ({
      query: `{ stations(first: 50) { edges { node { id name
        city { id name } country { id code name }
        operatedBy { entity { id name } } hostedBy { entity { id name } }
        claims(first: 20) { id predicate quote source { id } } } } } }`,
      variables: {},
    }),
    peer: () => ({
      query: `{ stations(limit: 50, sort: [{ name: ASC }]) { id name
        city { id name country { id code name } }
        operatedBy { id name } hostedBy { id name }
        claims(limit: 20) { id predicate quote source { id } } } }`,
      variables: {},
    }),
    countOurs: (d) => arr(obj(d.stations).edges).length,
    countPeer: (d) => arr(d.stations).length,
    note: 'stations returned',
  },
  {
    name: 'neighbourhood, depth 2',
    ours: (f) => ({
      query: `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limit: 500,
        types: [Station, City, Country, Organisation]) { nodes { id name } relationships { id type } } }`,
      variables: { id: f.stationId },
    }),
    peer: (f) => ({
      query: `query ($id: ID!) { stations(where: { id: { eq: $id } }) { id name
        city { id name country { id name } stations { id name } }
        operatedBy { id name operates { id name } }
        hostedBy { id name hosts { id name } } } }`,
      variables: { id: f.stationId },
    }),
    countOurs: (d) => new Set(arr(obj(d.neighbourhood).nodes).map((n) => n.id)).size,
    countPeer: (d) => distinctIds(d.stations),
    note: 'distinct entities within 2 steps, centre included (station, city, country, organisation)',
  },
  {
    name: 'fulltext search',
    ours: (f) => ({
      query: `query ($q: String!) { search(query: $q, first: 20) { edges { score node { id name } } } }`,
      variables: { q: f.phrase },
    }),
    peer: (f) => ({
      query: `query ($q: String!) { searchEntities(phrase: $q, first: 20) { edges { score node { id name } } } }`,
      variables: { q: f.phrase },
    }),
    countOurs: (d) => arr(obj(d.search).edges).length,
    countPeer: (d) => arr(obj(d.searchEntities).edges).length,
    note: 'hits (first 20)',
  },
  {
    name: 'stations per country',
    ours: () => ({
      query: `{ stats { stationsByCountry { country { id code name } count } } }`,
      variables: {},
    }),
    peer: () => ({
      query: `{ countries { id code name stationCount } }`,
      variables: {},
    }),
    countOurs: (d) =>
      arr(obj(d.stats).stationsByCountry).filter((r) => r.country !== null && Number(r.count) > 0)
        .length,
    countPeer: (d) => arr(d.countries).filter((r) => Number(r.stationCount) > 0).length,
    note: 'countries with stations',
  },
  {
    name: 'path between two entities',
    ours: (f) => ({
      query: `query ($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, limit: 1) { length nodes { id name } } }`,
      variables: { a: f.pathFrom, b: f.pathTo },
    }),
    peer: (f) => ({
      query: `query ($a: ID!, $b: ID!) { shortestPath(from: $a, to: $b) { id name } }`,
      variables: { a: f.pathFrom, b: f.pathTo },
    }),
    countOurs: (d) => arr(arr(d.paths)[0]?.nodes).length,
    countPeer: (d) => arr(d.shortestPath).length,
    note: 'nodes on the shortest path (ours ranks equally short paths by corroboration)',
  },
];

/** Distinct `id`s anywhere in `value` (the centre included, as in our `nodes`). */
function distinctIds(value: unknown): number {
  const ids = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Obj;
      if ('id' in o) ids.add(o.id);
      Object.values(o).forEach(walk);
    }
  };
  walk(value);
  return ids.size;
}

/** Posts one GraphQL request; throws on HTTP or GraphQL errors; returns `data`. */
export async function post(url: string, request: Request): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: Obj; errors?: { message: string }[] };
  if (!response.ok || body.errors !== undefined) {
    throw new Error(
      `${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`,
    );
  }
  return body.data ?? {};
}

/** Picks the fixtures from the loaded graph through our API. */
export async function pickFixtures(ourUrl: string): Promise<Fixtures> {
  const data = await post(ourUrl, {
    query: `{ stations(first: 100) { edges { node { id city { name } operatedBy { entity { id } } } } } }`,
    variables: {},
  });
  const stations = arr(obj(data.stations).edges).map((e) => obj(e.node));
  const first = stations[0];
  if (first === undefined) throw new Error('pickFixtures: the graph has no stations');
  // The path goes from the first station to one in another city run by another bureau.
  const bureau = (s: Obj) => obj(arr(s.operatedBy)[0]?.entity).id;
  const other =
    stations.find(
      (s) => obj(s.city).name !== obj(first.city).name && bureau(s) !== bureau(first),
    ) ?? stations[stations.length - 1];
  return {
    stationId: String(first.id),
    pathFrom: String(first.id),
    pathTo: String(other?.id),
    phrase: String(obj(first.city).name ?? 'London'),
  };
}
