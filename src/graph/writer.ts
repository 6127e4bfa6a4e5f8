/**
 * The writer: one resolved document, one write transaction. Batched UNWIND + MERGE on canonical
 * ids (unique constraints make concurrent imports safe), idempotent (an unchanged document is
 * skipped by its findings hash; a changed one replaces its own claims and nothing else), and the
 * direct relationships and derived properties are re-derived from the claims behind them.
 */
import { isNearSpelling } from '../resolve/names.js';
import type { ResolvedClaim, ResolvedDocument, ResolvedEntity } from '../resolve/document.js';
import { ENTITY_TYPES, PREDICATES, RELATIONSHIP_TYPES } from '../findings/vocabulary.js';
import { invariant } from '../errors.js';
import { claimRank } from './claimRank.js';
import { chunks, derive, recount, toAffected } from './derive.js';
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

/** Options of `writeDocument`. */
export interface WriteOptions {
  /** Rows per UNWIND batch (default DEFAULT_BATCH_SIZE). */
  batchSize?: number;
  /**
   * More work for the document's own transaction, run last, with what the write did (the API's
   * audit record): it commits with the document, or neither does.
   */
  inTransaction?: (tx: Tx, summary: WriteSummary) => Promise<void>;
}

/** Writes one resolved document in one transaction; returns what changed. */
export async function writeDocument(
  graph: Graph,
  doc: ResolvedDocument,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  checkAllowlists(doc);
  const created = new Set<string>();
  const summary = await graph.writeTransaction(async (tx): Promise<WriteSummary> => {
    const written = await writeInTransaction(tx);
    await options.inTransaction?.(tx, written);
    return written;
  }, `write ${doc.source.id}`);

  async function writeInTransaction(tx: Tx): Promise<WriteSummary> {
    created.clear(); // a retried transaction starts again
    const [begun] = await tx.run('write/source-begin', { source: doc.source });
    const existed = begun?.existed === true;
    const summary: WriteSummary = {
      sourceId: doc.source.id,
      outcome: existed ? 'updated' : 'created',
      entitiesCreated: 0,
      entitiesMatched: 0,
      claims: 0,
      claimsReplaced: 0,
      relationships: 0,
      relationshipsRemoved: 0,
      candidateDuplicates: 0,
      review: doc.entities.flatMap((e) => e.review.map((r) => `${e.type} "${e.name}": ${r}`)),
    };
    if (existed && begun?.previousHash === doc.source.findingsHash) {
      return { ...summary, outcome: 'unchanged', entitiesMatched: doc.entities.length };
    }
    // A new version of the source: its old claims are gone; what they supported is re-derived below.
    const detached = ((begun?.detached as Row[] | undefined) ?? []).filter(
      (row) => row.predicate !== null,
    );
    summary.claimsReplaced = detached.length;

    // One flight: the body's batches, then the derived relationships and properties (what the new
    // claims add, and a recount of what the old version's claims supported). Statements of one
    // transaction run in the order sent.
    const bodyRuns = documentSteps(doc, batchSize).map((step) =>
      tx.run('write/document-body', { doc: { sourceId: doc.source.id, ...step } }),
    );
    const derived = derive(tx, { added: doc, removed: detached.map(toAffected) }, batchSize);
    // Awaited together: a failed statement fails the later ones too, and each must be handled.
    const [bodyRows, sync] = await Promise.all([Promise.all(bodyRuns), derived]);
    for (const [row] of bodyRows) {
      summary.entitiesCreated += Number(row?.created ?? 0);
      summary.claims += Number(row?.claims ?? 0);
      for (const id of (row?.createdIds as string[] | undefined) ?? []) created.add(id);
    }
    summary.entitiesMatched = doc.entities.length - summary.entitiesCreated;
    summary.relationships = sync.kept;
    summary.relationshipsRemoved = sync.removed;

    if (detached.length > 0) {
      const written = new Set(doc.entities.map((e) => e.id));
      const gone = [...new Set(detached.flatMap((row) => [row.subject, row.object]))].filter(
        (id): id is string => typeof id === 'string' && !written.has(id),
      );
      if (gone.length > 0) await tx.run('write/entities-orphaned', { ids: gone });
    }

    return summary;
  }

  // Candidate duplicates are looked for once the document has committed, so that documents
  // written at the same time see each other's new entities: of any two, the later check runs
  // after both commits. Only a new entity can form a new pair: an existing one was compared when
  // it was created.
  const fresh = doc.entities.filter((e) => created.has(e.id) && mayHaveDuplicates(e));
  if (fresh.length > 0) {
    summary.candidateDuplicates = await graph.writeTransaction(
      (tx) => recordDuplicateCandidates(tx, fresh),
      `duplicates ${doc.source.id}`,
    );
  }
  return summary;
}

