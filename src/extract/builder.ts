/**
 * The findings stage: entities, claims and events gathered by the linker become one Findings
 * document. Entities are deduplicated by a key (GeoNames id, ISO code, or type and normalised
 * name) and given readable refs; claims and events carry the exact sentence as quote, its offsets
 * in the article text, the method EXTRACTED and a confidence.
 */
import type { FindingsEntity, FindingsInput } from '../findings/schema.js';
import type { EventType, OrganisationKind, PersonRole, Predicate } from '../findings/vocabulary.js';
import { nameKey, normaliseName } from '../resolve/names.js';
import type { Article } from './article.js';
import type { Sentence } from './segment.js';

type EntityInput = FindingsEntity extends infer E
  ? E extends { ref: string }
    ? Omit<E, 'ref'>
    : never
  : never;

/** A claim before it gets its evidence. */
export interface ClaimDraft {
  subject: string;
  predicate: Predicate;
  object?: string;
  value?: string | number;
  unit?: string;
  qualifier?: 'at least' | 'about' | 'exactly' | 'at most' | 'more than';
  date?: string;
  confidence: number;
}

/** An event before it gets its evidence. */
export interface EventDraft {
  type: EventType;
  name: string;
  date?: string;
  place?: string;
  participants: Array<{ ref: string; role?: PersonRole }>;
  description?: string;
  confidence: number;
}

type Claim = NonNullable<FindingsInput['claims']>[number];
type Event = NonNullable<FindingsInput['events']>[number];

/** Collects entities, claims and events, and writes the Findings document. */
export class FindingsBuilder {
  private readonly entities = new Map<string, FindingsEntity>();
  private readonly refs = new Set<string>();
  private readonly claims = new Map<string, Claim>();
  private readonly events = new Map<string, Event>();

  constructor(private readonly article: Article) {}

  /** Adds (or finds) an entity; `key` identifies it (default: type and normalised name). Returns its ref. */
  entity(input: EntityInput, key?: string): string {
    const id = key ?? `${input.type}:${normaliseName(input.name)}`;
    const existing = this.entities.get(id);
    if (existing !== undefined) {
      const aliases = new Set([...(existing.aliases ?? []), ...(input.aliases ?? [])]);
      if (normaliseName(input.name) !== normaliseName(existing.name)) aliases.add(input.name);
      aliases.delete(existing.name);
      if (aliases.size > 0) existing.aliases = [...aliases];
      if (
        existing.type === 'Organisation' &&
        input.type === 'Organisation' &&
        existing.kind === 'OTHER'
      ) {
        existing.kind = input.kind;
      }
      return existing.ref;
    }
    const ref = this.uniqueRef(
      `${input.type.toLowerCase()}:${nameKey(input.name).slice(0, 120) || 'x'}`,
    );
    const entity = { ...input, ref } as FindingsEntity;
    if (entity.aliases !== undefined) {
      const aliases = [...new Set(entity.aliases)].filter(
        (a) => normaliseName(a) !== normaliseName(entity.name),
      );
      if (aliases.length > 0) entity.aliases = aliases;
      else delete entity.aliases;
    }
    this.entities.set(id, entity);
    return ref;
  }

  /** The entity with this ref, if any. */
  get(ref: string): FindingsEntity | undefined {
    for (const entity of this.entities.values()) if (entity.ref === ref) return entity;
    return undefined;
  }

  /** Sets the kind of an organisation (a better guess found later). */
  setKind(ref: string, kind: OrganisationKind): void {
    const entity = this.get(ref);
    if (entity?.type === 'Organisation') entity.kind = kind;
  }

