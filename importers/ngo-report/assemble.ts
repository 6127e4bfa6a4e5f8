/**
 * Records to Findings. The stored text of the source is the narrative, then each station table
 * as lines ("Table 2: caption", the header, one line per row), so every row's claims quote their
 * line with exact offsets and cite "table 2, row 14". Per row: the station (named after its place,
 * qualified when a place has several), its place chain (station -> city -> country), bureau
 * (OPERATED_BY), host (HOSTED_BY), network (PART_OF), status (HAS_STATUS, dated), address
 * (HAS_ADDRESS) and opening (an OPENING event).
 */
import type { FindingsEntity, FindingsInput } from '../../src/findings/schema.js';
import type { Predicate } from '../../src/findings/vocabulary.js';
import { nameKey, normaliseName } from '../../src/resolve/names.js';
import { resolveOrganisation } from '../../src/resolve/organisations.js';
import { bureauName, readDate, readStatus, splitNotes, splitValues } from './cells.js';
import { rowPlaces, type RowPlaces } from './places.js';
import { rowLabel, type RowRecord } from './records.js';

type Claim = NonNullable<FindingsInput['claims']>[number];
type Event = NonNullable<FindingsInput['events']>[number];

/** Confidence of what a row states in its own columns. */
export const ROW_CONFIDENCE = 0.9;
/** Confidence of what the importer inferred (a country from the row above, a parsed location). */
export const INFERRED_CONFIDENCE = 0.8;

/** A station table ready to assemble: its number, caption, header and records. */
export interface AssemblyTable {
  index: number;
  caption?: string;
  headers: string[];
  records: RowRecord[];
}

/** A row whose places the resolver will flag for review. */
export interface UnresolvedRow {
  table: number;
  row: number;
  /** File line (CSV) or sheet row (XLSX), when known. */
  line?: number;
  reason: string;
}

/** The assembled parts of the document. */
export interface Assembly {
  text: string;
  entities: FindingsEntity[];
  claims: Claim[];
  events: Event[];
  unresolvedRows: UnresolvedRow[];
  warnings: string[];
  stations: number;
}

interface Evidence {
  quote: string;
  offsets: { start: number; end: number };
  location: string;
  confidence: number;
  method: 'EXTRACTED';
}

/**
 * Builds entities, claims and events for the records of `tables`, after the narrative `prefix`
 * (the start of the stored text). `published` dates the status claims that carry no date.
 */
export function assemble(
  prefix: string,
  tables: AssemblyTable[],
  options: { published?: string; footnotes: Map<string, string> },
): Assembly {
  const builder = new Builder();
  const warnings: string[] = [];
  const unresolvedRows: UnresolvedRow[] = [];
  let text = prefix;

  // Places first (a station's name depends on how many stations its place has).
  const placed = tables.map((table) =>
    table.records.map((record) => ({ record, places: rowPlaces(record) })),
  );
  const { names, shared } = stationNames(placed.flat());
  if (shared.length > 0) {
    warnings.push(
      `several stations share a place and are named by their address, host or bureau: ${shared.join(', ')}; a later edition must name them the same way to update the same stations (a Station column pins the names)`,
    );
  }

  tables.forEach((table, t) => {
    text += `${text === '' ? '' : '\n\n'}Table ${table.index}${table.caption ? `: ${table.caption}` : ''}\n${table.headers.filter((h) => h !== '').join(' | ')}`;
    for (const { record, places } of placed[t] ?? []) {
      text += '\n';
      const start = text.length;
      text += record.text;
      const evidence = (inferred = false): Evidence => ({
        quote: record.text,
        offsets: { start, end: start + record.text.length },
        location: `table ${record.table}, row ${record.row}`,
        confidence: inferred ? INFERRED_CONFIDENCE : ROW_CONFIDENCE,
        method: 'EXTRACTED',
      });
      for (const reason of places.unresolved) {
        unresolvedRows.push({
          table: record.table,
          row: record.row,
          ...(record.line !== undefined ? { line: record.line } : {}),
          reason,
        });
      }
      addRow(builder, record, places, names.get(record) as string, evidence, options, warnings);
    }
  });
  return {
    text,
    entities: builder.entities,
    claims: builder.claims,
    events: builder.events,
    unresolvedRows,
    warnings,
    stations: builder.stationCount,
  };
}

