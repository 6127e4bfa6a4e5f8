/** `outpost serve` and `outpost start`: the GraphQL API, with or without starting Neo4j. */
import { startApi } from '../api/server.js';
import { serveExplorer } from '../web/serveExplorer.js';
import { loadApiConfig, type ApiConfig, type Config } from '../config.js';
import { openGraph } from '../neo4j/connect.js';

/**
 * Opens the graph (starting the local Neo4j when `startNeo4j` and NEO4J_URI is unset), applies
 * the schema, loads the samples into an empty graph when asked, and serves until SIGINT/SIGTERM,
 * then drains the requests in flight and closes the driver. The API's access and limits are
 * `options.api`, else read from the environment (checked before anything starts).
 */
export async function serve(
  config: Config,
  options: { startNeo4j: boolean; loadSamples?: boolean; api?: ApiConfig },
): Promise<void> {
  const apiConfig = options.api ?? loadApiConfig();
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
  const api = await startApi(graph, config.port, undefined, {
    ...apiConfig,
    otherRoutes: serveExplorer,
  });
  process.stderr.write(`GraphQL API ready at ${api.url} (${describeAccess(apiConfig)})\n`);
  process.stderr.write(`Explorer at ${api.url.replace(/graphql$/, '')}\n`);
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

/** "reading open; keys: 1 admin, 2 writer" */
function describeAccess(api: ApiConfig): string {
  const roles = new Map<string, number>();
  for (const key of api.keys) roles.set(key.role, (roles.get(key.role) ?? 0) + 1);
  const keys = [...roles].map(([role, count]) => `${count} ${role}`).join(', ');
  return `reading ${api.readAccess === 'open' ? 'open' : 'by key only'}; keys: ${keys || 'none, so no writes'}`;
}
