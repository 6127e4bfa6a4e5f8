/** All resolvers, one module per type or root-field family, merged here. */
import { actorResolvers } from './actors.js';
import { auditResolvers } from './audit.js';
import { entityResolvers } from './entity.js';
import { eventResolvers } from './event.js';
import { evidenceResolvers } from './evidence.js';
import { healthResolvers } from './health.js';
import { importResolvers } from './imports.js';
import { neighbourhoodResolvers } from './neighbourhood.js';
import { pathsResolvers } from './paths.js';
import { placeResolvers } from './places.js';
import { relationshipResolvers } from './relationship.js';
import { retractResolvers } from './retract.js';
import { reviewResolvers } from './review.js';
import { scalarResolvers } from './scalars.js';
import { searchResolvers } from './search.js';
import { sourcesResolvers } from './sources.js';
import { stationResolvers } from './station.js';
import { stationsResolvers } from './stations.js';
import { statsResolvers } from './stats.js';
import { timelineResolvers } from './timeline.js';

/** The resolver maps, merged by makeExecutableSchema. */
export const resolvers = [
  scalarResolvers,
  healthResolvers,
  entityResolvers,
  stationResolvers,
  actorResolvers,
  placeResolvers,
  eventResolvers,
  evidenceResolvers,
  relationshipResolvers,
  searchResolvers,
  stationsResolvers,
  neighbourhoodResolvers,
  pathsResolvers,
  timelineResolvers,
  sourcesResolvers,
  statsResolvers,
  reviewResolvers,
  auditResolvers,
  importResolvers,
  retractResolvers,
];
