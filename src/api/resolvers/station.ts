/** The Station type: status and its history, places, and its typed links. */
import { STATION_STATUSES } from '../../findings/vocabulary.js';
import type { ApiContext } from '../context.js';
import { num, type EntityValue } from '../values.js';
import { entityFields, linkField, placeFields } from './shared.js';

/** Most HAS_STATUS claims read for one station's history. */
const MAX_HISTORY = 100;

/** Resolvers of Station. */
export const stationResolvers = {
  Station: {
    ...entityFields,
    ...placeFields,
    status: (station: EntityValue) =>
      (STATION_STATUSES as readonly unknown[]).includes(station.status) ? station.status : null,
    statusHistory: async (station: EntityValue, _args: unknown, ctx: ApiContext) => {
      const claims = await ctx.loaders.claims(station.id, {
        predicates: ['HAS_STATUS'],
        includeRetracted: false,
        limit: MAX_HISTORY,
      });
      return (
        claims
          .filter((c) => (STATION_STATUSES as readonly unknown[]).includes(c.claim.value))
          .map((c) => ({
            status: c.claim.value,
            date: (c.claim.date ?? c.source.published ?? null) as string | null,
            claim: c,
          }))
          // Oldest first; on one date, in the reverse of the writer's choice of the current status
          // (confidence, then id), so that the last entry is the current status.
          .sort(
            (a, b) =>
              (a.date ?? '').localeCompare(b.date ?? '') ||
              (num(a.claim.claim.confidence) ?? 0) - (num(b.claim.claim.confidence) ?? 0) ||
              String(b.claim.claim.id).localeCompare(String(a.claim.claim.id)),
          )
      );
    },
    locatedIn: linkField(['LOCATED_IN'], 'OUT'),
    operatedBy: linkField(['OPERATED_BY'], 'OUT'),
    hostedBy: linkField(['HOSTED_BY'], 'OUT'),
    networks: linkField(['OPERATED_BY', 'HOSTED_BY'], 'OUT', ['Network']),
    targets: linkField(['TARGETS'], 'OUT'),
    reportedBy: linkField(['REPORTED_BY'], 'OUT'),
    investigatedBy: linkField(['INVESTIGATED_BY'], 'OUT'),
    affiliates: linkField(['AFFILIATED_WITH'], 'IN'),
    events: linkField(['PARTICIPANT_IN'], 'OUT'),
  },
};
