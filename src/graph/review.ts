/**
 * Review of what the importers could not decide alone: candidate duplicates (two entities that
 * are probably the same) and entities flagged for review. A person lists them, dismisses a
 * candidate (not the same), or merges two entities into one. The CLI (`outpost review`) and the
 * GraphQL API (`mergeEntities`, `markNotDuplicate`) both call this module; Cypher in
 * cypher/review/. Every change is one write transaction.
 */
import { createHash } from 'node:crypto';
import { ErrorCode, OutpostError } from '../errors.js';
import { PREDICATES, type PredicateRule } from '../findings/vocabulary.js';
import { recount, toAffected } from './derive.js';
import type { Graph, Row, Tx } from './gateway.js';
import { DEFAULT_BATCH_SIZE } from './writer.js';

/** An entity as review shows it. */
export interface ReviewEntity {
  id: string;
  entityType: string;
  name: string;
  aliases?: string[];
  /** Unretracted claims that mention it. */
  claims?: number;
  reviewReasons?: string[];
}

/** A candidate duplicate: two entities that are probably the same. */
export interface ReviewCandidate {
  id: string;
  status: 'OPEN' | 'DISMISSED' | 'MERGED';
  /** NAME_ORDER, NEAR_SPELLING, or MANUAL (recorded by a person). */
  reason: string;
  score: number;
  entities: ReviewEntity[];
}

/** What is waiting for review. */
export interface ReviewList {
  /** Open candidate duplicates, best score first (at most `limit`). */
  candidates: ReviewCandidate[];
  /** Entities flagged for review, by type and name (at most `limit`). */
  flagged: ReviewEntity[];
  /** How many there are in all (the lists may be cut at `limit`). */
  totals: { candidates: number; flagged: number };
}

/** What a merge did. */
export interface MergeResult {
  keep: ReviewEntity;
  /** The entity merged into `keep` (it no longer exists). */
  merged: ReviewEntity;
  /** Claim links (SUBJECT or OBJECT) moved from `merged` to `keep`. */
  claimsMoved: number;
  /** Names of `merged` that `keep` gained as aliases. */
  aliasesAdded: string[];
  /** Gazetteer links (IN_COUNTRY, IN_REGION) moved. */
  referenceLinksMoved: number;
  /** Relationships re-derived on `keep` that have claims behind them. */
  relationships: number;
  /** Candidate duplicates of the pair now MERGED (one is recorded when none was proposed). */
  candidatesMerged: number;
  /** Other candidates of `merged`, now pointing to `keep`. */
  candidatesRepointed: number;
}

/** Lists open candidate duplicates and flagged entities (`limit` of each, default 100). */
export async function listReview(
  graph: Graph,
  options: { limit?: number } = {},
): Promise<ReviewList> {
  const limit = options.limit ?? 100;
  return graph.readTransaction(async (tx) => {
    const [counts] = await tx.run('review/counts');
    const candidates = await tx.run('review/candidates', { limit });
    const flagged = await tx.run('review/flagged', { limit });
    return {
      candidates: candidates.map((row) => toCandidate(row.candidate, row.entities)),
      flagged: flagged.map((row) => toEntity(row.entity)),
      totals: {
        candidates: Number(counts?.candidates ?? 0),
        flagged: Number(counts?.flagged ?? 0),
      },
    };
  }, 'review list');
}

/**
 * Dismisses candidate duplicate `id` (the two entities are not the same); it stays on record as
 * DISMISSED so that re-imports do not propose the pair again. Dismissing a dismissed one is a
 * no-op. Throws NOT_FOUND for an unknown id, CONFLICT for a candidate already MERGED.
 */
export async function dismissCandidate(
  graph: Graph,
  id: string,
  actor: string,
): Promise<ReviewCandidate> {
  return graph.writeTransaction((tx) => dismissCandidateTx(tx, id, actor), `dismiss ${id}`);
}

/** `dismissCandidate` inside a write transaction the caller holds (e.g. with an audit record). */
export async function dismissCandidateTx(
  tx: Tx,
  id: string,
  actor: string,
): Promise<ReviewCandidate> {
  const [row] = await tx.run('review/dismiss', { id, actor });
  if (row === undefined) {
    throw new OutpostError(ErrorCode.NOT_FOUND, `no candidate duplicate ${id}`, {
      hint: 'List them with `outpost review list`.',
    });
  }
  if (row.before === 'MERGED') {
    throw new OutpostError(ErrorCode.CONFLICT, `candidate duplicate ${id} was already merged`);
  }
  return toCandidate(row.candidate, row.entities);
}

/** What recording "not the same" did; `record` and `entities` are the nodes as stored. */
export interface NotDuplicate {
  candidate: ReviewCandidate;
  /** Whether the pair had a candidate duplicate already (else a MANUAL one was recorded). */
  existed: boolean;
  record: Row;
  entities: Row[];
}

/**
 * Records that entities `a` and `b` are not the same: their candidate duplicate becomes
 * DISMISSED (one is created, reason MANUAL, when none was proposed). Throws NOT_FOUND when either
 * entity does not exist, BAD_USER_INPUT when a and b are the same id.
 */
export async function markNotDuplicate(
  graph: Graph,
  a: string,
  b: string,
  actor: string,
): Promise<ReviewCandidate> {
  const done = await graph.writeTransaction(
    (tx) => markNotDuplicateTx(tx, a, b, actor),
    `not duplicate ${a} ${b}`,
  );
  return done.candidate;
}

