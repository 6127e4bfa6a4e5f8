/**
 * The shapes the explorer reads from the GraphQL API (schema/*.graphql), as its queries select
 * them (src/api/queries.ts). Only what the page uses.
 */

/** An entity at the end of a link, in a list or on a path. */
export interface EntityRef {
  id: string;
  type: string;
  name: string;
}

export interface SourceRef {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  published: string | null;
  kind: string;
}

export interface Claim {
  id: string;
  predicate: string;
  value: string | null;
  unit: string | null;
  qualifier: string | null;
  role: string | null;
  date: string | null;
  quote: string;
  offsets: { start: number; end: number } | null;
  location: string | null;
  confidence: number;
  method: string;
  source: SourceRef;
  subject?: EntityRef | null;
  object?: EntityRef | null;
}

export interface Corroboration {
  claimCount: number;
  sourceCount: number;
  publisherCount: number;
  publishers: string[];
}

export interface RelationshipSummary {
  id: string;
  type: string;
  reference: boolean;
  claimCount: number;
  publisherCount: number;
  publisherKeys: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  roles: string[];
}

export interface Link {
  type: string;
  direction: 'OUT' | 'IN';
  entity: EntityRef;
  relationship: RelationshipSummary;
}

export interface StatusChange {
  status: string;
  date: string | null;
  claim: { id: string };
}

/** An entity with everything the entity page shows; type-specific fields are optional. */
export interface EntityDetail extends EntityRef {
  aliases: string[];
  needsReview: boolean;
  reviewReasons: string[];
  corroboration: Corroboration;
  claims: Claim[];
  links: Link[];
  // Station
  address?: string | null;
  lat?: number | null;
  lon?: number | null;
  status?: string | null;
  statusAsOf?: string | null;
  statusHistory?: StatusChange[];
  city?: EntityRef | null;
  region?: EntityRef | null;
  country?: (EntityRef & { code?: string | null }) | null;
  // Organisation
  kind?: string | null;
  countryCode?: string | null;
  // Person
  age?: number | null;
  ageAsOf?: string | null;
  title?: string | null;
  titleAsOf?: string | null;
  role?: string | null;
  roleAsOf?: string | null;
  // Places
  population?: number | null;
  code?: string | null;
  regionType?: string | null;
  stationCount?: number;
  // Event
  eventType?: string;
  date?: string | null;
  description?: string | null;
  place?: EntityRef | null;
}

export interface TimelineEvent {
  id: string;
  name: string;
  eventType: string;
  date: string | null;
  place: EntityRef | null;
}

export interface SearchHit {
  score: number | null;
  node: EntityRef & {
    aliases: string[];
    status?: string | null;
    city?: { name: string } | null;
    country?: { name: string } | null;
    kind?: string | null;
    date?: string | null;
    eventType?: string;
  };
}

export interface SearchResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: SearchHit[];
}

/** A station as the map draws it. */
export interface MapStation {
  id: string;
  name: string;
  status: string | null;
  statusAsOf: string | null;
  lat: number | null;
  lon: number | null;
  city: { id: string; name: string; lat: number | null; lon: number | null } | null;
  country: {
    id: string;
    code: string | null;
    name: string;
    lat: number | null;
    lon: number | null;
  } | null;
  operatedBy: { entity: EntityRef }[];
}

export interface Stats {
  entities: { type: string; count: number }[];
  stations: number;
  stationsByCountry: {
    country: { id: string; code: string | null; name: string } | null;
    count: number;
  }[];
  stationsByStatus: { status: string | null; count: number }[];
  sources: number;
  publishers: number;
  claims: number;
}

/** A relationship as the graph and paths views draw it. */
export interface GraphRelationship {
  id: string;
  type: string;
  reference: boolean;
  claimCount: number;
  publisherCount: number;
  firstSeen: string | null;
  lastSeen: string | null;
  from: { id: string };
  to: { id: string };
}

export interface GraphNode extends EntityRef {
  status?: string | null;
}

export interface Subgraph {
  center: { id: string };
  truncated: boolean;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface PathRelationship extends GraphRelationship {
  publisherKeys: string[];
  claims: Claim[];
}

export interface Path {
  length: number;
  minPublisherCount: number;
  nodes: GraphNode[];
  relationships: PathRelationship[];
}
