/**
 * The direct relationships and derived properties that claims support, kept in step with them.
 *
 * Two ways, one result (write/derive-relationships and write/derive-properties do both):
 * - a recount re-derives a relationship or property from every claim that remains behind it.
 *   Needed when claims go (a source replaced or deleted, a claim retracted, entities merged).
 *   It reads every claim about the subject, so its cost grows with the subject's claims.
 * - an addition folds a new document's claims into what is already derived (counts add up,
 *   publishers join the set, first/last seen widen, a newer status replaces an older one). Its
 *   cost is that of the new claims alone, however many claims the subject already has.
 *
 * Both lock the subject entity before reading what they update, so that two documents written at
 * the same time about one subject cannot lose each other's counts (Neo4j reads committed data;
 * without the lock both would start from the same count).
 */
import type { ResolvedClaim, ResolvedDocument } from '../resolve/document.js';
import { PREDICATES, type Predicate, type PredicateRule } from '../findings/vocabulary.js';
import type { Row, Tx } from './gateway.js';

/** A claim's (subject, predicate, object): what it supports. */
export type Affected = Pick<ResolvedClaim, 'subject' | 'predicate' | 'object'>;

interface Triple {
  subject: string;
  predicate: string;
  object: string;
}

interface PropertyTarget {
  subject: string;
  predicate: string;
  property: string;
}

/** What one document's claims add to one relationship. */
interface AddedRelationship extends Triple {
  claims: number;
  publisher: string;
  firstSeen: string | null;
  lastSeen: string | null;
  roles: string[];
}

/** The newest of one document's claims for one derived property. */
interface PropertyCandidate extends PropertyTarget {
  value: string | number | null;
  asOf: string | null;
}

/** Relationships and properties that claims support, each once (`derive` puts them in lock order). */
export function targetsOf(claims: Affected[]): {
  triples: Triple[];
  properties: PropertyTarget[];
} {
  const triples = new Map<string, Triple>();
  const properties = new Map<string, PropertyTarget>();
  for (const claim of claims) {
    const rule: PredicateRule | undefined = PREDICATES[claim.predicate];
    if (rule === undefined) continue;
    if (rule.relationship && claim.object !== null) {
      const { subject, predicate, object } = claim;
      triples.set(tripleKey(claim), { subject, predicate, object });
    } else if (rule.property !== undefined) {
      const { subject, predicate } = claim;
      properties.set(propertyKey(claim), { subject, predicate, property: rule.property });
    }
  }
  return { triples: [...triples.values()], properties: [...properties.values()] };
}

/** What a query row returned by a claim-removing query was about. */
export function toAffected(row: Row): Affected {
  return {
    subject: String(row.subject),
    predicate: String(row.predicate) as Predicate,
    object: row.object === null || row.object === undefined ? null : String(row.object),
  };
}

/**
 * Re-derives the relationships and properties behind `claims` (claims just removed, retracted
 * or moved) from the claims that remain.
 */
export async function recount(
  tx: Tx,
  claims: Affected[],
  batchSize: number,
): Promise<{ kept: number; removed: number }> {
  return derive(tx, { removed: claims }, batchSize);
}

/**
 * Brings the relationships and properties in step after a change of claims: what `added` (a
 * document just written) adds is folded in, and what `removed` claims supported is recounted from
 * the claims that remain (a recount also counts the added claims, so a target in both is only
 * recounted). The statements are independent, so they are sent together (Bolt pipelines them).
 * Returns how many relationships are kept and how many went with their last claim.
 */
