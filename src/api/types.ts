/**
 * The API's public types: how to start it (ApiOptions) and what a running one offers
 * (RunningApi). Everything else under src/api/ is internal.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiConfig } from '../config.js';

/** Where the API writes what it hides from clients; console by default. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * Options of `startApi`: the API configuration (src/config.ts `loadApiConfig`, whose values from
 * the environment these override), and a few knobs for embedding and tests.
 */
export interface ApiOptions extends Partial<ApiConfig> {
  /** How long `/health` waits for Neo4j before reporting it unreachable (ms; default 3000). */
  healthTimeoutMs?: number;
  /** How long `close()` lets requests in flight finish before cutting connections (ms; 10000). */
  shutdownGraceMs?: number;
  /**
   * How many of the equally short paths between two entities `paths` ranks (default 200): a hub
   * can make thousands, and enumerating them all is what makes a path query slow.
   */
  pathCandidates?: number;
  logger?: Logger;
  /**
   * Serves paths other than /graphql and /health (e.g. the explorer, src/web/serveExplorer.ts);
   * resolves to false for a path it does not serve, which then gets 404.
   */
  otherRoutes?: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<boolean>;
}

/** A running API server. */
export interface RunningApi {
  /** http://localhost:<port>/graphql */
  url: string;
  port: number;
  /**
   * Stops taking requests, lets those in flight finish (up to the grace period), then closes
   * the connections and stops Apollo. The graph stays open: its owner closes it.
   */
  close(): Promise<void>;
}
