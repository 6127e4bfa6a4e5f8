/**
 * A source of the graph as one Findings document (outpost-findings/1), so that a bundle of them
 * re-imports into an empty graph to the same entities, claims, sources and relationships:
 * - the source with its text (quotes and offsets refer to it), url, edition... (so its id is the same);
 * - every entity its claims mention, with its canonical `id` (so it resolves to the same node)
 *   and its type-specific fields (kind, codes, GeoNames id, coordinates, address);
 * - events in `events` (type, name, date, description) with the quote of one of their claims
 *   and no place or participants: their LOCATED_IN and PARTICIPANT_IN claims are exported as
 *   ordinary claims, so that nothing is counted twice;
 * - every unretracted claim with its quote, offsets, location, date, confidence, method, unit,
 *   qualifier and role. Retracted claims are left out: the format cannot say "retracted", and
 *   importing them would assert them again; they stay in the graph and in claims.csv.
 * Entities no claim mentions come along with the source they were declared with (see
 * cypher/export/orphan-entities.cypher).
 */
import { FINDINGS_FORMAT, type FindingsInput } from '../findings/schema.js';
import {
  EVENT_TYPES,
  METHODS,
  ORGANISATION_KINDS,
  SOURCE_KINDS,
  type EventType,
} from '../findings/vocabulary.js';

/** One source as `export/source-document` returns it, with the orphans assigned to it. */
export interface SourceDocument {
  source: Record<string, unknown>;
  /** Claim properties with `subject` and `object` ids. */
  claims: Record<string, unknown>[];
  /** Properties of the entities the claims mention. */
  entities: Record<string, unknown>[];
  /** Properties of entities no claim mentions, declared with this source. */
  orphans?: Record<string, unknown>[];
}

type Entity = NonNullable<FindingsInput['entities']>[number];
type Claim = NonNullable<FindingsInput['claims']>[number];
type Event = NonNullable<FindingsInput['events']>[number];

const REF = /^[A-Za-z0-9_.:-]{1,200}$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Builds the findings document of one source. */
export function findingsOfSource(doc: SourceDocument): FindingsInput {
  const refs = new Map<string, string>();
  const used = new Set<string>();
  const refOf = (id: string): string => {
    let ref = refs.get(id);
    if (ref !== undefined) return ref;
    ref = REF.test(id) && !used.has(id) ? id : `e${refs.size + 1}`;
    while (used.has(ref)) ref = `${ref}_`;
    refs.set(id, ref);
    used.add(ref);
    return ref;
  };

  const all = dedupe([...doc.entities, ...(doc.orphans ?? [])]);
  const claims = doc.claims.map((c) => toClaim(c, refOf));
  const entities: Entity[] = [];
  const events: Event[] = [];
  for (const props of all) {
    const id = String(props.id);
    if (props.entityType === 'Event') events.push(toEvent(props, refOf(id), doc.claims));
    else {
      const entity = toEntity(props, refOf(id));
      if (entity !== undefined) entities.push(entity);
    }
  }
  return { format: FINDINGS_FORMAT, source: toSource(doc.source), entities, claims, events };
}

