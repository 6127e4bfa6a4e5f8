/** `Query.timeline`: events by entity, country, type and dates, in date order. */
import type { ApiContext } from '../context.js';
import { dateRange } from '../dates.js';
import { MAX_PAGE_SIZE, pageSize } from '../pagination.js';
import { asEntity } from '../values.js';
import { countryCode } from './stations.js';

interface TimelineFilter {
  entity?: string | null;
  country?: string | null;
  types?: string[] | null;
  from?: string | null;
  to?: string | null;
}

/** Resolvers of the `timeline` root field. */
export const timelineResolvers = {
  Query: {
    timeline: async (
      _root: unknown,
      args: { filter?: TimelineFilter | null; limit?: number | null },
      ctx: ApiContext,
    ) => {
      const limit = pageSize(args.limit, MAX_PAGE_SIZE, 'limit');
      const f = args.filter ?? {};
      const range = dateRange(f.from, f.to, ['filter.from', 'filter.to']);
      const rows = await ctx.query('read/timeline', {
        entity: f.entity ?? '',
        country: f.country == null ? '' : countryCode(f.country, 'filter.country'),
        types: f.types ?? [],
        from: range.from,
        to: range.to,
        limit,
      });
      return rows.flatMap((row) => asEntity(row.node) ?? []);
    },
  },
};
