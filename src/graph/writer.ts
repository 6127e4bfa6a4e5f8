/**
 * The writer: one resolved document, one write transaction. Batched UNWIND + MERGE on canonical
 * ids (unique constraints make concurrent imports safe), idempotent (an unchanged document is
 * skipped by its findings hash; a changed one replaces its own claims and nothing else), and the
 * direct relationships and derived properties are re-derived from the claims behind them.
 */
import { isNearSpelling } from '../resolve/names.js';
import type { ResolvedClaim, ResolvedDocument } from '../resolve/document.js';
import {
  ENTITY_TYPES,
  PREDICATES,
  RELATIONSHIP_TYPES,
  type Predicate,
  type PredicateRule,
} from '../findings/vocabulary.js';
import { invariant } from '../errors.js';
import type { Graph, Row, Tx } from './gateway.js';

/** Rows per UNWIND batch. */
export const DEFAULT_BATCH_SIZE = 1000;

/** What one document's write did. */
export interface WriteSummary {
  sourceId: string;
  /** `unchanged`: the same findings were there already and nothing was written. */
  outcome: 'created' | 'updated' | 'unchanged';
  entitiesCreated: number;
  entitiesMatched: number;
  claims: number;
  claimsReplaced: number;
  relationships: number;
  relationshipsRemoved: number;
  candidateDuplicates: number;
  /** Entities flagged for review (unresolved places...), as `Type "name": reason`. */
  review: string[];
}

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

/** Writes one resolved document in one transaction; returns what changed. */
export async function writeDocument(
  graph: Graph,
  doc: ResolvedDocument,
  options: { batchSize?: number } = {},
): Promise<WriteSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  checkAllowlists(doc);
  return graph.writeTransaction(async (tx) => {
    const [state] = await tx.run('write/source-state', { id: doc.source.id });
    const summary: WriteSummary = {
      sourceId: doc.source.id,
      outcome: state?.exists ? 'updated' : 'created',
      entitiesCreated: 0,
      entitiesMatched: 0,
      claims: 0,
      claimsReplaced: 0,
      relationships: 0,
      relationshipsRemoved: 0,
      candidateDuplicates: 0,
      review: doc.entities.flatMap((e) => e.review.map((r) => `${e.type} "${e.name}": ${r}`)),
    };
    if (state?.exists && state.findingsHash === doc.source.findingsHash) {
      return { ...summary, outcome: 'unchanged', entitiesMatched: doc.entities.length };
    }

    // A new version of the source: its old claims go; what they supported is re-derived below.
    const detached = state?.exists
      ? await tx.run('write/source-detach-claims', { id: doc.source.id })
      : [];
    summary.claimsReplaced = detached.length;

    await tx.run('write/source-upsert', { source: doc.source });
    for (const batch of chunks(doc.entities, batchSize)) {
      const [row] = await tx.run('write/entities-upsert', {
        entities: batch.map((e) => ({
          id: e.id,
          type: e.type,
          name: e.name,
          nameKey: e.nameKey,
          tokenKey: e.tokenKey,
          aliases: e.aliases,
          props: e.props,
          review: e.review,
        })),
      });
      summary.entitiesCreated += Number(row?.created ?? 0);
    }
    summary.entitiesMatched = doc.entities.length - summary.entitiesCreated;
    for (const batch of chunks(doc.placeLinks, batchSize))
      await tx.run('write/place-links', { links: batch });
    for (const batch of chunks(doc.claims, batchSize)) {
      const [row] = await tx.run('write/claims-upsert', { sourceId: doc.source.id, claims: batch });
      summary.claims += Number(row?.claims ?? 0);
    }

    const affected = [...detached.map(toAffected), ...doc.claims];
    const sync = await syncDerived(tx, affected, batchSize);
    summary.relationships = sync.kept;
    summary.relationshipsRemoved = sync.removed;

    if (detached.length > 0) {
      const written = new Set(doc.entities.map((e) => e.id));
      const gone = [...new Set(detached.flatMap((row) => [row.subject, row.object]))].filter(
        (id): id is string => typeof id === 'string' && !written.has(id),
      );
      if (gone.length > 0) await tx.run('write/entities-orphaned', { ids: gone });
    }

    summary.candidateDuplicates = await recordDuplicateCandidates(tx, doc);
    return summary;
  }, `write ${doc.source.id}`);
}

/** Retracts a claim (kept, marked, with the reason) and re-derives what it supported. */
export async function retractClaim(
  graph: Graph,
  id: string,
  reason: string,
  actor: string,
): Promise<{ found: boolean; relationshipsRemoved: number }> {
  return graph.writeTransaction(async (tx) => {
    const rows = await tx.run('write/claim-retract', { id, reason, actor });
    if (rows.length === 0) return { found: false, relationshipsRemoved: 0 };
    const sync = await syncDerived(tx, rows.map(toAffected), DEFAULT_BATCH_SIZE);
    return { found: true, relationshipsRemoved: sync.removed };
  }, `retract ${id}`);
}

