/** `Query.sources` (paginated, newest first) and `Query.source`. */
import type { ApiContext } from '../context.js';
import { dateRange } from '../dates.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';
import { num } from '../values.js';
import type { Row } from '../../graph/gateway.js';

interface SourceFilter {
  publisher?: string | null;
  kind?: string | null;
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

/** Resolvers of the `sources` and `source` root fields. */
export const sourcesResolvers = {
  Query: {
    source: (_root: unknown, args: { id: string }, ctx: ApiContext) => ctx.loaders.source(args.id),
    sources: async (
      _root: unknown,
      args: { filter?: SourceFilter | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const limit = pageSize(args.first, 20);
      const f = args.filter ?? {};
      const range = dateRange(f.publishedFrom, f.publishedTo, [
        'filter.publishedFrom',
        'filter.publishedTo',
      ]);
      const filter = {
        publisher: f.publisher?.trim() ?? '',
        kind: f.kind ?? '',
        from: range.from,
        to: range.to,
      };
      const after = args.after
        ? decodeCursor(args.after, 'source', { p: 'string', i: 'string' })
        : undefined;
      const rows = await ctx.query('read/sources-page', {
        ...filter,
        afterPublished: after?.p ?? '',
        afterId: after?.i ?? '',
        limit: limit + 1,
      });
      const edges = rows.slice(0, limit).map((row) => {
        const node = row.node as Row;
        const cursor = encodeCursor('source', {
          p: String(node.published ?? ''),
          i: String(node.id),
        });
        return { cursor, node };
      });
      return {
        edges,
        pageInfo: pageInfo(
          edges.map((e) => e.cursor),
          rows.length > limit,
          after !== undefined,
        ),
        totalCount: async () => {
          const [row] = await ctx.query('read/sources-count', filter);
          return num(row?.total) ?? 0;
        },
      };
    },
  },
};
