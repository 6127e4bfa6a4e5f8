import type { ApiContext } from '../context.js';
import { VERSION } from '../../version.js';

/** Resolvers of `health`: a live check of Neo4j, never an error (it reports one instead). */
export const healthResolvers = {
  Query: {
    health: async (_root: unknown, _args: unknown, { graph }: ApiContext) => {
      const neo4j = {
        reachable: false,
        uri: graph.settings.uri,
        version: null as string | null,
        edition: null as string | null,
        schemaVersion: null as string | null,
        error: null as string | null,
      };
      try {
        const [server] = await graph.read('read/server-components');
        const [schema] = await graph.read('read/schema-version');
        neo4j.reachable = true;
        neo4j.version = (server?.version as string) ?? null;
        neo4j.edition = (server?.edition as string) ?? null;
        neo4j.schemaVersion = (schema?.latest as string) ?? null;
      } catch (error) {
        neo4j.error = (error as Error).message;
      }
      return { ok: neo4j.reachable, version: VERSION, neo4j };
    },
  },
};
