/**
 * The resolve stage: a valid Findings document in, the same facts keyed by canonical ids out —
 * one id per real-world thing (ISO codes for countries, GeoNames ids for cities, ISO 3166-2 for
 * regions, the alias table for organisations, normalised names for people). Pure: no database.
 * What cannot be resolved is kept and flagged for review, never dropped.
 */
import { createHash } from 'node:crypto';
import type { Findings, FindingsEntity } from '../findings/schema.js';
import {
  PREDICATES,
  type EntityType,
  type Predicate,
  type PredicateRule,
} from '../findings/vocabulary.js';
import { resolveCommunity } from './communities.js';
import { countryByCode, resolveCountry } from './countries.js';
import { nameKey, tokenKey } from './names.js';
import { resolveOrganisation } from './organisations.js';
import { resolveCity, resolveRegion } from './places.js';

/** Property values a node can hold. */
export type Scalar = string | number | boolean | null;

/** An entity with its canonical id and the properties the writer sets. */
export interface ResolvedEntity {
  ref: string | undefined;
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  nameKey: string;
  tokenKey: string;
  props: Record<string, Scalar>;
  /** Why this entity needs a person's look (e.g. a city the gazetteer does not know). */
  review: string[];
}

/** A claim keyed by canonical ids; `id` is derived from its content, so re-imports match. */
export interface ResolvedClaim {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string | null;
  value: string | number | null;
  unit: string | null;
  qualifier: string | null;
  role: string | null;
  date: string | null;
  quote: string;
  start: number | null;
  end: number | null;
  location: string | null;
  confidence: number;
  method: string;
}

/** A structural link from the gazetteer (a city in its country), not a claim of the source. */
export interface PlaceLink {
  from: string;
  type: 'IN_COUNTRY' | 'IN_REGION';
  to: string;
}

/** The source document's node properties. */
export interface ResolvedSource {
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  publisherKey: string;
  author: string | null;
  published: string | null;
  language: string | null;
  kind: string;
  edition: string | null;
  text: string | null;
  contentHash: string | null;
  findingsHash: string;
}

export interface ResolvedDocument {
  source: ResolvedSource;
  entities: ResolvedEntity[];
  claims: ResolvedClaim[];
  placeLinks: PlaceLink[];
  warnings: string[];
}

/** Resolves every ref of `findings` to a canonical id. */
export function resolveFindings(findings: Findings): ResolvedDocument {
  const source = resolveSource(findings);
  const warnings: string[] = [];
  const byRef = new Map<string, ResolvedEntity>();
  const extra = new Map<string, ResolvedEntity>();
  const placeLinks: PlaceLink[] = [];

  const placeOf = (ref: string): string | undefined => {
    for (const claim of findings.claims) {
      if (claim.subject === ref && claim.predicate === 'LOCATED_IN' && claim.object !== undefined) {
        return claim.object;
      }
    }
    return undefined;
  };
  /** A country hint for a city or region: the country it is claimed to be in, if any. */
  const countryHint = (ref: string): string | undefined => {
    const target = placeOf(ref);
    const entity = findings.entities.find((e) => e.ref === target);
    if (entity?.type === 'Country') return entity.code ?? resolveCountry(entity.name)?.code;
    if (entity?.type === 'Region') return entity.country ?? entity.code?.slice(0, 2);
    return undefined;
  };

  // Places first: stations are keyed by the place they are in.
  const order: FindingsEntity['type'][] = ['Country', 'Region', 'City'];
  const sorted = [...findings.entities].sort((a, b) => rank(order, a.type) - rank(order, b.type));
  for (const entity of sorted) {
    const resolved = resolveEntity(entity, {
      countryHint: countryHint(entity.ref),
      placeId: (ref) => {
        const place = placeOf(ref);
        return place === undefined ? undefined : byRef.get(place)?.id;
      },
      addCountry: (code) => {
        const country = countryEntity(code);
        if (country !== undefined && !extra.has(country.id)) extra.set(country.id, country);
        return country?.id;
      },
      placeLinks,
    });
    byRef.set(entity.ref, resolved);
  }

  for (const event of findings.events) {
    const date = event.date ?? null;
    byRef.set(event.ref, {
      ref: event.ref,
      id: `event:${event.type.toLowerCase()}:${date ?? 'undated'}:${nameKey(event.name)}`,
      type: 'Event',
      name: event.name,
      aliases: [],
      nameKey: nameKey(event.name),
      tokenKey: tokenKey(event.name),
      props: {
        eventType: event.type,
        date,
        datePrecision: precisionOf(date),
        description: event.description ?? null,
      },
      review: [],
    });
  }

  const claims: ResolvedClaim[] = [];
  const id = (ref: string) => {
    const entity = byRef.get(ref);
    if (entity === undefined) throw new Error(`resolve: unknown ref ${ref} (validate first)`);
    return entity.id;
  };
  for (const claim of findings.claims) {
    claims.push(
      makeClaim(source.id, {
        subject: id(claim.subject),
        predicate: claim.predicate as Predicate,
        object: claim.object === undefined ? null : id(claim.object),
        value: claim.value ?? null,
        unit: claim.unit ?? null,
        qualifier: claim.qualifier ?? null,
        role: claim.role ?? null,
        date: claim.date ?? null,
        quote: claim.quote,
        start: claim.offsets?.start ?? null,
        end: claim.offsets?.end ?? null,
        location: claim.location ?? null,
        confidence: claim.confidence,
        method: claim.method,
      }),
    );
  }
  for (const event of findings.events) {
    const evidence = {
      quote: event.quote,
      start: event.offsets?.start ?? null,
      end: event.offsets?.end ?? null,
      location: event.location ?? null,
      confidence: event.confidence,
      method: event.method,
      value: null,
      unit: null,
      qualifier: null,
      date: event.date ?? null,
    };
    const eventId = id(event.ref);
    if (event.place !== undefined) {
      claims.push(
        makeClaim(source.id, {
          ...evidence,
          subject: eventId,
          predicate: 'LOCATED_IN',
          object: id(event.place),
          role: null,
        }),
      );
    }
    for (const participant of event.participants) {
      claims.push(
        makeClaim(source.id, {
          ...evidence,
          subject: id(participant.ref),
          predicate: 'PARTICIPANT_IN',
          object: eventId,
          role: participant.role ?? null,
        }),
      );
    }
  }

  // Two refs may resolve to one entity ("Holland" and "the Netherlands"): merge them.
  const entities = new Map<string, ResolvedEntity>();
  for (const entity of [...extra.values(), ...byRef.values()]) {
    const seen = entities.get(entity.id);
    if (seen === undefined) entities.set(entity.id, { ...entity, aliases: [...entity.aliases] });
    else mergeInto(seen, entity);
  }
  for (const entity of entities.values()) {
    for (const reason of entity.review) warnings.push(`${entity.type} "${entity.name}": ${reason}`);
  }
  const uniqueClaims = [...new Map(claims.map((c) => [c.id, c])).values()];
  const uniqueLinks = [
    ...new Map(placeLinks.map((l) => [`${l.from}|${l.type}|${l.to}`, l])).values(),
  ];
  return {
    source,
    entities: [...entities.values()],
    claims: uniqueClaims,
    placeLinks: uniqueLinks,
    warnings,
  };
}

