/** `outpost neo4j start | stop | status`: the local Neo4j Community server. */
import type { Config } from '../config.js';
import { ErrorCode, OutpostError } from '../errors.js';
import { Graph } from '../graph/gateway.js';
import { connectionSettings, localServer, openGraph } from '../neo4j/connect.js';
import type { LocalNeo4j } from '../neo4j/localServer.js';

function requireLocal(config: Config): LocalNeo4j {
  const local = localServer(config);
  if (local === undefined) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `NEO4J_URI is set (${config.neo4j.uri}): that server is used and no local one is managed`,
      { hint: 'Unset NEO4J_URI to use the local Neo4j.' },
    );
  }
  return local;
}

/** Starts the local server (a no-op when it runs), applies the schema, prints the URI. */
export async function neo4jStart(config: Config): Promise<void> {
  requireLocal(config);
  const { graph, started, migrations } = await openGraph(config, { start: true, migrate: true });
  await graph.close();
  if (started === undefined) return;
  const how = started.alreadyRunning
    ? 'already running'
    : `started in ${(started.startMs / 1000).toFixed(1)} s` +
      (started.resolveMs > 1000
        ? ` (+${(started.resolveMs / 1000).toFixed(1)} s fetching Neo4j)`
        : '');
  process.stdout.write(`${started.uri}\n`);
  process.stderr.write(
    `Neo4j ${started.version} ${how}, pid ${started.pid}; schema ${migrations?.latest ?? 'none'}` +
      (migrations && migrations.applied.length > 0
        ? ` (applied ${migrations.applied.join(', ')})`
        : '') +
      '\n',
  );
}

/** Stops the local server cleanly. */
export async function neo4jStop(config: Config): Promise<void> {
  const local = requireLocal(config);
  const stopped = await local.stop();
  process.stderr.write(
    stopped ? `Neo4j stopped (${local.config.dataDir})\n` : 'Neo4j was not running\n',
  );
}

/** Prints URI, pid, Neo4j version and schema version; exit code 1 when it is not running. */
export async function neo4jStatus(config: Config): Promise<boolean> {
  const local = localServer(config);
  const status = local?.status();
  const lines: string[] = [];
  if (status !== undefined) {
    lines.push(`uri:            ${status.uri}`, `data:           ${status.dataDir}`);
    lines.push(`pid:            ${status.pid ?? '-'}`);
    if (!status.running) {
      lines.push('state:          stopped');
      process.stdout.write(`${lines.join('\n')}\n`);
      return false;
    }
  } else {
    lines.push(`uri:            ${config.neo4j.uri} (NEO4J_URI; not managed here)`);
  }
  const graph = await Graph.connect(connectionSettings(config));
  try {
    const [server] = await graph.read('read/server-components');
    const [schema] = await graph.read('read/schema-version');
    lines.push('state:          running');
    lines.push(`neo4j version:  ${String(server?.version)} (${String(server?.edition)})`);
    lines.push(
      `schema version: ${String(schema?.latest ?? 'none')} (${String(schema?.applied ?? 0)} migrations)`,
    );
  } finally {
    await graph.close();
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return true;
}
