/** `outpost serve` and `outpost start`: the GraphQL API, with or without starting Neo4j. */
import { startApi } from '../api/server.js';
import type { Config } from '../config.js';
import { openGraph } from '../neo4j/connect.js';

/**
 * Opens the graph (starting the local Neo4j when `startNeo4j` and NEO4J_URI is unset), applies
 * the schema, loads the samples into an empty graph when asked, and serves until SIGINT/SIGTERM.
 */
export async function serve(
  config: Config,
  options: { startNeo4j: boolean; loadSamples?: boolean },
): Promise<void> {
  const { graph, started, migrations } = await openGraph(config, {
    start: options.startNeo4j,
    migrate: true,
  });
  if (started) {
    process.stderr.write(
      `Neo4j ${started.version} ${started.alreadyRunning ? 'already running' : 'started'} at ${started.uri}\n`,
    );
  }
  process.stderr.write(`Schema ${migrations?.latest ?? 'none'}\n`);
  if (options.loadSamples) {
    const { loadSamplesIfEmpty } = await import('./samples.js');
    await loadSamplesIfEmpty(graph, (line) => process.stderr.write(`${line}\n`));
  }
  const api = await startApi(graph, config.port);
  process.stderr.write(`GraphQL API ready at ${api.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stderr.write(
    'Shutting down the API (Neo4j keeps running; `npx outpost neo4j stop` stops it)\n',
  );
  await api.close();
  await graph.close();
}
