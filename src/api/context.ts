/**
 * What every resolver gets: the gateway, the caller, the request's batch loaders, a `read` that
 * applies the transaction timeout, and the API's settings.
 */
import type { Principal } from '../auth/roles.js';
import type { ApiConfig } from '../config.js';
import type { Graph, Params, Row } from '../graph/gateway.js';
import type { QueryName } from '../graph/queryNames.js';
import { Loaders } from './loaders/loaders.js';
import type { Logger } from './types.js';

/** The resolved settings of a running API. */
export interface ApiSettings extends ApiConfig {
  healthTimeoutMs: number;
  shutdownGraceMs: number;
  pathCandidates: number;
}

/** The context of one request. */
export interface ApiContext {
  graph: Graph;
  principal: Principal;
  settings: ApiSettings;
  logger: Logger;
  loaders: Loaders;
  /** Runs one named read query with the configured transaction timeout. */
  read(name: QueryName, params?: Params): Promise<Row[]>;
  /** Runs a root field's read query: its arguments as the one map parameter `$args`. */
  query(name: QueryName, args?: Params): Promise<Row[]>;
  /** Runs `work` once per request for `key` (several fields sharing one query). */
  once<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Builds a request's context. */
export function createContext(
  graph: Graph,
  principal: Principal,
  settings: ApiSettings,
  logger: Logger,
): ApiContext {
  const read = (name: QueryName, params: Params = {}) =>
    graph.read(name, params, { timeoutMs: settings.queryTimeoutMs });
  // The loaders' queries of one level run in one transaction: one connection, sent together.
  const readMany = (queries: { name: QueryName; params: Params }[]) =>
    graph.readTransaction(
      (tx) => Promise.all(queries.map((q) => tx.run(q.name, q.params))),
      queries.map((q) => q.name).join(' + '),
      { timeoutMs: settings.queryTimeoutMs },
    );
  const memo = new Map<string, Promise<unknown>>();
  return {
    graph,
    principal,
    settings,
    logger,
    loaders: new Loaders(read, readMany),
    read,
    query: (name: QueryName, args: Params = {}) => read(name, { args }),
    once: <T>(key: string, work: () => Promise<T>) => {
      let promise = memo.get(key) as Promise<T> | undefined;
      if (promise === undefined) {
        promise = work();
        memo.set(key, promise);
      }
      return promise;
    },
  };
}
