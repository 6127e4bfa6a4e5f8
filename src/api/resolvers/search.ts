/** `Query.search`: fulltext over names and aliases, ranked, paginated by offset cursors. */
import type { ApiContext } from '../context.js';
import { buildSearchQuery } from '../lucene.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';
import { asEntity, num } from '../values.js';

interface SearchArgs {
  query: string;
  types?: string[] | null;
  first?: number | null;
  after?: string | null;
}

/** Resolvers of the `search` root field. */
export const searchResolvers = {
  Query: {
    search: async (_root: unknown, args: SearchArgs, ctx: ApiContext) => {
      const limit = pageSize(args.first, 20);
      const offset = args.after ? decodeCursor(args.after, 'search', { o: 'number' }).o : 0;
      const lucene = buildSearchQuery(args.query);
      const types = args.types ?? [];
      const rows = await ctx.query('read/search', { lucene, types, offset, limit: limit + 1 });
      const edges = rows.slice(0, limit).flatMap((row, i) => {
        const node = asEntity(row.node);
        return node === null
          ? []
          : [
              {
                cursor: encodeCursor('search', { o: offset + i + 1 }),
                node,
                score: num(row.score),
              },
            ];
      });
      return {
        edges,
        pageInfo: pageInfo(
          edges.map((e) => e.cursor),
          rows.length > limit,
          offset > 0,
        ),
        totalCount: async () => {
          const [row] = await ctx.query('read/search-count', { lucene, types });
          return num(row?.total) ?? 0;
        },
      };
    },
  },
};
