/** The Event type: date with precision, place, participants with roles. */
import type { ApiContext } from '../context.js';
import type { EntityValue } from '../values.js';
import { DATE_PRECISION } from './scalars.js';
import { claimField, entityFields, linkField } from './shared.js';

/** Resolvers of Event. */
export const eventResolvers = {
  Event: {
    ...entityFields,
    datePrecision: (event: EntityValue) =>
      typeof event.datePrecision === 'string' && event.datePrecision in DATE_PRECISION
        ? event.datePrecision
        : null,
    place: async (event: EntityValue, _args: unknown, ctx: ApiContext) => {
      const [link] = await ctx.loaders.links(event.id, {
        types: ['LOCATED_IN'],
        direction: 'OUT',
        limit: 1,
      });
      return link?.entity ?? null;
    },
    country: (event: EntityValue, _args: unknown, ctx: ApiContext) =>
      ctx.loaders.places(event.id).then((p) => p.country),
    participants: linkField(['PARTICIPANT_IN'], 'IN'),
    targets: linkField(['TARGETS'], 'OUT'),
    reportedBy: linkField(['REPORTED_BY'], 'OUT'),
    figures: claimField(['HAS_FIGURE']),
  },
};