/** Deletes a source and its claims, and re-derives what they supported. */
export async function deleteSource(
  graph: Graph,
  id: string,
): Promise<{ found: boolean; claims: number }> {
  return graph.writeTransaction(async (tx) => {
    const detached = await tx.run('write/source-detach-claims', { id });
    const [deleted] = await tx.run('write/source-delete', { id });
    await syncDerived(tx, detached.map(toAffected), DEFAULT_BATCH_SIZE);
    const ids = [...new Set(detached.flatMap((row) => [row.subject, row.object]))].filter(
      (value): value is string => typeof value === 'string',
    );
    if (ids.length > 0) await tx.run('write/entities-orphaned', { ids });
    return { found: Number(deleted?.deleted ?? 0) > 0, claims: detached.length };
  }, `delete ${id}`);
}

type Affected = Pick<ResolvedClaim, 'subject' | 'predicate' | 'object'>;

function toAffected(row: Row): Affected {
  return {
    subject: String(row.subject),
    predicate: String(row.predicate) as Predicate,
    object: row.object === null || row.object === undefined ? null : String(row.object),
  };
}

/** Re-derives relationships and properties for the claims' (subject, predicate[, object]). */
async function syncDerived(
  tx: Tx,
  claims: Affected[],
  batchSize: number,
): Promise<{ kept: number; removed: number }> {
  const triples = new Map<string, Triple>();
  const properties = new Map<string, PropertyTarget>();
  for (const claim of claims) {
    const rule: PredicateRule | undefined = PREDICATES[claim.predicate];
    if (rule === undefined) continue;
    if (rule.relationship && claim.object !== null) {
      triples.set(`${claim.subject}|${claim.predicate}|${claim.object}`, {
        subject: claim.subject,
        predicate: claim.predicate,
        object: claim.object,
      });
    } else if (rule.property !== undefined) {
      properties.set(`${claim.subject}|${claim.predicate}`, {
        subject: claim.subject,
        predicate: claim.predicate,
        property: rule.property,
      });
    }
  }
  let kept = 0;
  let removed = 0;
  for (const batch of chunks([...triples.values()], batchSize)) {
    const [row] = await tx.run('write/sync-relationships', { triples: batch });
    kept += Number(row?.kept ?? 0);
    removed += Number(row?.removed ?? 0);
  }
  for (const batch of chunks([...properties.values()], batchSize)) {
    await tx.run('write/sync-properties', { properties: batch });
  }
  return { kept, removed };
}

const DUPLICATE_TYPES = new Set(['Person', 'Organisation', 'Station', 'Network']);

/** Finds and records candidate duplicates of the document's people, organisations and stations. */
async function recordDuplicateCandidates(tx: Tx, doc: ResolvedDocument): Promise<number> {
  const entities = doc.entities
    .filter((e) => DUPLICATE_TYPES.has(e.type) && e.nameKey.length >= 3)
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      tokenKey: e.tokenKey,
      prefix: e.nameKey.slice(0, 2),
    }));
  if (entities.length === 0) return 0;
  const rows = await tx.run('write/duplicate-candidates', { entities });
  const pairs = new Map<
    string,
    { id: string; a: string; b: string; reason: string; score: number }
  >();
  for (const row of rows) {
    const [a, b] = [String(row.id), String(row.otherId)].sort() as [string, string];
    const reason = row.sameTokens
      ? 'NAME_ORDER'
      : isNearSpelling(String(row.name), String(row.otherName))
        ? 'NEAR_SPELLING'
        : undefined;
    if (reason === undefined) continue;
    pairs.set(`${a}|${b}`, {
      id: `dup:${a}|${b}`,
      a,
      b,
      reason,
      score: reason === 'NAME_ORDER' ? 0.9 : 0.7,
    });
  }
  if (pairs.size === 0) return 0;
  const [row] = await tx.run('write/duplicate-record', { pairs: [...pairs.values()] });
  return Number(row?.created ?? 0);
}

/** Labels and relationship types reach Cypher only from the vocabularies. */
function checkAllowlists(doc: ResolvedDocument): void {
  for (const entity of doc.entities) {
    invariant(
      (ENTITY_TYPES as readonly string[]).includes(entity.type),
      `entity type ${entity.type} not allowed`,
    );
  }
  for (const claim of doc.claims) {
    invariant(claim.predicate in PREDICATES, `predicate ${claim.predicate} not allowed`);
    if (claim.object !== null) {
      invariant(
        (RELATIONSHIP_TYPES as string[]).includes(claim.predicate),
        `${claim.predicate} is not a relationship`,
      );
    }
  }
  for (const link of doc.placeLinks) {
    invariant(
      link.type === 'IN_COUNTRY' || link.type === 'IN_REGION',
      `place link ${link.type} not allowed`,
    );
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
