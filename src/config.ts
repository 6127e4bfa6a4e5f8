/**
 * The one place configuration is read. Explicit options override environment variables;
 * everything is checked here, at startup, and a bad value names the variable to fix.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  checkUnique,
  KeySpecError,
  parseKeyFile,
  parseKeyList,
  type ApiKeyEntry,
} from './auth/keys.js';
import type { ReadAccess } from './auth/policy.js';
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

/** The GraphQL API's access and limits (`outpost serve` / `start`; read by `loadApiConfig`). */
export interface ApiConfig {
  /** Configured keys (hashes only), from OUTPOST_API_KEYS and OUTPOST_API_KEYS_FILE. */
  keys: ApiKeyEntry[];
  /** `open`: anyone may read; `key`: every call needs a key (OUTPOST_READ_ACCESS). */
  readAccess: ReadAccess;
  /** Whether the schema can be introspected (OUTPOST_INTROSPECTION; default: not in production). */
  introspection: boolean;
  /** Deepest selection accepted (OUTPOST_MAX_DEPTH). */
  maxDepth: number;
  /** Largest estimated cost accepted (OUTPOST_MAX_COST): fields times the page sizes above them. */
  maxCost: number;
  /** Neo4j transaction timeout of each read, in ms (OUTPOST_QUERY_TIMEOUT, in seconds). */
  queryTimeoutMs: number;
}

/** Options of the API given in code or on the command line; each overrides its variable. */
export interface ApiConfigOptions {
  apiKeys?: string;
  apiKeysFile?: string;
  readAccess?: string;
  introspection?: boolean | string;
  maxDepth?: number | string;
  maxCost?: number | string;
  queryTimeoutSeconds?: number | string;
}

/** Defaults of the API limits. */
export const API_DEFAULTS = {
  maxDepth: 12,
  maxCost: 20_000,
  queryTimeoutSeconds: 15,
} as const;

/**
 * Reads and checks the API's configuration; throws CONFIG_INVALID naming the variable at fault.
 * Kept apart from `loadConfig` so that a bad key file stops `serve`, not `import` or `neo4j stop`.
 */
export function loadApiConfig(
  options: ApiConfigOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ApiConfig {
  const pick = (option: string | number | boolean | undefined, variable: string) => {
    if (option !== undefined && option !== '') return String(option);
    const value = env[variable];
    return value === undefined || value === '' ? undefined : value;
  };

  const listed = readKeys('OUTPOST_API_KEYS', () =>
    parseKeyList(pick(options.apiKeys, 'OUTPOST_API_KEYS') ?? ''),
  );
  const file = pick(options.apiKeysFile, 'OUTPOST_API_KEYS_FILE');
  const filed =
    file === undefined
      ? []
      : readKeys('OUTPOST_API_KEYS_FILE', () => {
          let text: string;
          try {
            text = readFileSync(resolve(file), 'utf8');
          } catch (error) {
            throw new KeySpecError(file, `cannot read: ${(error as Error).message}`);
          }
          return parseKeyFile(text);
        });
  const keys = [...listed, ...filed];
  try {
    checkUnique(keys);
  } catch (error) {
    throw new OutpostError(
      ErrorCode.CONFIG_INVALID,
      `OUTPOST_API_KEYS and OUTPOST_API_KEYS_FILE: ${(error as Error).message}`,
      {
        hint: 'Give each key one entry, in OUTPOST_API_KEYS or in OUTPOST_API_KEYS_FILE.',
        details: { variable: 'OUTPOST_API_KEYS' },
      },
    );
  }

  const readAccess = pick(options.readAccess, 'OUTPOST_READ_ACCESS') ?? 'open';
  if (readAccess !== 'open' && readAccess !== 'key') {
    throw invalid('OUTPOST_READ_ACCESS', `"${readAccess}" is neither open nor key`);
  }
  if (readAccess === 'key' && keys.length === 0) {
    throw invalid(
      'OUTPOST_READ_ACCESS',
      'is key but no key is configured (OUTPOST_API_KEYS or OUTPOST_API_KEYS_FILE), so nobody could read',
    );
  }

  const introspection = pick(options.introspection, 'OUTPOST_INTROSPECTION');
  return {
    keys,
    readAccess,
    introspection:
      introspection === undefined
        ? env.NODE_ENV !== 'production'
        : toBoolean(introspection, 'OUTPOST_INTROSPECTION'),
    maxDepth: toPositiveInt(
      pick(options.maxDepth, 'OUTPOST_MAX_DEPTH') ?? String(API_DEFAULTS.maxDepth),
      'OUTPOST_MAX_DEPTH',
    ),
    maxCost: toPositiveInt(
      pick(options.maxCost, 'OUTPOST_MAX_COST') ?? String(API_DEFAULTS.maxCost),
      'OUTPOST_MAX_COST',
    ),
    queryTimeoutMs: Math.round(
      toPositiveNumber(
        pick(options.queryTimeoutSeconds, 'OUTPOST_QUERY_TIMEOUT') ??
          String(API_DEFAULTS.queryTimeoutSeconds),
        'OUTPOST_QUERY_TIMEOUT',
      ) * 1000,
    ),
  };
}

function readKeys(variable: string, read: () => ApiKeyEntry[]): ApiKeyEntry[] {
  try {
    return read();
  } catch (error) {
    if (error instanceof KeySpecError) throw invalid(variable, error.message);
    throw error;
  }
}

function toBoolean(value: string, variable: string): boolean {
  const lower = value.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(lower)) return true;
  if (['false', '0', 'no', 'off'].includes(lower)) return false;
  throw invalid(variable, `"${value}" is not true or false`);
}

function toPositiveNumber(value: string, variable: string): number {
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) {
    throw invalid(variable, `"${value}" is not a positive number`);
  }
  return Number(value);
}