/** `markNotDuplicate` inside a write transaction the caller holds (e.g. with an audit record). */
export async function markNotDuplicateTx(
  tx: Tx,
  a: string,
  b: string,
  actor: string,
): Promise<NotDuplicate> {
  if (a === b) throw new OutpostError(ErrorCode.BAD_USER_INPUT, `${a} is one entity, not two`);
  const [row] = await tx.run('review/dismiss-pair', { a, b, id: pairId(a, b), actor });
  if (row === undefined) {
    throw new OutpostError(ErrorCode.NOT_FOUND, `no entity ${a} or no entity ${b}`);
  }
  const entities = Array.isArray(row.entities) ? (row.entities as Row[]) : [];
  return {
    candidate: toCandidate(row.candidate, entities),
    existed: row.existed === true,
    record: (row.candidate ?? {}) as Row,
    entities,
  };
}

/** Properties of the merged entity never copied onto the kept one: identity and derived values. */
const PROTECTED = [
  'id',
  'entityType',
  'name',
  'nameKey',
  'tokenKey',
  'aliases',
  'aliasText',
  'createdAt',
  'updatedAt',
  'needsReview',
  'reviewReasons',
  ...Object.values(PREDICATES).flatMap((rule: PredicateRule) =>
    rule.property === undefined ? [] : [rule.property, `${rule.property}AsOf`],
  ),
];

/**
 * Merges entity `mergeId` into `keepId` (same type), in one transaction: every claim about the
 * merged entity (as subject or object) now points to the kept one; its name and aliases become
 * aliases of the kept one, and properties the kept one lacks are filled; its gazetteer links
 * move; the relationships and derived properties its claims support are re-derived on the kept
 * one (`recount`, as the writer does); the merged
 * entity is deleted; their candidate duplicate is marked MERGED (recorded as MANUAL when none
 * was proposed) and its other candidates point to the kept one. Throws NOT_FOUND for an unknown
 * id, BAD_USER_INPUT for the same id twice or entities of different types.
 */
export async function mergeEntities(
  graph: Graph,
  keepId: string,
  mergeId: string,
  actor: string,
): Promise<MergeResult> {
  return graph.writeTransaction(
    (tx) => mergeEntitiesTx(tx, keepId, mergeId, actor),
    `merge ${mergeId} into ${keepId}`,
  );
}

/** `mergeEntities` inside a write transaction the caller holds (e.g. with an audit record). */
export async function mergeEntitiesTx(
  tx: Tx,
  keepId: string,
  mergeId: string,
  actor: string,
): Promise<MergeResult> {
  if (keepId === mergeId) {
    throw new OutpostError(ErrorCode.BAD_USER_INPUT, `cannot merge ${keepId} into itself`);
  }
  const params = { keep: keepId, merge: mergeId };
  const [check] = await tx.run('review/merge-check', params);
  const keep = check?.keep as ReviewEntity | null | undefined;
  const merged = check?.merge as ReviewEntity | null | undefined;
  if (!keep || !merged) {
    const missing = [!keep ? keepId : undefined, !merged ? mergeId : undefined].filter(Boolean);
    throw new OutpostError(ErrorCode.NOT_FOUND, `no entity ${missing.join(' and no entity ')}`, {
      hint: 'Entity ids look like person:lu-jianwang; `outpost review list` shows them.',
    });
  }
  if (keep.entityType !== merged.entityType) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `cannot merge a ${merged.entityType} (${mergeId}) into a ${keep.entityType} (${keepId})`,
      { hint: 'Only entities of the same type can be the same thing.' },
    );
  }
  const triples = await tx.run('review/merge-claim-triples', params);
  const [moved] = await tx.run('review/merge-move-claims', params);
  const [aliases] = await tx.run('review/merge-aliases', { ...params, protected: PROTECTED });
  const [links] = await tx.run('review/merge-reference-links', params);
  await tx.run('review/merge-record', { ...params, id: pairId(keepId, mergeId), actor });
  const [candidates] = await tx.run('review/merge-candidates', { ...params, actor });
  await tx.run('review/merge-delete', params);
  const affected = triples.filter((row) => typeof row.subject === 'string').map(toAffected);
  const { kept: relationships } = await recount(tx, affected, DEFAULT_BATCH_SIZE);
  return {
    keep,
    merged,
    claimsMoved: Number(moved?.subjects ?? 0) + Number(moved?.objects ?? 0),
    aliasesAdded: (aliases?.added as string[] | undefined) ?? [],
    referenceLinksMoved: Number(links?.moved ?? 0),
    relationships,
    candidatesMerged: Number(candidates?.merged ?? 0),
    candidatesRepointed: Number(candidates?.repointed ?? 0),
  };
}

/** The id of a candidate duplicate recorded by a person for the pair (a, b), in either order. */
export function pairId(a: string, b: string): string {
  const [x, y] = [a, b].sort() as [string, string];
  return `dup:manual:${createHash('sha256').update(`${x}\u0000${y}`).digest('hex').slice(0, 24)}`;
}

function toEntity(value: unknown): ReviewEntity {
  const row = (value ?? {}) as Record<string, unknown>;
  const entity: ReviewEntity = {
    id: String(row.id),
    entityType: String(row.entityType),
    name: String(row.name),
  };
  if (Array.isArray(row.aliases)) entity.aliases = row.aliases.map(String);
  if (typeof row.claims === 'number') entity.claims = row.claims;
  if (Array.isArray(row.reviewReasons)) entity.reviewReasons = row.reviewReasons.map(String);
  return entity;
}

function toCandidate(value: unknown, entities: unknown): ReviewCandidate {
  const row = (value ?? {}) as Record<string, unknown>;
  return {
    id: String(row.id),
    status: String(row.status) as ReviewCandidate['status'],
    reason: String(row.reason),
    score: Number(row.score ?? 0),
    entities: Array.isArray(entities) ? entities.map(toEntity) : [],
  };
}
