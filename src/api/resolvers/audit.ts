/** `Query.auditLog` (admin): the record of mutations, newest first. */
import type { Row } from '../../graph/gateway.js';
import type { ApiContext } from '../context.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';

/** Resolvers of the audit log. */
export const auditResolvers = {
  Query: {
    auditLog: async (
      _root: unknown,
      args: { first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const limit = pageSize(args.first, 20);
      const after = args.after
        ? decodeCursor(args.after, 'audit', { a: 'string', i: 'string' })
        : undefined;
      const rows = await ctx.query('read/audit-page', {
        afterAt: after?.a ?? '',
        afterId: after?.i ?? '',
        limit: limit + 1,
      });
      const edges = rows.slice(0, limit).map((row) => {
        const node = row.node as Row;
        return { cursor: encodeCursor('audit', { a: String(node.at), i: String(node.id) }), node };
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
  MutationRecord: {
    details: (record: Row) => {
      if (typeof record.details !== 'string') return null;
      try {
        return JSON.parse(record.details) as unknown;
      } catch {
        return record.details;
      }
    },
  },
};
