/** The place types: City, Region and Country, with the stations in them. */
import type { ApiContext } from '../context.js';
import { pageSize } from '../pagination.js';
import type { EntityValue } from '../values.js';
import { claimField, entityFields, linkField, type FirstArgs } from './shared.js';

interface StationsArgs extends FirstArgs {
  status?: string[] | null;
}

const placeFields = {
  ...entityFields,
  stations: async (place: EntityValue, args: StationsArgs, ctx: ApiContext) =>
    (
      await ctx.loaders.placeStations(place.id, {
        status: args.status && args.status.length > 0 ? args.status : null,
        limit: pageSize(args.first, 20),
      })
    ).stations,
  stationCount: async (place: EntityValue, args: StationsArgs, ctx: ApiContext) =>
    (
      await ctx.loaders.placeStations(place.id, {
        status: args.status && args.status.length > 0 ? args.status : null,
        limit: 0,
      })
    ).total,
  located: linkField(['LOCATED_IN'], 'IN'),
  residents: linkField(['RESIDENT_OF'], 'IN'),
  figures: claimField(['HAS_FIGURE']),
};

const country = (place: EntityValue, _args: unknown, ctx: ApiContext) =>
  ctx.loaders.places(place.id).then((p) => p.country);

/** Resolvers of City, Region and Country. */
export const placeResolvers = {
  City: {
    ...placeFields,
    country,
    region: (city: EntityValue, _args: unknown, ctx: ApiContext) =>
      ctx.loaders.places(city.id).then((p) => p.region),
  },
  Region: { ...placeFields, country },
  Country: { ...placeFields },
};