/** One round trip of `write/document-body`: a batch of entities, place links and claims. */
interface DocumentStep {
  entities: Record<string, unknown>[];
  links: ResolvedDocument['placeLinks'];
  /** Each with its rank key (src/graph/claimRank.ts), kept on its SUBJECT and OBJECT links. */
  claims: (ResolvedClaim & { rank: string })[];
}

/**
 * Splits a document into round trips of at most `batchSize` rows per list. Every entity is written
 * before any claim that may point to it, so claims start in the step of the last entity batch; a
 * document that fits one batch takes one round trip.
 */
export function documentSteps(doc: ResolvedDocument, batchSize: number): DocumentStep[] {
  const entityBatches = chunks(
    doc.entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      nameKey: e.nameKey,
      tokenKey: e.tokenKey,
      aliases: e.aliases,
      props: e.props,
      review: e.review,
    })),
    batchSize,
  );
  const linkBatches = chunks(doc.placeLinks, batchSize);
  const published = doc.source.published;
  const claimBatches = chunks(
    doc.claims.map((c) => ({ ...c, rank: claimRank({ ...c, published }) })),
    batchSize,
  );
  const steps: DocumentStep[] = entityBatches
    .slice(0, -1)
    .map((entities) => ({ entities, links: [], claims: [] }));
  const rest = Math.max(linkBatches.length, claimBatches.length, 1);
  for (let i = 0; i < rest; i++) {
    steps.push({
      entities: i === 0 ? (entityBatches[entityBatches.length - 1] ?? []) : [],
      links: linkBatches[i] ?? [],
      claims: claimBatches[i] ?? [],
    });
  }
  return steps;
}

/** Retracts a claim (kept, marked, with the reason) and re-derives what it supported. */
export async function retractClaim(
  graph: Graph,
  id: string,
  reason: string,
  actor: string,
  options: {
    /** Run last in the same transaction when the claim was found (the API's audit record). */
    inTransaction?: (tx: Tx, result: { relationshipsRemoved: number }) => Promise<void>;
  } = {},
): Promise<{ found: boolean; relationshipsRemoved: number }> {
  return graph.writeTransaction(async (tx) => {
    const rows = await tx.run('write/claim-retract', { id, reason, actor });
    if (rows.length === 0) return { found: false, relationshipsRemoved: 0 };
    const sync = await recount(tx, rows.map(toAffected), DEFAULT_BATCH_SIZE);
    await options.inTransaction?.(tx, { relationshipsRemoved: sync.removed });
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
    await recount(tx, detached.map(toAffected), DEFAULT_BATCH_SIZE);
    const ids = [...new Set(detached.flatMap((row) => [row.subject, row.object]))].filter(
      (value): value is string => typeof value === 'string',
    );
    if (ids.length > 0) await tx.run('write/entities-orphaned', { ids });
    return { found: Number(deleted?.deleted ?? 0) > 0, claims: detached.length };
  }, `delete ${id}`);
}

const DUPLICATE_TYPES = new Set(['Person', 'Organisation', 'Station', 'Network']);
/** Near spellings are looked for among names that start with the same characters. */
const DUPLICATE_PREFIX = 4;

/** People, organisations, stations and networks with a name long enough to compare. */
function mayHaveDuplicates(entity: ResolvedEntity): boolean {
  return DUPLICATE_TYPES.has(entity.type) && entity.nameKey.length >= 3;
}

/** Why two names are probably one entity, or undefined. Names that differ in a number are not. */
export function duplicateReason(
  name: string,
  other: string,
  sameTokens: boolean,
): 'NAME_ORDER' | 'NEAR_SPELLING' | undefined {
  if (sameTokens) return 'NAME_ORDER';
  const digits = (text: string) => (text.match(/\d+/g) ?? []).join(' ');
  if (digits(name) !== digits(other)) return undefined;
  return isNearSpelling(name, other) ? 'NEAR_SPELLING' : undefined;
}

/** Finds and records candidate duplicates of new people, organisations, stations and networks. */
async function recordDuplicateCandidates(tx: Tx, candidates: ResolvedEntity[]): Promise<number> {
  const entities = candidates.filter(mayHaveDuplicates).map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    tokenKey: e.tokenKey,
    nameKey: e.nameKey,
    prefix: e.nameKey.slice(0, DUPLICATE_PREFIX),
  }));
  if (entities.length === 0) return 0;
  const rows = await tx.run('write/duplicate-candidates', { batch: { entities } });
  const pairs = new Map<
    string,
    { id: string; a: string; b: string; reason: string; score: number }
  >();
  for (const row of rows) {
    const [a, b] = [String(row.id), String(row.otherId)].sort() as [string, string];
    const reason = duplicateReason(
      String(row.name),
      String(row.otherName),
      row.sameTokens === true,
    );
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
  const [row] = await tx.run('write/duplicate-record', { batch: { pairs: [...pairs.values()] } });
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
