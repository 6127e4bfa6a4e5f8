/**
 * Vitest global setup of the integration tier: a real Neo4j for the whole run. Unless NEO4J_URI
 * is set, it starts the project's local Neo4j (its own data folder, data/neo4j-test, and port,
 * OUTPOST_TEST_NEO4J_PORT or 7688, so that a developer's graph is never touched), applies the
 * schema, and stops the server at the end if it started it.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { connectionSettings, openGraph } from '../../src/neo4j/connect.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string | undefined };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== '';
  const config = loadConfig(
    external
      ? {}
      : {
          dataDir: process.env.OUTPOST_TEST_DATA_DIR ?? 'data/neo4j-test',
          localPort: process.env.OUTPOST_TEST_NEO4J_PORT ?? '7688',
        },
  );
  const started = performance.now();
  const {
    graph,
    started: local,
    local: server,
  } = await openGraph(config, {
    start: !external,
    migrate: true,
  });
  await graph.close();
  const settings = connectionSettings(config);
  project.provide('neo4j', {
    uri: settings.uri,
    user: settings.user,
    password: settings.password,
    database: settings.database,
  });
  process.stderr.write(
    external
      ? `[test] using Neo4j at ${settings.uri} (NEO4J_URI)\n`
      : `[test] local Neo4j ${local?.version} at ${settings.uri} ${local?.alreadyRunning ? '(already running)' : `started in ${((performance.now() - started) / 1000).toFixed(1)} s`}\n`,
  );
  return async () => {
    if (server !== undefined && local !== undefined && !local.alreadyRunning) await server.stop();
  };
}