function dedupe(list: Record<string, unknown>[]): Record<string, unknown>[] {
  const seen = new Map<string, Record<string, unknown>>();
  for (const props of list) if (!seen.has(String(props.id))) seen.set(String(props.id), props);
  return [...seen.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
}

function toSource(props: Record<string, unknown>): FindingsInput['source'] {
  const kind = (SOURCE_KINDS as readonly string[]).includes(String(props.kind))
    ? (props.kind as FindingsInput['source']['kind'])
    : 'findings';
  const source: FindingsInput['source'] = { kind };
  const copy = (
    key: 'url' | 'title' | 'publisher' | 'author' | 'published' | 'language' | 'edition',
  ) => {
    const value = str(props[key]);
    if (value !== undefined) source[key] = value;
  };
  copy('url');
  copy('title');
  copy('publisher');
  copy('author');
  copy('published');
  copy('language');
  copy('edition');
  if (typeof props.text === 'string') source.text = props.text;
  return source;
}

function base(props: Record<string, unknown>, ref: string) {
  const name = String(props.name ?? props.id).trim() || String(props.id);
  const aliases = Array.isArray(props.aliases)
    ? [...new Set(props.aliases.map((a) => String(a).trim()).filter((a) => a !== '' && a !== name))]
    : [];
  return {
    ref,
    name,
    id: String(props.id),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

function coordinates(props: Record<string, unknown>) {
  const lat = num(props.lat);
  const lon = num(props.lon);
  return lat !== undefined && lon !== undefined ? { coordinates: { lat, lon } } : {};
}

function toEntity(props: Record<string, unknown>, ref: string): Entity | undefined {
  const b = base(props, ref);
  const countryCode = str(props.countryCode);
  switch (props.entityType) {
    case 'Station': {
      const address = str(props.address);
      return { ...b, type: 'Station', ...(address ? { address } : {}), ...coordinates(props) };
    }
    case 'Organisation': {
      const kind = (ORGANISATION_KINDS as readonly string[]).includes(String(props.kind))
        ? (props.kind as (typeof ORGANISATION_KINDS)[number])
        : 'OTHER';
      return { ...b, type: 'Organisation', kind };
    }
    case 'Network':
      return { ...b, type: 'Network' };
    case 'Person':
      return { ...b, type: 'Person' };
    case 'Community':
      return { ...b, type: 'Community' };
    case 'City': {
      const geonameId = num(props.geonameId);
      return {
        ...b,
        type: 'City',
        ...(countryCode && COUNTRY_CODE.test(countryCode) ? { country: countryCode } : {}),
        ...(geonameId !== undefined && Number.isInteger(geonameId) && geonameId > 0
          ? { geonameId }
          : {}),
        ...coordinates(props),
      };
    }
    case 'Region': {
      const code = str(props.code);
      return {
        ...b,
        type: 'Region',
        ...(countryCode && COUNTRY_CODE.test(countryCode) ? { country: countryCode } : {}),
        ...(code && REGION_CODE.test(code) ? { code } : {}),
      };
    }
    case 'Country': {
      const code = str(props.code);
      return { ...b, type: 'Country', ...(code && COUNTRY_CODE.test(code) ? { code } : {}) };
    }
    default:
      return undefined;
  }
}

function toEvent(
  props: Record<string, unknown>,
  ref: string,
  claims: Record<string, unknown>[],
): Event {
  const id = String(props.id);
  const type = (EVENT_TYPES as readonly string[]).includes(String(props.eventType))
    ? (props.eventType as EventType)
    : 'OTHER';
  const name = String(props.name ?? id).trim() || id;
  // The quote of one of its claims (the first by id); an event no claim mentions keeps its name.
  const evidence = claims.find((c) => c.subject === id || c.object === id);
  const event: Event = {
    ref,
    type,
    name,
    participants: [],
    ...(evidence === undefined
      ? { quote: str(props.description) ?? name, confidence: 1, method: 'CURATED' as const }
      : evidenceOf(evidence)),
  };
  const date = str(props.date);
  if (date !== undefined) event.date = date;
  const description = str(props.description);
  if (description !== undefined) event.description = description;
  return event;
}

function evidenceOf(c: Record<string, unknown>) {
  const start = num(c.start);
  const end = num(c.end);
  const location = str(c.location);
  return {
    quote: String(c.quote),
    ...(start !== undefined && end !== undefined ? { offsets: { start, end } } : {}),
    ...(location !== undefined ? { location } : {}),
    confidence: num(c.confidence) ?? 1,
    method: (METHODS as readonly string[]).includes(String(c.method))
      ? (c.method as (typeof METHODS)[number])
      : ('CURATED' as const),
  };
}

function toClaim(c: Record<string, unknown>, refOf: (id: string) => string): Claim {
  const claim: Claim = {
    subject: refOf(String(c.subject)),
    predicate: String(c.predicate) as Claim['predicate'],
    ...evidenceOf(c),
  };
  const object = str(c.object);
  if (object !== undefined) claim.object = refOf(object);
  else if (typeof c.value === 'number' || (typeof c.value === 'string' && c.value !== '')) {
    claim.value = c.value;
  }
  const unit = str(c.unit);
  if (unit !== undefined) claim.unit = unit;
  const qualifier = str(c.qualifier);
  if (qualifier !== undefined) claim.qualifier = qualifier as Claim['qualifier'];
  const role = str(c.role);
  if (role !== undefined) claim.role = role as Claim['role'];
  const date = str(c.date);
  if (date !== undefined) claim.date = date;
  return claim;
}
