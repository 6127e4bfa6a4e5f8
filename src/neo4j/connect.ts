/**
 * Opening the graph: the server named by NEO4J_URI when it is set (nothing is started), else the
 * local Neo4j (started when asked to). Schema migrations are applied on the way in.
 */
import type { Config } from '../config.js';
import { ErrorCode, OutpostError } from '../errors.js';
import { Graph, type ConnectionSettings } from '../graph/gateway.js';
import { migrate, type MigrationReport } from '../graph/migrate.js';
import { LocalNeo4j, type StartResult } from './localServer.js';

/** An open graph and how it was reached. */
export interface OpenGraph {
  graph: Graph;
  /** The local server, when NEO4J_URI is not set. */
  local: LocalNeo4j | undefined;
  /** Set when this call started (or found running) the local server. */
  started: StartResult | undefined;
  migrations: MigrationReport | undefined;
}

/** The local server for this configuration, or undefined when NEO4J_URI points elsewhere. */
export function localServer(config: Config): LocalNeo4j | undefined {
  return config.neo4j.uri === undefined
    ? new LocalNeo4j(config.local, config.neo4j.password)
    : undefined;
}

/** Where to connect and with which credentials. */
export function connectionSettings(config: Config): ConnectionSettings {
  const local = localServer(config);
  if (local !== undefined) {
    return {
      uri: local.uri,
      user: 'neo4j',
      password: local.password(),
      database: config.neo4j.database,
    };
  }
  if (config.neo4j.password === undefined) {
    throw new OutpostError(ErrorCode.CONFIG_INVALID, 'NEO4J_PASSWORD: needed with NEO4J_URI', {
      hint: 'Set NEO4J_PASSWORD (and NEO4J_USER if it is not neo4j) for the server at NEO4J_URI.',
    });
  }
  return {
    uri: config.neo4j.uri as string,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
  };
}

/** Connects to `uri` and returns the server's version; retries until Bolt answers or 30 s pass. */
export async function waitForBolt(
  settings: Omit<ConnectionSettings, 'uri' | 'password'>,
  uri: string,
  password: string,
  timeoutMs = 30_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const graph = await Graph.connect({ ...settings, uri, password });
      try {
        const [row] = await graph.read('read/server-components');
        return String(row?.version ?? 'unknown');
      } finally {
        await graph.close();
      }
    } catch (error) {
      if ((error as OutpostError).code !== ErrorCode.SERVICE_UNAVAILABLE || Date.now() > deadline)
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Opens the graph. With `start`, the local server is started when NEO4J_URI is not set; with
 * `migrate`, pending schema migrations are applied.
 */
export async function openGraph(
  config: Config,
  options: { start?: boolean; migrate?: boolean } = {},
): Promise<OpenGraph> {
  const local = localServer(config);
  let started: StartResult | undefined;
  if (local !== undefined && options.start) {
    started = await local.start((uri, password) =>
      waitForBolt({ user: 'neo4j', database: config.neo4j.database }, uri, password),
    );
  }
  const graph = await Graph.connect(connectionSettings(config));
  try {
    const migrations = options.migrate ? await migrate(graph) : undefined;
    return { graph, local, started, migrations };
  } catch (error) {
    await graph.close();
    throw error;
  }
}
