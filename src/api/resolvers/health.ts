/** `Query.health`: a live check of Neo4j, never an error (it reports one instead). */
import type { ApiContext } from '../context.js';
import { checkHealth } from '../health.js';

/** Resolvers of `health`. */
export const healthResolvers = {
  Query: {
    health: async (_root: unknown, _args: unknown, ctx: ApiContext) => {
      const report = await checkHealth(ctx.graph, ctx.settings.healthTimeoutMs);
      return { ...report, neo4j: { ...report.neo4j, uri: ctx.graph.settings.uri } };
    },
  },
};
