/** All resolvers, one module per type or root-field family, merged here. */
import { healthResolvers } from './health.js';

export const resolvers = [healthResolvers];