function addRow(
  b: Builder,
  record: RowRecord,
  places: RowPlaces,
  stationName: string,
  evidence: (inferred?: boolean) => Evidence,
  options: { published?: string; footnotes: Map<string, string> },
  warnings: string[],
): void {
  const label = rowLabel(record);
  const countryInferred = record.inferred.includes('country') || places.parsed;
  const country = places.country;
  const countryRef =
    country === undefined
      ? undefined
      : b.entity(
          `country|${country.code ?? normaliseName(country.name)}`,
          'co',
          country.code === undefined
            ? { type: 'Country', name: country.name }
            : { type: 'Country', name: country.name, code: country.code },
        );
  const region = places.region;
  const regionRef =
    region === undefined
      ? undefined
      : b.entity(
          `region|${region.code ?? ''}|${normaliseName(region.name)}`,
          're',
          region.code === undefined
            ? { type: 'Region', name: region.name }
            : { type: 'Region', name: region.name, country: region.code },
        );
  const city = places.city;
  const cityRef =
    city === undefined
      ? undefined
      : b.entity(
          `city|${city.code ?? ''}|${normaliseName(city.name)}`,
          'ci',
          city.code === undefined
            ? { type: 'City', name: city.name }
            : { type: 'City', name: city.name, country: city.code },
        );
  const placeRef = cityRef ?? regionRef ?? countryRef;

  const notes = stationNotes(record, options.footnotes);
  const address =
    record.values.address === undefined ? undefined : splitNotes(record.values.address).value;
  const stationRef = b.entity(`station|${placeRef ?? ''}|${normaliseName(stationName)}`, 'st', {
    type: 'Station',
    name: stationName,
    ...(address ? { address } : {}),
  });
  b.note(stationRef, notes);

  // The station's place comes first: the resolver keys the station by it.
  if (placeRef !== undefined) {
    b.claim(
      { subject: stationRef, predicate: 'LOCATED_IN', object: placeRef },
      evidence(countryInferred && placeRef === countryRef),
    );
  }
  if (cityRef !== undefined && countryRef !== undefined) {
    b.claim(
      { subject: cityRef, predicate: 'LOCATED_IN', object: countryRef },
      evidence(countryInferred),
    );
  }
  if (cityRef !== undefined && regionRef !== undefined) {
    b.claim(
      { subject: cityRef, predicate: 'LOCATED_IN', object: regionRef },
      evidence(places.parsed),
    );
  }
  if (regionRef !== undefined && countryRef !== undefined) {
    b.claim(
      { subject: regionRef, predicate: 'LOCATED_IN', object: countryRef },
      evidence(countryInferred),
    );
  }

  const bureaus = listed(record.values.bureau).map((cell) => {
    const { name, inferred } = bureauName(cell);
    const ref = b.entity(`org|${resolveOrganisation(name).key}`, 'org', {
      type: 'Organisation',
      name,
      kind: 'POLICE_BUREAU',
    });
    b.claim({ subject: stationRef, predicate: 'OPERATED_BY', object: ref }, evidence(inferred));
    return ref;
  });
  const hosts = listed(record.values.host).map((name) => {
    const ref = b.entity(`org|${resolveOrganisation(name).key}`, 'org', {
      type: 'Organisation',
      name,
      kind: resolveOrganisation(name).kind ?? 'FRONT',
    });
    b.claim({ subject: stationRef, predicate: 'HOSTED_BY', object: ref }, evidence());
    return ref;
  });
  for (const name of listed(record.values.network)) {
    const ref = b.entity(`network|${normaliseName(name)}`, 'net', { type: 'Network', name });
    const members = hosts.length > 0 ? hosts : bureaus;
    if (members.length === 0) {
      warnings.push(
        `${label}: the network "${name}" is not linked (the row names no host or bureau to be part of it)`,
      );
    }
    for (const member of members) {
      b.claim({ subject: member, predicate: 'PART_OF', object: ref }, evidence(hosts.length === 0));
    }
  }

  if (record.values.status !== undefined) {
    const reading = readStatus(record.values.status);
    const statusDate =
      record.values.statusDate === undefined ? undefined : readDate(record.values.statusDate)?.date;
    const date = statusDate ?? reading.date ?? options.published;
    if (reading.status === undefined) {
      warnings.push(
        `${label}: status "${record.values.status}" is not one the importer knows (importers/ngo-report/data/statuses.json); no status was recorded`,
      );
    } else {
      b.claim(
        {
          subject: stationRef,
          predicate: 'HAS_STATUS',
          value: reading.status,
          ...(date !== undefined ? { date } : {}),
        },
        evidence(),
      );
    }
  }
  if (address) {
    b.claim({ subject: stationRef, predicate: 'HAS_ADDRESS', value: address }, evidence());
  }
  if (record.values.established !== undefined) {
    const established = readDate(record.values.established);
    if (established === undefined) {
      warnings.push(
        `${label}: "${record.values.established}" (established) is not a date; no opening was recorded`,
      );
    } else {
      b.event(
        {
          type: 'OPENING',
          name: `Opening of ${stationName}`,
          date: established.date,
          ...(placeRef !== undefined ? { place: placeRef } : {}),
          participants: [{ ref: stationRef }],
          ...(established.approximate
            ? { description: `The report gives the date as "${record.values.established}".` }
            : {}),
        },
        evidence(established.approximate),
      );
    }
  }
}

function listed(cell: string | undefined): string[] {
  if (cell === undefined) return [];
  return splitValues(cell)
    .map((part) => splitNotes(part).value)
    .filter((part) => part !== '');
}

