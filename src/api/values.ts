/**
 * The values resolvers pass to each other: plain maps from Cypher (`n{.*}`), and a few shapes
 * built around them (a relationship, a link, a claim with its source). Plus the small helpers that
 * read numbers and lists out of rows safely.
 */
import type { Row } from '../graph/gateway.js';
import { RELATIONSHIP_TYPES } from '../findings/vocabulary.js';

/** An entity: the node's properties; `entityType` says which GraphQL type it is. */
export type EntityValue = Row & { id: string; entityType: string };

/** A direct relationship: its ends, its type, its properties; the end nodes when already loaded. */
export interface RelationshipValue {
  from: string;
  type: string;
  to: string;
  props: Row;
  fromNode?: EntityValue;
  toNode?: EntityValue;
}

/** A relationship seen from one of its ends. */
export interface LinkValue {
  entity: EntityValue;
  direction: 'OUT' | 'IN';
  type: string;
  relationship: RelationshipValue;
}

/** A claim with its source (without the text) and the ids of its subject and object. */
export interface ClaimValue {
  claim: Row;
  subject: string | null;
  object: string | null;
  source: Row;
}

/** Corroboration as the schema's Corroboration type. */
export interface CorroborationValue {
  claimCount: number;
  sourceCount: number;
  publisherCount: number;
  publishers: string[];
}

/** The gazetteer's reference links: not claims. */
export const REFERENCE_LINK_TYPES = ['IN_COUNTRY', 'IN_REGION'] as const;

/** Every relationship type the API reads between entities (vocabulary + reference links). */
export const ALL_RELATIONSHIP_TYPES: readonly string[] = [
  ...RELATIONSHIP_TYPES,
  ...REFERENCE_LINK_TYPES,
];

/** The id clients see for a relationship. */
export function relationshipId(r: Pick<RelationshipValue, 'from' | 'type' | 'to'>): string {
  return `${r.from}|${r.type}|${r.to}`;
}

/** A number from a row value, or null. */
export function num(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

/** A string from a row value, or null. */
export function str(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A list of strings from a row value (non-strings dropped). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A row value as an entity, or null when it is not one. */
export function asEntity(value: unknown): EntityValue | null {
  if (value === null || typeof value !== 'object') return null;
  const row = value as Row;
  return typeof row.id === 'string' && typeof row.entityType === 'string'
    ? (row as EntityValue)
    : null;
}

/** A claim row of the claim queries ({claim, subject, object, source}) as a ClaimValue. */
export function asClaim(value: unknown): ClaimValue | null {
  if (value === null || typeof value !== 'object') return null;
  const row = value as Row;
  if (typeof row.claim !== 'object' || row.claim === null) return null;
  return {
    claim: row.claim as Row,
    subject: str(row.subject),
    object: str(row.object),
    source: (row.source ?? {}) as Row,
  };
}
