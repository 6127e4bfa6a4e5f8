/**
 * The API's integration tests' way in: start the API over the test graph on a free port with
 * known keys, and send GraphQL over real HTTP.
 */
import { hashKey, type ApiKeyEntry } from '../../src/auth/keys.js';
import type { Graph } from '../../src/graph/gateway.js';
import { startApi } from '../../src/api/server.js';
import type { ApiOptions, Logger, RunningApi } from '../../src/api/types.js';

/** The secrets of the test keys, by role. */
export const KEYS = {
  reader: 'test-reader-key-0123456789',
  writer: 'test-writer-key-0123456789',
  admin: 'test-admin-key-0123456789',
} as const;

/** The test keys as configured: hashes only. */
export const KEY_ENTRIES: ApiKeyEntry[] = (['reader', 'writer', 'admin'] as const).map((role) => ({
  name: `test-${role}`,
  role,
  sha256: hashKey(KEYS[role]),
}));

/** A logger that keeps what it is told, for tests that check what was logged. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string) => void lines.push(message);
  return { lines, debug: keep, info: keep, warn: keep, error: keep };
}

/** The answer to one GraphQL request. */
export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]
    | undefined;
  headers: Headers;
}

/** A started API with a client. */
export interface TestApi {
  api: RunningApi;
  logger: Logger & { lines: string[] };
  /** POSTs a query; `key` picks a test key by role (or gives a raw key). */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { key?: keyof typeof KEYS | { raw: string }; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

/** Starts the API over `graph` on 127.0.0.1 with the test keys and a memory logger. */
export async function startTestApi(graph: Graph, options: ApiOptions = {}): Promise<TestApi> {
  const logger = memoryLogger();
  const api = await startApi(graph, 0, '127.0.0.1', {
    keys: KEY_ENTRIES,
    readAccess: 'open',
    introspection: true,
    logger,
    ...options,
  });
  return {
    api,
    logger,
    gql: async (query, variables = {}, { key, headers = {} } = {}) => {
      const secret = key === undefined ? undefined : typeof key === 'string' ? KEYS[key] : key.raw;
      const res = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret === undefined ? {} : { authorization: `Bearer ${secret}` }),
          ...headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: GqlResponse['errors'] };
      return {
        status: res.status,
        data: body.data as never,
        errors: body.errors,
        headers: res.headers,
      };
    },
    close: () => api.close(),
  };
}

/** The code of the first error of a response. */
export function codeOf(response: GqlResponse): unknown {
  return response.errors?.[0]?.extensions?.code;
}

/**
 * A GraphQL response's data as the tests read it: its shape is the query's, and expect() checks
 * it, so a static type would only repeat the query.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Data = Record<string, any>;
