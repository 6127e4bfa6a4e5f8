/**
 * Every GraphQL operation the explorer sends, each with a typed function. Page sizes keep every
 * operation well under the API's cost limit (OUTPOST_MAX_COST, 20,000 by default).
 */
import { gql } from './client.js';
import type {
  Claim,
  EntityDetail,
  EntityRef,
  MapStation,
  Path,
  PathRelationship,
  SearchResult,
  Stats,
  Subgraph,
  TimelineEvent,
} from './types.js';

const CLAIM_FIELDS = `
  id predicate value unit qualifier role date quote offsets { start end } location confidence method
  source { id url title publisher published kind }`;

const SEARCH = `
query ExplorerSearch($q: String!, $types: [EntityType!], $first: Int!, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      score
      node {
        id type name aliases
        ... on Station { status city { name } country { name } }
        ... on Organisation { kind }
        ... on Event { date eventType }
      }
    }
  }
}`;

/** Entities whose name or alias matches `q`, best first. */
export async function search(
  q: string,
  types: readonly string[],
  first: number,
  signal?: AbortSignal,
  after?: string,
): Promise<SearchResult> {
  const data = await gql<{ search: SearchResult }>(
    SEARCH,
    { q, types: types.length > 0 ? types : null, first, after: after ?? null },
    signal,
  );
  return data.search;
}

const ENTITY = `
query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id type name aliases needsReview reviewReasons
    corroboration { claimCount sourceCount publisherCount publishers }
    claims(first: 100) { ${CLAIM_FIELDS} subject { id type name } object { id type name } }
    links(first: 100) {
      type direction
      entity { id type name }
      relationship {
        id type reference claimCount publisherCount publisherKeys firstSeen lastSeen roles
      }
    }
    ... on Station {
      address lat lon status statusAsOf
      statusHistory { status date claim { id } }
      city { id type name } region { id type name } country { id type name code }
    }
    ... on Organisation { kind countryCode country { id type name } }
    ... on Person { age ageAsOf title titleAsOf role roleAsOf }
    ... on City {
      population lat lon countryCode stationCount
      country { id type name } region { id type name }
    }
    ... on Region { code countryCode regionType stationCount country { id type name } }
    ... on Country { code lat lon stationCount }
    ... on Event {
      eventType date description place { id type name } country { id type name }
    }
  }
  timeline(filter: { entity: $id }, limit: 50) {
    id name eventType date place { id type name }
  }
}`;

/** One entity with its claims, links and timeline; null when there is none. */
export async function fetchEntity(
  id: string,
  signal?: AbortSignal,
): Promise<{ entity: EntityDetail | null; timeline: TimelineEvent[] }> {
  return gql(ENTITY, { id }, signal);
}

const ENTITY_NAME = `query ExplorerEntityName($id: ID!) { entity(id: $id) { id type name } }`;

/** An entity's name and type; null when there is none. */
export async function fetchEntityRef(id: string, signal?: AbortSignal): Promise<EntityRef | null> {
  return (await gql<{ entity: EntityRef | null }>(ENTITY_NAME, { id }, signal)).entity;
}

const STATS = `
query ExplorerStats {
  stats {
    entities { type count }
    stations
    stationsByCountry { country { id code name } count }
    stationsByStatus { status count }
    sources publishers claims
  }
}`;

/** The graph's counts. */
export async function fetchStats(signal?: AbortSignal): Promise<Stats> {
  return (await gql<{ stats: Stats }>(STATS, {}, signal)).stats;
}

const STATIONS = `
query ExplorerStations($filter: StationFilter, $after: String) {
  stations(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id name status statusAsOf lat lon
        city { id name lat lon }
        country { id code name lat lon }
        operatedBy(first: 3) { entity { id type name } }
      }
    }
  }
}`;

/** The filter of the stations query (schema/queries.graphql StationFilter). */
export interface StationFilter {
  country?: string;
  status?: string[];
  operatedBy?: string;
  reportedFrom?: string;
  reportedTo?: string;
}

/** Most pages of stations the map reads (100 each). */
const MAX_STATION_PAGES = 50;

/** Every station matching `filter`, page after page. */
export async function fetchAllStations(
  filter: StationFilter,
  signal?: AbortSignal,
): Promise<{ stations: MapStation[]; totalCount: number }> {
  const stations: MapStation[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (let page = 0; page < MAX_STATION_PAGES; page++) {
    const data: {
      stations: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: MapStation }[];
      };
    } = await gql(STATIONS, { filter, after }, signal);
    totalCount = data.stations.totalCount;
    stations.push(...data.stations.edges.map((edge) => edge.node));
    if (!data.stations.pageInfo.hasNextPage || data.stations.pageInfo.endCursor === null) break;
    after = data.stations.pageInfo.endCursor;
  }
  return { stations, totalCount };
}

const NEIGHBOURHOOD = `
query ExplorerNeighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
  neighbourhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    center { id }
    nodes { id type name ... on Station { status } }
    relationships {
      id type reference claimCount publisherCount firstSeen lastSeen from { id } to { id }
    }
  }
}`;

/** The entities around `id`, up to `depth` steps, at most `limit` of them. */
export async function fetchNeighbourhood(
  id: string,
  depth: number,
  limit: number,
  signal?: AbortSignal,
): Promise<Subgraph> {
  return (await gql<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD, { id, depth, limit }, signal))
    .neighbourhood;
}

const PATHS = `
query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int!, $limit: Int!, $via: [RelationshipType!], $claims: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: $limit, via: $via) {
    length minPublisherCount
    nodes { id type name ... on Station { status } }
    relationships {
      id type reference claimCount publisherCount publisherKeys firstSeen lastSeen
      from { id } to { id }
      claims(first: $claims) { ${CLAIM_FIELDS} }
    }
  }
}`;

/** The shortest paths from one entity to another, each step with its first claims. */
export async function fetchPaths(
  from: string,
  to: string,
  maxHops: number,
  signal?: AbortSignal,
): Promise<Path[]> {
  return (
    await gql<{ paths: Path[] }>(
      PATHS,
      { from, to, maxHops, limit: 5, via: null, claims: 5 },
      signal,
    )
  ).paths;
}

/**
 * The claims behind the direct relationship `type` from `from` to `to` (the one-step paths
 * between them), for a link whose claims the entity page did not load.
 */
export async function fetchRelationshipClaims(
  from: string,
  to: string,
  type: string,
  signal?: AbortSignal,
): Promise<Claim[]> {
  if (from === to) return [];
  const paths = (
    await gql<{ paths: Path[] }>(
      PATHS,
      { from, to, maxHops: 1, limit: 3, via: [type], claims: 30 },
      signal,
    )
  ).paths;
  const steps: PathRelationship[] = paths.flatMap((path) => path.relationships);
  const match = steps.find((r) => r.type === type && r.from.id === from && r.to.id === to);
  return match?.claims ?? [];
}
