/** `Query.search`: fulltext over names and aliases, ranked, paginated by offset cursors. */
import type { ApiContext } from '../context.js';
import { searchQueries } from '../lucene.js';
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
      const after = args.after
        ? decodeCursor(args.after, 'search', { o: 'number', t: 'number' })
        : undefined;
      const offset = after?.o ?? 0;
      const queries = searchQueries(args.query);
      const types = args.types ?? [];
      // The first query; the wider one (a second typo in long words) when the first finds
      // nothing at all, and for the later pages of a search that needed it (src/api/lucene.ts).
      let typos = after?.t === 2 && queries.wider !== null ? 2 : 1;
      let lucene = typos === 2 ? (queries.wider ?? queries.first) : queries.first;
      let rows = await ctx.query('read/search', { lucene, types, offset, limit: limit + 1 });
      if (rows.length === 0 && offset === 0 && typos === 1 && queries.wider !== null) {
        typos = 2;
        lucene = queries.wider;
        rows = await ctx.query('read/search', { lucene, types, offset, limit: limit + 1 });
      }
      const edges = rows.slice(0, limit).flatMap((row, i) => {
        const node = asEntity(row.node);
        return node === null
          ? []
          : [
              {
                cursor: encodeCursor('search', { o: offset + i + 1, t: typos }),
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
