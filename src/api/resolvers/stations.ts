/** `Query.stations`: stations by country, city, region, status, bureau, host, network, dates. */
import type { ApiContext } from '../context.js';
import { dateRange } from '../dates.js';
import { badInput } from '../errors.js';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../pagination.js';
import { asEntity, num } from '../values.js';

/** The StationFilter input. */
export interface StationFilter {
  country?: string | null;
  city?: string | null;
  region?: string | null;
  status?: string[] | null;
  operatedBy?: string | null;
  hostedBy?: string | null;
  network?: string | null;
  reportedFrom?: string | null;
  reportedTo?: string | null;
}

/** The Cypher parameters of a station filter (every key present; '' or []: no condition). */
export function stationFilterParams(
  filter: StationFilter | null | undefined,
): Record<string, unknown> {
  const f = filter ?? {};
  const reported = dateRange(f.reportedFrom, f.reportedTo, [
    'filter.reportedFrom',
    'filter.reportedTo',
  ]);
  return {
    status: f.status ?? [],
    country: f.country == null ? '' : countryCode(f.country, 'filter.country'),
    city: f.city ?? '',
    region: f.region ?? '',
    operatedBy: f.operatedBy ?? '',
    hostedBy: f.hostedBy ?? '',
    network: f.network ?? '',
    reportedFrom: reported.from,
    reportedTo: reported.to,
  };
}

/** An ISO 3166-1 alpha-2 code, upper-cased; BAD_USER_INPUT naming `argument` otherwise. */
export function countryCode(value: string, argument: string): string {
  const code = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) {
    throw badInput(argument, `"${value}" is not an ISO 3166-1 alpha-2 country code such as NL`);
  }
  return code;
}

/** Resolvers of the `stations` root field. */
export const stationsResolvers = {
  Query: {
    stations: async (
      _root: unknown,
      args: { filter?: StationFilter | null; first?: number | null; after?: string | null },
      ctx: ApiContext,
    ) => {
      const limit = pageSize(args.first, 20);
      const filter = stationFilterParams(args.filter);
      const after = args.after
        ? decodeCursor(args.after, 'station', {
            n: 'string',
            i: 'string',
          })
        : undefined;
      const rows = await ctx.query('read/stations-page', {
        ...filter,
        afterKey: after?.n ?? '',
        afterId: after?.i ?? '',
        limit: limit + 1,
      });
      const edges = rows.slice(0, limit).flatMap((row) => {
        const node = asEntity(row.node);
        if (node === null) return [];
        const cursor = encodeCursor('station', { n: String(node.nameKey ?? ''), i: node.id });
        return [{ cursor, node }];
      });
      return {
        edges,
        pageInfo: pageInfo(
          edges.map((e) => e.cursor),
          rows.length > limit,
          after !== undefined,
        ),
        totalCount: async () => {
          const [row] = await ctx.query('read/stations-count', filter);
          return num(row?.total) ?? 0;
        },
      };
    },
  },
};
