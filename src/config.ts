/**
 * The one place configuration is read. Explicit options override environment variables;
 * everything is checked here, at startup, and a bad value names the variable to fix.
 */
import { resolve } from 'node:path';
import { ErrorCode, OutpostError } from './errors.js';

/** Where the graph lives: an external server (NEO4J_URI) or the local embedded default. */
export interface Neo4jConfig {
  /** Set when NEO4J_URI is given: that server is used and nothing is started. */
  uri: string | undefined;
  user: string;
  /** From NEO4J_PASSWORD; for the local server, undefined means "the generated one". */
  password: string | undefined;
  /** Database name; undefined means the server's default database. */
  database: string | undefined;
}

/** The local Neo4j Community server started by `outpost neo4j start`. */
export interface LocalNeo4jConfig {
  port: number;
  /** Its home: store files, logs, pid file and generated password. */
  dataDir: string;
  heap: string;
  pagecache: string;
  startTimeoutMs: number;
}

export interface Config {
  neo4j: Neo4jConfig;
  local: LocalNeo4jConfig;
  /** HTTP port of the GraphQL API. */
  port: number;
}

/** Options given in code or on the command line; each one overrides its variable. */
export interface ConfigOptions {
  neo4jUri?: string;
  neo4jUser?: string;
  neo4jPassword?: string;
  neo4jDatabase?: string;
  port?: number | string;
  dataDir?: string;
  localPort?: number | string;
  heap?: string;
  pagecache?: string;
  startTimeoutSeconds?: number | string;
}

const URI_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];
const MEMORY_SIZE = /^\d+[kmg]$/i;

/** Reads and checks the configuration; throws CONFIG_INVALID naming the variable at fault. */
export function loadConfig(
  options: ConfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): Config {
  const pick = (option: string | number | undefined, variable: string): string | undefined => {
    if (option !== undefined && option !== '') return String(option);
    const value = env[variable];
    return value === undefined || value === '' ? undefined : value;
  };

  const uri = pick(options.neo4jUri, 'NEO4J_URI');
  if (uri !== undefined) checkUri(uri);

  return {
    neo4j: {
      uri,
      user: pick(options.neo4jUser, 'NEO4J_USER') ?? 'neo4j',
      password: pick(options.neo4jPassword, 'NEO4J_PASSWORD'),
      database: pick(options.neo4jDatabase, 'NEO4J_DATABASE'),
    },
    local: {
      port: toPort(pick(options.localPort, 'OUTPOST_NEO4J_PORT') ?? '7687', 'OUTPOST_NEO4J_PORT'),
      dataDir: resolve(pick(options.dataDir, 'OUTPOST_DATA_DIR') ?? 'data/neo4j'),
      heap: toMemory(pick(options.heap, 'OUTPOST_NEO4J_HEAP') ?? '512m', 'OUTPOST_NEO4J_HEAP'),
      pagecache: toMemory(
        pick(options.pagecache, 'OUTPOST_NEO4J_PAGECACHE') ?? '256m',
        'OUTPOST_NEO4J_PAGECACHE',
      ),
      startTimeoutMs:
        toPositiveInt(
          pick(options.startTimeoutSeconds, 'OUTPOST_NEO4J_START_TIMEOUT') ?? '180',
          'OUTPOST_NEO4J_START_TIMEOUT',
        ) * 1000,
    },
    port: toPort(pick(options.port, 'PORT') ?? '4000', 'PORT'),
  };
}

function invalid(variable: string, message: string): OutpostError {
  return new OutpostError(ErrorCode.CONFIG_INVALID, `${variable}: ${message}`, {
    hint: `Fix or unset ${variable} (see README, "Configuration").`,
    details: { variable },
  });
}

function checkUri(uri: string): void {
  const scheme = /^([a-z0-9+]+):\/\//i.exec(uri)?.[1]?.toLowerCase();
  if (scheme === undefined || !URI_SCHEMES.includes(scheme)) {
    throw invalid(
      'NEO4J_URI',
      `"${uri}" is not a Neo4j URI; expected one of ${URI_SCHEMES.map((s) => `${s}://`).join(', ')}`,
    );
  }
}

function toPositiveInt(value: string, variable: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw invalid(variable, `"${value}" is not a positive whole number`);
  }
  return Number(value);
}

function toPort(value: string, variable: string): number {
  const port = toPositiveInt(value, variable);
  if (port > 65535) throw invalid(variable, `${port} is not a TCP port (1-65535)`);
  return port;
}

function toMemory(value: string, variable: string): string {
  if (!MEMORY_SIZE.test(value)) {
    throw invalid(variable, `"${value}" is not a memory size such as 512m or 2g`);
  }
  return value.toLowerCase();
}