interface EntityContext {
  countryHint: string | undefined;
  placeId: (ref: string) => string | undefined;
  addCountry: (code: string) => string | undefined;
  placeLinks: PlaceLink[];
}

function resolveEntity(entity: FindingsEntity, context: EntityContext): ResolvedEntity {
  const base = (
    id: string,
    name: string,
    props: Record<string, Scalar>,
    aliases: string[] = [],
    review: string[] = [],
  ) => ({
    ref: entity.ref,
    id: entity.id ?? id,
    type: entity.type,
    name,
    aliases: unique([
      ...(entity.aliases ?? []),
      ...aliases,
      ...(name !== entity.name ? [entity.name] : []),
    ]).filter((alias) => alias !== name),
    nameKey: nameKey(name),
    tokenKey: tokenKey(name),
    props,
    review,
  });

  switch (entity.type) {
    case 'Country': {
      const country =
        (entity.code ? countryByCode(entity.code) : undefined) ?? resolveCountry(entity.name);
      if (country === undefined) {
        return base(
          `country:unresolved:${nameKey(entity.name)}`,
          entity.name,
          { code: null },
          [],
          ['country not found in ISO 3166-1'],
        );
      }
      return base(`country:${country.code}`, country.name, {
        code: country.code,
        alpha3: country.alpha3,
        lat: country.lat ?? null,
        lon: country.lon ?? null,
      });
    }
    case 'Region': {
      const region = entity.code
        ? { code: entity.code, name: entity.name, country: entity.code.slice(0, 2), type: 'Region' }
        : resolveRegion(entity.name, { country: entity.country ?? context.countryHint });
      if (region === undefined) {
        const country = entity.country ?? context.countryHint;
        return base(
          `region:${country ?? 'xx'}:${nameKey(entity.name)}`,
          entity.name,
          { code: null, countryCode: country ?? null },
          [],
          ['region not found in ISO 3166-2'],
        );
      }
      const countryId = context.addCountry(region.country);
      if (countryId)
        context.placeLinks.push({
          from: `region:${region.code}`,
          type: 'IN_COUNTRY',
          to: countryId,
        });
      return base(`region:${region.code}`, region.name, {
        code: region.code,
        countryCode: region.country,
        regionType: region.type,
      });
    }
    case 'City': {
      const city = resolveCity(entity.name, { country: entity.country ?? context.countryHint });
      if (
        city === undefined ||
        (entity.geonameId !== undefined && city.geonameId !== entity.geonameId)
      ) {
        const country = entity.country ?? context.countryHint;
        const coordinates = entity.coordinates;
        return base(
          entity.geonameId !== undefined
            ? `city:${entity.geonameId}`
            : `city:${country ?? 'xx'}:${nameKey(entity.name)}`,
          entity.name,
          {
            geonameId: entity.geonameId ?? null,
            countryCode: country ?? null,
            lat: coordinates?.lat ?? null,
            lon: coordinates?.lon ?? null,
          },
          [],
          entity.geonameId !== undefined ? [] : ['city not found in the GeoNames gazetteer'],
        );
      }
      const id = `city:${city.geonameId}`;
      const countryId = context.addCountry(city.country);
      if (countryId) context.placeLinks.push({ from: id, type: 'IN_COUNTRY', to: countryId });
      return base(id, city.name, {
        geonameId: city.geonameId,
        countryCode: city.country,
        regionCode: city.region ?? null,
        population: city.population,
        lat: city.lat,
        lon: city.lon,
      });
    }
    case 'Organisation': {
      const match = resolveOrganisation(entity.name);
      return base(
        `org:${match.key}`,
        match.name,
        { kind: match.kind ?? entity.kind, countryCode: match.country ?? null },
        match.aliases,
      );
    }
    case 'Network':
      return base(`network:${nameKey(entity.name)}`, entity.name, {});
    case 'Person':
      return base(`person:${nameKey(entity.name)}`, entity.name, {});
    case 'Community': {
      const match = resolveCommunity(entity.name);
      return base(`community:${match.key}`, match.name, {}, match.aliases);
    }
    case 'Station': {
      const place = context.placeId(entity.ref);
      const key = nameKey(entity.name);
      return base(place ? `station:${place}:${key}` : `station:${key}`, entity.name, {
        address: entity.address ?? null,
        lat: entity.coordinates?.lat ?? null,
        lon: entity.coordinates?.lon ?? null,
      });
    }
  }
}