function stationNotes(record: RowRecord, footnotes: Map<string, string>): string[] {
  const notes: string[] = [];
  if (record.values.notes !== undefined) notes.push(record.values.notes);
  for (const marker of record.markers) {
    const note = footnotes.get(marker);
    if (note !== undefined) notes.push(`[${marker}] ${note}`);
  }
  return notes;
}

/**
 * The name of each row's station: its Station column, else "<place> police station" (the place
 * as written: city, else region, else country); when several rows of the report name different
 * stations in one place, each is qualified by its address, else its host, else its bureau.
 */
export function stationNames(rows: { record: RowRecord; places: RowPlaces }[]): {
  names: Map<RowRecord, string>;
  /** The places with several stations, as "Toronto (3)". */
  shared: string[];
} {
  const base = new Map<RowRecord, string>();
  const groups = new Map<string, RowRecord[]>();
  for (const { record, places } of rows) {
    const given = record.values.name === undefined ? '' : splitNotes(record.values.name).value;
    const place = places.city?.name ?? places.region?.name ?? places.country?.name;
    const name =
      given !== ''
        ? given
        : place !== undefined
          ? `${place} police station`
          : `Station in table ${record.table}, row ${record.row}`;
    base.set(record, name);
    if (given !== '' || place === undefined) continue;
    const key = `${normaliseName(place ?? '')}|${places.country?.code ?? normaliseName(places.country?.name ?? '')}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const names = new Map(base);
  const shared: string[] = [];
  for (const records of groups.values()) {
    const qualifiers = records.map((record) => qualifierOf(record));
    const distinct = new Set(qualifiers.map((q) => normaliseName(q ?? ''))).size;
    if (distinct <= 1) continue;
    const first = records[0] as RowRecord;
    shared.push(`${(base.get(first) ?? '').replace(/ police station$/, '')} (${distinct})`);
    records.forEach((record, i) => {
      const qualifier = qualifiers[i];
      if (qualifier !== undefined) names.set(record, `${base.get(record)} (${qualifier})`);
    });
  }
  return { names, shared };
}

function qualifierOf(record: RowRecord): string | undefined {
  for (const field of ['address', 'host', 'bureau'] as const) {
    const value = record.values[field];
    if (value === undefined) continue;
    const first = splitValues(value)[0];
    const text = first === undefined ? '' : splitNotes(first).value;
    if (text !== '') return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  }
  return undefined;
}

type EntityInput = FindingsEntity extends infer E
  ? E extends { ref: string }
    ? Omit<E, 'ref'>
    : never
  : never;

/** Collects entities (deduplicated by key, readable unique refs), claims and events. */
class Builder {
  readonly entities: FindingsEntity[] = [];
  readonly claims: Claim[] = [];
  readonly events: Event[] = [];
  stationCount = 0;
  private readonly byKey = new Map<string, FindingsEntity>();
  private readonly refs = new Set<string>();
  private readonly eventKeys = new Set<string>();
  private readonly notes = new Map<string, Set<string>>();

  /** The ref of the entity `key` names, adding it (and its aliases) on first sight. */
  entity(key: string, prefix: string, input: EntityInput): string {
    const existing = this.byKey.get(key);
    if (existing !== undefined) {
      if (normaliseName(existing.name) !== normaliseName(input.name)) {
        const aliases = new Set(existing.aliases ?? []);
        aliases.add(input.name);
        existing.aliases = [...aliases];
      }
      return existing.ref;
    }
    const ref = this.ref(prefix, input.name);
    const entity = { ...input, ref } as FindingsEntity;
    this.byKey.set(key, entity);
    this.entities.push(entity);
    if (entity.type === 'Station') this.stationCount += 1;
    return ref;
  }

  /** Adds notes to an entity's note, once each. */
  note(ref: string, notes: string[]): void {
    const entity = this.entities.find((e) => e.ref === ref);
    if (entity === undefined || notes.length === 0) return;
    const all = this.notes.get(ref) ?? new Set<string>();
    for (const note of notes) all.add(note);
    this.notes.set(ref, all);
    entity.note = [...all].join('; ');
  }

  claim(
    claim: {
      subject: string;
      predicate: Predicate;
      object?: string;
      value?: string;
      date?: string;
    },
    evidence: Evidence,
  ): void {
    this.claims.push({ ...claim, ...evidence });
  }

  event(event: Omit<Event, 'ref' | 'quote' | 'confidence' | 'method'>, evidence: Evidence): void {
    const station = event.participants?.[0]?.ref ?? '';
    const key = `${event.type}|${station}|${event.date ?? ''}|${evidence.location}`;
    if (this.eventKeys.has(key)) return;
    this.eventKeys.add(key);
    this.events.push({ ...event, ref: this.ref('ev', event.name), ...evidence });
  }

  private ref(prefix: string, name: string): string {
    const slug = nameKey(name)
      .normalize('NFKD')
      .replace(/[^a-z0-9-]+/g, '')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    const base = `${prefix}-${slug || 'x'}`;
    let ref = base;
    for (let n = 2; this.refs.has(ref); n += 1) ref = `${base}-${n}`;
    this.refs.add(ref);
    return ref;
  }
}
