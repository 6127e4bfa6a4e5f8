/**
 * The rows the cypher/export/ queries stream, typed, and the columns every tabular or graph
 * format shows for them (so GraphML, GEXF and CSV agree on names and types).
 */
import type { Row } from '../graph/gateway.js';

/** A place an entity is LOCATED_IN or RESIDENT_OF. */
export interface PlaceRef {
  id: string;
  entityType: string;
  name: string;
  code: string | null;
  countryCode: string | null;
}

/** One entity of `export/entities`. */
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  /** Every property of the node (createdAt/updatedAt left out). */
  props: Record<string, unknown>;
  /** True when it matches the filters; false for an entity exported as a neighbour of one. */
  match: boolean;
  lat: number | null;
  lon: number | null;
  /** Nearest ISO country code up its places. */
  country: string | null;
  places: PlaceRef[];
  /** Ids of those who took part (events only). */
  participants: string[];
}

/** One relationship of `export/relationships`. */
export interface RelationshipRow {
  source: string;
  type: string;
  target: string;
  props: Record<string, unknown>;
}

/** One claim of `export/claims`. */
export interface ClaimRow {
  claim: Record<string, unknown>;
  subject: string;
  object: string | null;
  source: {
    id: string;
    url: string | null;
    title: string | null;
    publisher: string | null;
    published: string | null;
  };
}

const str = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value);
const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** Types a row of `export/entities`. */
export function toEntityRow(row: Row): EntityRow {
  const props = (row.entity ?? {}) as Record<string, unknown>;
  return {
    id: String(props.id),
    type: String(props.entityType),
    name: String(props.name ?? props.id),
    props,
    match: row.match === true,
    lat: num(row.lat),
    lon: num(row.lon),
    country: str(row.country),
    places: Array.isArray(row.places)
      ? (row.places as Record<string, unknown>[]).map((p) => ({
          id: String(p.id),
          entityType: String(p.entityType),
          name: String(p.name ?? p.id),
          code: str(p.code),
          countryCode: str(p.countryCode),
        }))
      : [],
    participants: strings(row.participants),
  };
}

/** Types a row of `export/relationships`. */
export function toRelationshipRow(row: Row): RelationshipRow {
  return {
    source: String(row.source),
    type: String(row.type),
    target: String(row.target),
    props: (row.props ?? {}) as Record<string, unknown>,
  };
}

/** Types a row of `export/claims`. */
export function toClaimRow(row: Row): ClaimRow {
  const source = (row.source ?? {}) as Record<string, unknown>;
  return {
    claim: (row.claim ?? {}) as Record<string, unknown>,
    subject: String(row.subject),
    object: str(row.object),
    source: {
      id: String(source.id),
      url: str(source.url),
      title: str(source.title),
      publisher: str(source.publisher),
      published: str(source.published),
    },
  };
}

/** A value of a column. Lists stay lists; formats join them as they must. */
export type CellValue = string | number | boolean | null | readonly string[];

/** A column of a node or edge table. */
export interface Column<R> {
  /** Attribute name (GraphML key, GEXF attribute, CSV header). */
  key: string;
  type: 'string' | 'boolean' | 'int' | 'double' | 'list';
  value(row: R): CellValue;
}

/** The attributes of nodes in graph formats (the label is the name; the id is the node id). */
export const NODE_COLUMNS: readonly Column<EntityRow>[] = [
  { key: 'type', type: 'string', value: (e) => e.type },
  { key: 'match', type: 'boolean', value: (e) => e.match },
  { key: 'country', type: 'string', value: (e) => e.country },
  { key: 'lat', type: 'double', value: (e) => e.lat },
  { key: 'lon', type: 'double', value: (e) => e.lon },
  { key: 'status', type: 'string', value: (e) => str(e.props.status) },
  { key: 'statusAsOf', type: 'string', value: (e) => str(e.props.statusAsOf) },
  { key: 'kind', type: 'string', value: (e) => str(e.props.kind) },
  { key: 'eventType', type: 'string', value: (e) => str(e.props.eventType) },
  { key: 'date', type: 'string', value: (e) => str(e.props.date) },
  { key: 'address', type: 'string', value: (e) => str(e.props.address) },
  { key: 'aliases', type: 'list', value: (e) => strings(e.props.aliases) },
  { key: 'needsReview', type: 'boolean', value: (e) => e.props.needsReview === true },
  { key: 'reviewReasons', type: 'list', value: (e) => strings(e.props.reviewReasons) },
];

/** The attributes of edges in graph formats: claim counts and corroboration. */
export const EDGE_COLUMNS: readonly Column<RelationshipRow>[] = [
  { key: 'relationship', type: 'string', value: (r) => r.type },
  { key: 'claimCount', type: 'int', value: (r) => num(r.props.claimCount) ?? 0 },
  { key: 'publisherCount', type: 'int', value: (r) => num(r.props.publisherCount) ?? 0 },
  { key: 'publishers', type: 'list', value: (r) => strings(r.props.publishers) },
  { key: 'firstSeen', type: 'string', value: (r) => str(r.props.firstSeen) },
  { key: 'lastSeen', type: 'string', value: (r) => str(r.props.lastSeen) },
  { key: 'roles', type: 'list', value: (r) => strings(r.props.roles) },
];

/** An edge's weight: its claim count (a reference link such as IN_COUNTRY weighs 1). */
export function edgeWeight(r: RelationshipRow): number {
  return Math.max(1, num(r.props.claimCount) ?? 1);
}

/** The columns of claims.csv. */
export const CLAIM_COLUMNS: readonly Column<ClaimRow>[] = [
  { key: 'id', type: 'string', value: (c) => str(c.claim.id) },
  { key: 'subject', type: 'string', value: (c) => c.subject },
  { key: 'predicate', type: 'string', value: (c) => str(c.claim.predicate) },
  { key: 'object', type: 'string', value: (c) => c.object },
  { key: 'value', type: 'string', value: (c) => str(c.claim.value) },
  { key: 'unit', type: 'string', value: (c) => str(c.claim.unit) },
  { key: 'qualifier', type: 'string', value: (c) => str(c.claim.qualifier) },
  { key: 'role', type: 'string', value: (c) => str(c.claim.role) },
  { key: 'date', type: 'string', value: (c) => str(c.claim.date) },
  { key: 'quote', type: 'string', value: (c) => str(c.claim.quote) },
  { key: 'start', type: 'int', value: (c) => num(c.claim.start) },
  { key: 'end', type: 'int', value: (c) => num(c.claim.end) },
  { key: 'location', type: 'string', value: (c) => str(c.claim.location) },
  { key: 'confidence', type: 'double', value: (c) => num(c.claim.confidence) },
  { key: 'method', type: 'string', value: (c) => str(c.claim.method) },
  { key: 'retracted', type: 'boolean', value: (c) => c.claim.retracted === true },
  { key: 'retractedReason', type: 'string', value: (c) => str(c.claim.retractedReason) },
  { key: 'sourceId', type: 'string', value: (c) => c.source.id },
  { key: 'sourceUrl', type: 'string', value: (c) => c.source.url },
  { key: 'sourceTitle', type: 'string', value: (c) => c.source.title },
  { key: 'publisher', type: 'string', value: (c) => c.source.publisher },
  { key: 'published', type: 'string', value: (c) => c.source.published },
];
