/** `Query.stats`: each field one count query, run only when asked for. */
import type { ApiContext } from '../context.js';
import { asEntity, num } from '../values.js';

const provenance = (ctx: ApiContext) =>
  ctx.once('stats-provenance', async () => (await ctx.query('read/stats-provenance'))[0] ?? {});

const count = (field: string) => async (_stats: unknown, _args: unknown, ctx: ApiContext) =>
  num((await provenance(ctx))[field]) ?? 0;

/** Resolvers of `stats` and the Stats type. */
export const statsResolvers = {
  Query: {
    stats: () => ({}),
  },
  Stats: {
    entities: async (_stats: unknown, _args: unknown, ctx: ApiContext) =>
      (await ctx.query('read/stats-entities')).map((row) => ({
        type: row.type,
        count: num(row.count) ?? 0,
      })),
    stationsByCountry: async (_stats: unknown, _args: unknown, ctx: ApiContext) =>
      (await ctx.query('read/stats-stations-by-country')).map((row) => ({
        country: asEntity(row.country),
        count: num(row.count) ?? 0,
      })),
    stationsByStatus: async (_stats: unknown, _args: unknown, ctx: ApiContext) =>
      (await ctx.query('read/stats-stations-by-status')).map((row) => ({
        status: row.status ?? null,
        count: num(row.count) ?? 0,
      })),
    stations: count('stations'),
    sources: count('sources'),
    publishers: count('publishers'),
    claims: count('claims'),
    retractedClaims: count('retractedClaims'),
    openDuplicates: count('openDuplicates'),
    needsReview: count('needsReview'),
  },
};
