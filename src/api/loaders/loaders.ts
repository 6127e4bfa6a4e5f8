/**
 * The batched reads of one request, typed: each method is one field's data for one key, and
 * all calls for the same (query, params) in a level of the GraphQL query become one Cypher query.
 */
import type { Params, Row } from '../../graph/gateway.js';
import {
  asClaim,
  asEntity,
  num,
  strings,
  type ClaimValue,
  type CorroborationValue,
  type EntityValue,
  type LinkValue,
  type RelationshipValue,
} from '../values.js';
import { BatchLoader, type ReadFn, type ReadManyFn } from './batchLoader.js';

/** Which relationships of an entity to load. */
export interface LinkSpec {
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  /** Entity types at the other end (undefined: any). */
  otherTypes?: readonly string[];
  limit: number;
}

/** Which claims to load. */
export interface ClaimSpec {
  predicates?: readonly string[] | null;
  includeRetracted: boolean;
  limit: number;
  /** What to read of each claim; undefined: every property, with its subject and object. */
  projection?: ClaimProjection;
}

/** The claim properties to read, and whether to look up each claim's subject and object. */
export interface ClaimProjection {
  properties: readonly string[];
  ends: boolean;
}

/** An entity's places. */
export interface Places {
  city: EntityValue | null;
  region: EntityValue | null;
  country: EntityValue | null;
}

const NO_PLACES: Places = { city: null, region: null, country: null };
const NO_CORROBORATION: CorroborationValue = {
  claimCount: 0,
  sourceCount: 0,
  publisherCount: 0,
  publishers: [],
};

/** See the module comment. One per request. */
export class Loaders {
  private readonly batch: BatchLoader;

  constructor(read: ReadFn, readMany?: ReadManyFn) {
    this.batch = new BatchLoader(read, readMany);
  }

  /** An entity by id, or null. */
  async entity(id: string): Promise<EntityValue | null> {
    const [row] = await this.batch.load('read/entities-by-id', {}, id);
    return asEntity(row?.node);
  }

  /** An entity's relationships of some types, with the entity at the other end. */
  async links(id: string, spec: LinkSpec): Promise<LinkValue[]> {
    const [row] = await this.batch.load(
      'read/entity-links',
      {
        types: [...spec.types],
        direction: spec.direction,
        otherTypes: spec.otherTypes ? [...spec.otherTypes] : [],
        limit: spec.limit,
      },
      id,
    );
    const links = Array.isArray(row?.links) ? (row.links as Row[]) : [];
    return links.flatMap((link) => {
      const entity = asEntity(link.node);
      if (entity === null) return [];
      const direction = link.direction === 'IN' ? 'IN' : 'OUT';
      const relationship: RelationshipValue = {
        from: String(link.from),
        type: String(link.type),
        to: String(link.to),
        props: (link.props ?? {}) as Row,
        ...(direction === 'OUT' ? { toNode: entity } : { fromNode: entity }),
      };
      return [{ entity, direction, type: relationship.type, relationship }];
    });
  }

  /** An entity's city, region and country. */
  async places(id: string): Promise<Places> {
    const [row] = await this.batch.load('read/entity-places', {}, id);
    if (row === undefined) return NO_PLACES;
    return {
      city: asEntity(row.city),
      region: asEntity(row.region),
      country: asEntity(row.country),
    };
  }

  /** Claims about an entity (subject or object). */
  async claims(id: string, spec: ClaimSpec): Promise<ClaimValue[]> {
    const properties = spec.projection?.properties ?? [];
    const [row] = await this.batch.load(
      'read/entity-claims',
      { ...claimParams(spec), properties, ends: spec.projection?.ends ?? true },
      id,
    );
    if (properties.length === 0) return claimList(row?.claims);
    // Projected rows carry the properties' values in `properties` order.
    const rows = Array.isArray(row?.claims) ? (row.claims as Row[]) : [];
    return claimList(
      rows.map((c) => {
        const values = Array.isArray(c.values) ? c.values : [];
        return { ...c, claim: Object.fromEntries(properties.map((p, i) => [p, values[i]])) };
      }),
    );
  }

  /** The claims behind a relationship. */
  async relationshipClaims(r: RelationshipValue, spec: ClaimSpec): Promise<ClaimValue[]> {
    const key = `${r.from}|${r.type}|${r.to}`;
    const [row] = await this.batch.load(
      'read/relationship-claims',
      { includeRetracted: spec.includeRetracted, limit: spec.limit },
      key,
      { key, from: r.from, type: r.type, to: r.to },
    );
    return claimList(row?.claims);
  }

  /** An entity's corroboration. */
  async corroboration(id: string): Promise<CorroborationValue> {
    const [row] = await this.batch.load('read/entity-corroboration', {}, id);
    return corroboration(row);
  }

  /** A relationship's corroboration. */
  async relationshipCorroboration(r: RelationshipValue): Promise<CorroborationValue> {
    const key = `${r.from}|${r.type}|${r.to}`;
    const [row] = await this.batch.load('read/relationship-corroboration', {}, key, {
      key,
      from: r.from,
      type: r.type,
      to: r.to,
    });
    return corroboration(row);
  }

  /** Stations in a place, and how many there are. */
  async placeStations(
    id: string,
    spec: { status: readonly string[] | null; limit: number },
  ): Promise<{ total: number; stations: EntityValue[] }> {
    const [row] = await this.batch.load(
      'read/place-stations',
      { status: spec.status ? [...spec.status] : [], limit: spec.limit },
      id,
    );
    const stations = Array.isArray(row?.stations)
      ? row.stations.flatMap((s) => asEntity(s) ?? [])
      : [];
    return { total: num(row?.total) ?? 0, stations };
  }

  /** A source by id, with its claim count (and its text with `withText`), or null. */
  async source(id: string, withText = false): Promise<Row | null> {
    const [row] = await this.batch.load('read/sources-by-id', { withText }, id);
    return (row?.source as Row | undefined) ?? null;
  }

  /** A source's claims, in text order. */
  async sourceClaims(id: string, spec: Omit<ClaimSpec, 'predicates'>): Promise<ClaimValue[]> {
    const [row] = await this.batch.load(
      'read/source-claims',
      { includeRetracted: spec.includeRetracted, limit: spec.limit },
      id,
    );
    return claimList(row?.claims);
  }

  /** A claim by id, or null. */
  async claim(id: string): Promise<ClaimValue | null> {
    const [row] = await this.batch.load('read/claims-by-id', {}, id);
    return asClaim(row?.claim);
  }
}

function claimParams(spec: ClaimSpec): Params {
  return {
    predicates: spec.predicates ? [...spec.predicates] : [],
    includeRetracted: spec.includeRetracted,
    limit: spec.limit,
  };
}

function claimList(value: unknown): ClaimValue[] {
  return Array.isArray(value) ? value.flatMap((c) => asClaim(c) ?? []) : [];
}

function corroboration(row: Row | undefined): CorroborationValue {
  if (row === undefined) return NO_CORROBORATION;
  const publishers = Array.isArray(row.publishers) ? (row.publishers as Row[]) : [];
  const names = strings(publishers.map((p) => p.name)).sort((a, b) => a.localeCompare(b));
  return {
    claimCount: num(row.claimCount) ?? 0,
    sourceCount: num(row.sourceCount) ?? 0,
    publisherCount: new Set(publishers.map((p) => String(p.key))).size,
    publishers: names,
  };
}