export async function derive(
  tx: Tx,
  changes: { added?: ResolvedDocument; removed: Affected[] },
  batchSize: number,
): Promise<{ kept: number; removed: number }> {
  const recounted = targetsOf(changes.removed);
  const skipTriples = new Set(recounted.triples.map(tripleKey));
  const skipProperties = new Set(recounted.properties.map(propertyKey));
  const additions =
    changes.added === undefined
      ? { relationships: [], properties: [] }
      : additionsOf(changes.added);
  const triples = [
    ...recounted.triples,
    ...additions.relationships
      .filter((r) => !skipTriples.has(tripleKey(r)))
      .map(({ subject, predicate, object, ...added }) => ({ subject, predicate, object, added })),
  ].sort(bySubject); // lock order: subjects are locked in the same order by every writer
  const properties = [
    ...recounted.properties,
    ...additions.properties
      .filter((p) => !skipProperties.has(propertyKey(p)))
      .map(({ subject, predicate, property, value, asOf }) => ({
        subject,
        predicate,
        property,
        candidate: { value, asOf },
      })),
  ].sort(bySubject);
  const relationshipRuns = chunks(triples, batchSize).map((batch) =>
    tx.run('write/derive-relationships', { batch: { triples: batch } }),
  );
  const propertyRuns = chunks(properties, batchSize).map((batch) =>
    tx.run('write/derive-properties', { batch: { properties: batch } }),
  );
  // Awaited together: a failed statement fails the later ones too, and each must be handled.
  const [relationshipRows] = await Promise.all([
    Promise.all(relationshipRuns),
    Promise.all(propertyRuns),
  ]);
  let kept = 0;
  let removed = 0;
  for (const [row] of relationshipRows) {
    kept += Number(row?.kept ?? 0);
    removed += Number(row?.removed ?? 0);
  }
  return { kept, removed };
}

/** What a document's claims add, grouped by the relationship or property they support. */
export function additionsOf(doc: ResolvedDocument): {
  relationships: AddedRelationship[];
  properties: PropertyCandidate[];
} {
  const relationships = new Map<string, AddedRelationship & { ids: Set<string> }>();
  const best = new Map<string, { claim: ResolvedClaim; candidate: PropertyCandidate }>();
  for (const claim of doc.claims) {
    const rule: PredicateRule = PREDICATES[claim.predicate];
    const seen = claim.date ?? doc.source.published;
    if (rule.relationship && claim.object !== null) {
      const key = tripleKey(claim);
      const added = relationships.get(key) ?? {
        subject: claim.subject,
        predicate: claim.predicate,
        object: claim.object,
        claims: 0,
        publisher: doc.source.publisherKey,
        firstSeen: null,
        lastSeen: null,
        roles: [],
        ids: new Set<string>(),
      };
      if (added.ids.has(claim.id)) continue; // the same claim twice is one claim
      added.ids.add(claim.id);
      added.claims++;
      if (seen !== null) {
        if (added.firstSeen === null || seen < added.firstSeen) added.firstSeen = seen;
        if (added.lastSeen === null || seen > added.lastSeen) added.lastSeen = seen;
      }
      if (claim.role !== null && !added.roles.includes(claim.role)) added.roles.push(claim.role);
      relationships.set(key, added);
    } else if (rule.property !== undefined) {
      const key = propertyKey(claim);
      const current = best.get(key);
      if (current === undefined || newer(claim, seen, current.claim, current.candidate.asOf)) {
        best.set(key, {
          claim,
          candidate: {
            subject: claim.subject,
            predicate: claim.predicate,
            property: rule.property,
            value: claim.value,
            asOf: seen,
          },
        });
      }
    }
  }
  return {
    relationships: [...relationships.values()].map(({ ids: _ids, ...added }) => ({
      ...added,
      roles: added.roles.sort(),
    })),
    properties: [...best.values()].map((b) => b.candidate),
  };
}

/**
 * The order `write/sync-properties` derives a property by: dated before undated, then the latest
 * date, then the highest confidence, then the smallest claim id.
 */
function newer(
  claim: ResolvedClaim,
  asOf: string | null,
  other: ResolvedClaim,
  otherAsOf: string | null,
): boolean {
  if ((asOf === null) !== (otherAsOf === null)) return asOf !== null;
  if (asOf !== null && otherAsOf !== null && asOf !== otherAsOf) return asOf > otherAsOf;
  if (claim.confidence !== other.confidence) return claim.confidence > other.confidence;
  return claim.id < other.id;
}

const tripleKey = (t: { subject: string; predicate: string; object: string | null }) =>
  `${t.subject}|${t.predicate}|${t.object ?? ''}`;
const propertyKey = (p: { subject: string; predicate: string }) => `${p.subject}|${p.predicate}`;
const bySubject = (a: { subject: string }, b: { subject: string }) =>
  a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
