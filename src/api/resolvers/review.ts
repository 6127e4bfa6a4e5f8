/**
 * Review of candidate duplicates: `Query.duplicates`, and the admin mutations `mergeEntities`
 * (the same merge as `outpost review merge`: src/graph/review.ts) and `markNotDuplicate`. Each
 * runs in one write transaction with its audit record.
 */
import type { Row } from '../../graph/gateway.js';
import { markNotDuplicateTx, mergeEntitiesTx } from '../../graph/review.js';
import { recordInTransaction } from '../audit.js';
import type { ApiContext } from '../context.js';
import { badInput, notFound } from '../errors.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';
import { asEntity, num, str, type EntityValue } from '../values.js';

/** The CandidateDuplicate type's value. */
function duplicateValue(node: unknown, entities: unknown): Row & { entities: EntityValue[] } {
  return {
    ...((node ?? {}) as Row),
    entities: Array.isArray(entities) ? entities.flatMap((e) => asEntity(e) ?? []) : [],
  };
}

/** Resolvers of duplicates review. */
export const reviewResolvers = {
  Query: {
    duplicates: async (
      _root: unknown,
      args: { status?: string | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const limit = pageSize(args.first, 20);
      const after = args.after ? decodeCursor(args.after, 'duplicate', { i: 'string' }) : undefined;
      const rows = await ctx.query('read/duplicates-page', {
        status: args.status ?? '',
        afterId: after?.i ?? '',
        limit: limit + 1,
      });
      const edges = rows.slice(0, limit).map((row) => {
        const node = duplicateValue(row.node, row.entities);
        return { cursor: encodeCursor('duplicate', { i: String(node.id) }), node };
      });
      return {
        edges,
        pageInfo: pageInfo(
          edges.map((e) => e.cursor),
          rows.length > limit,
          after !== undefined,
        ),
      };
    },
  },
  CandidateDuplicate: {
    score: (d: Row) => num(d.score),
    reason: (d: Row) => str(d.reason),
    createdAt: (d: Row) => str(d.createdAt),
    resolvedBy: (d: Row) => str(d.resolvedBy),
    resolvedAt: (d: Row) => str(d.resolvedAt),
  },
  Mutation: {
    mergeEntities: async (
      _root: unknown,
      args: { keep: string; merge: string },
      ctx: ApiContext,
    ) => {
      const { keep, merge } = args;
      if (keep === merge) throw badInput('merge', 'must be another entity than keep');
      const outcome = await ctx.graph.writeTransaction(async (tx) => {
        const merged = await mergeEntitiesTx(tx, keep, merge, ctx.principal.name);
        const result = {
          claimsMoved: merged.claimsMoved,
          aliasesAdded: merged.aliasesAdded,
          relationships: merged.relationships,
        };
        await recordInTransaction(tx, ctx.principal, {
          action: 'mergeEntities',
          target: keep,
          details: { keep, merge, mergedName: merged.merged.name ?? null, ...result },
        });
        return result;
      }, `mergeEntities ${merge} -> ${keep}`);
      const [row] = await ctx.read('read/entities-by-id', { batch: { keys: [keep] } });
      return { entity: asEntity(row?.node), ...outcome };
    },
    markNotDuplicate: async (_root: unknown, args: { a: string; b: string }, ctx: ApiContext) => {
      const { a, b } = args;
      if (a === b) throw badInput('b', 'must be another entity than a');
      return ctx.graph.writeTransaction(async (tx) => {
        const [check] = await tx.run('api/merge-check', { keep: a, merge: b });
        if (!check?.keep) throw notFound('entity', a);
        if (!check?.merge) throw notFound('entity', b);
        const done = await markNotDuplicateTx(tx, a, b, ctx.principal.name);
        const duplicate = duplicateValue(done.record, done.entities);
        await recordInTransaction(tx, ctx.principal, {
          action: 'markNotDuplicate',
          target: String(duplicate.id),
          details: { a, b, existed: done.existed },
        });
        return duplicate;
      }, `markNotDuplicate ${a} ${b}`);
    },
  },
};