  /** Adds a claim with the sentence as its evidence (duplicates are dropped). */
  claim(draft: ClaimDraft, sentence: Sentence): void {
    if (draft.object !== undefined && draft.object === draft.subject) return;
    const key = [
      draft.subject,
      draft.predicate,
      draft.object ?? '',
      draft.value ?? '',
      draft.unit ?? '',
      sentence.start,
    ].join('|');
    if (this.claims.has(key)) return;
    const claim: Claim = {
      subject: draft.subject,
      predicate: draft.predicate,
      quote: sentence.text,
      offsets: { start: sentence.start, end: sentence.end },
      confidence: round(draft.confidence),
      method: 'EXTRACTED',
    };
    if (draft.object !== undefined) claim.object = draft.object;
    if (draft.value !== undefined) claim.value = draft.value;
    if (draft.unit !== undefined) claim.unit = draft.unit;
    if (draft.qualifier !== undefined) claim.qualifier = draft.qualifier;
    if (draft.date !== undefined) claim.date = draft.date;
    this.claims.set(key, claim);
  }

  /** True when a claim of this subject and predicate (and value, if given) exists. */
  hasClaim(subject: string, predicate: Predicate, value?: string | number): boolean {
    for (const claim of this.claims.values()) {
      if (
        claim.subject === subject &&
        claim.predicate === predicate &&
        (value === undefined || claim.value === value)
      )
        return true;
    }
    return false;
  }

  /** Removes the claims for which `drop` is true. */
  dropClaims(drop: (claim: Claim) => boolean): void {
    for (const [key, claim] of this.claims) if (drop(claim)) this.claims.delete(key);
  }

  /** Adds an event with the sentence as its evidence; one event of a type per sentence. Returns its ref. */
  event(draft: EventDraft, sentence: Sentence): string {
    const key = `${draft.type}|${sentence.start}`;
    const existing = this.events.get(key);
    if (existing !== undefined) return existing.ref;
    const ref = this.uniqueRef(
      `event:${draft.type.toLowerCase()}:${nameKey(draft.name).slice(0, 100) || 'x'}`,
    );
    const participants = new Map<string, { ref: string; role?: PersonRole | undefined }>();
    for (const p of draft.participants) if (!participants.has(p.ref)) participants.set(p.ref, p);
    const event: Event = {
      ref,
      type: draft.type,
      name: draft.name.slice(0, 500),
      participants: [...participants.values()],
      quote: sentence.text,
      offsets: { start: sentence.start, end: sentence.end },
      confidence: round(draft.confidence),
      method: 'EXTRACTED',
    };
    if (draft.date !== undefined) event.date = draft.date;
    if (draft.place !== undefined) event.place = draft.place;
    if (draft.description !== undefined) event.description = draft.description;
    this.events.set(key, event);
    return ref;
  }

  /** The event with this ref, to add participants found later. */
  eventByRef(ref: string): Event | undefined {
    for (const event of this.events.values()) if (event.ref === ref) return event;
    return undefined;
  }

  /** Drops an undated event of `type` when a dated one has the same participants. */
  mergeEvents(type: EventType): void {
    const events = [...this.events.entries()].filter(([, e]) => e.type === type);
    const key = (e: Event) =>
      (e.participants ?? [])
        .map((p) => p.ref)
        .sort()
        .join('|');
    for (const [id, event] of events) {
      if (event.date !== undefined) continue;
      if (
        events.some(([other, e]) => other !== id && e.date !== undefined && key(e) === key(event))
      )
        this.events.delete(id);
    }
  }

  /** The Findings document. */
  build(): FindingsInput {
    const a = this.article;
    const source: FindingsInput['source'] = { kind: 'news', text: a.text };
    if (a.url !== undefined && /^https?:\/\//i.test(a.url)) source.url = a.url;
    if (a.title) source.title = a.title;
    if (a.publisher) source.publisher = a.publisher;
    if (a.author) source.author = a.author;
    if (a.published) source.published = a.published;
    if (a.language && /^[a-z]{2,3}$/.test(a.language)) source.language = a.language;
    return {
      format: 'outpost-findings/1',
      source,
      entities: [...this.entities.values()],
      claims: [...this.claims.values()],
      events: [...this.events.values()],
    };
  }

  private uniqueRef(base: string): string {
    const clean = base.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 190);
    let ref = clean;
    for (let n = 2; this.refs.has(ref); n += 1) ref = `${clean}-${n}`;
    this.refs.add(ref);
    return ref;
  }
}

function round(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