function countryEntity(code: string): ResolvedEntity | undefined {
  const country = countryByCode(code);
  if (country === undefined) return undefined;
  return {
    ref: undefined,
    id: `country:${country.code}`,
    type: 'Country',
    name: country.name,
    aliases: [],
    nameKey: nameKey(country.name),
    tokenKey: tokenKey(country.name),
    props: {
      code: country.code,
      alpha3: country.alpha3,
      lat: country.lat ?? null,
      lon: country.lon ?? null,
    },
    review: [],
  };
}

function makeClaim(sourceId: string, claim: Omit<ResolvedClaim, 'id'>): ResolvedClaim {
  const rule: PredicateRule = PREDICATES[claim.predicate];
  const identity = [
    sourceId,
    claim.subject,
    claim.predicate,
    claim.object ?? '',
    claim.value ?? '',
    claim.unit ?? '',
    claim.role ?? '',
    claim.date ?? '',
    claim.quote,
    claim.start ?? '',
    claim.location ?? '',
  ].join('\u0000');
  return {
    id: `claim:${sha256(identity).slice(0, 32)}`,
    ...claim,
    value: rule.literal ? claim.value : null,
  };
}

function resolveSource(findings: Findings): ResolvedSource {
  const s = findings.source;
  const identity = s.url
    ? `url:${s.url}|${s.edition ?? ''}`
    : s.text !== undefined
      ? `text:${sha256(s.text)}`
      : `meta:${s.title ?? ''}|${s.publisher ?? ''}|${s.published ?? ''}|${s.edition ?? ''}`;
  const host = s.url ? new URL(s.url).hostname.replace(/^www\./, '') : undefined;
  const id = `source:${sha256(identity).slice(0, 32)}`;
  return {
    id,
    url: s.url ?? null,
    title: s.title ?? null,
    publisher: s.publisher ?? null,
    publisherKey: s.publisher ? nameKey(s.publisher) : (host ?? `unknown:${id}`),
    author: s.author ?? null,
    published: s.published ?? null,
    language: s.language ?? null,
    kind: s.kind,
    edition: s.edition ?? null,
    text: s.text ?? null,
    contentHash: s.text !== undefined ? sha256(s.text) : null,
    findingsHash: sha256(stableStringify(findings)),
  };
}

function mergeInto(target: ResolvedEntity, other: ResolvedEntity): void {
  target.aliases = unique([
    ...target.aliases,
    ...other.aliases,
    ...(other.name !== target.name ? [other.name] : []),
  ]);
  for (const [key, value] of Object.entries(other.props)) {
    if (target.props[key] === null || target.props[key] === undefined) target.props[key] = value;
  }
  target.review = unique([...target.review, ...other.review]);
}

/** `2023` → year, `2023-04` → month, `2023-04-28` → day. */
export function precisionOf(date: string | null): 'year' | 'month' | 'day' | null {
  if (date === null) return null;
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** JSON with object keys sorted, so that equal documents hash equally. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function rank(order: string[], type: string): number {
  const index = order.indexOf(type);
  return index === -1 ? order.length : index;
}
