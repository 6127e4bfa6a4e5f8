/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on node:http, no framework), a Neo4j
 * health check at /health, `options.otherRoutes` (the explorer) or 404 elsewhere. Requests are
 * authenticated by API key (src/auth/), validated against depth and cost limits, authorized
 * before execution, and read with a transaction timeout; user-facing errors reach clients as
 * `extensions.code`, the rest is logged. `close()` drains: new requests get 503, those in flight
 * finish, then the connections close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { authenticate, presentedKey } from '../auth/authenticate.js';
import { KeyRing } from '../auth/keys.js';
import { loadApiConfig } from '../config.js';
import { ErrorCode, OutpostError } from '../errors.js';
import type { Graph } from '../graph/gateway.js';
import { createContext, type ApiContext, type ApiSettings } from './context.js';
import { createFormatError, requestError } from './errors.js';
import { checkHealth } from './health.js';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { authorizationPlugin } from './plugins/authorization.js';
import { costLimitPlugin } from './plugins/costLimit.js';
import { buildSchema } from './schema.js';
import type { ApiOptions, Logger, RunningApi } from './types.js';
import { depthLimitRule } from './validation/depthLimit.js';

export type { ApiOptions, RunningApi } from './types.js';

/** Largest request body accepted, in bytes. */
const MAX_BODY = 5 * 1024 * 1024;

/** Writes to stderr, one line per message. */
export const consoleLogger: Logger = {
  debug: () => undefined,
  info: (message) => process.stderr.write(`[api] ${message}\n`),
  warn: (message) => process.stderr.write(`[api] warning: ${message}\n`),
  error: (message) => process.stderr.write(`[api] error: ${message}\n`),
};

/** The settings of `options` over those of the environment (src/config.ts `loadApiConfig`). */
export function resolveSettings(options: ApiOptions = {}): ApiSettings {
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as ApiOptions;
  return {
    ...loadApiConfig(),
    healthTimeoutMs: 3000,
    shutdownGraceMs: 10_000,
    pathCandidates: 200,
    ...defined,
  } as ApiSettings;
}

/**
 * Starts the API on `port` (0: any free port) on all interfaces unless `host` is given. Settings
 * not given in `options` come from the environment (OUTPOST_API_KEYS, OUTPOST_READ_ACCESS...).
 */
export async function startApi(
  graph: Graph,
  port: number,
  host?: string,
  options: ApiOptions = {},
): Promise<RunningApi> {
  const settings = resolveSettings(options);
  const logger = options.logger ?? consoleLogger;
  const keys = new KeyRing(settings.keys);
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
    csrfPrevention: true,
    introspection: settings.introspection,
    validationRules: [depthLimitRule(settings.maxDepth)],
    plugins: [
      authorizationPlugin(),
      costLimitPlugin(settings.maxCost),
      // Apollo's cache-control plugin wraps every field's resolver to gather cache hints; the
      // schema gives none and the API sends no cache headers (a CPU profile put it at ~2 % of a
      // stations page).
      ApolloServerPluginCacheControlDisabled(),
    ],
    logger,
    // Our owner drains and closes on SIGINT/SIGTERM (RunningApi.close); Apollo's own handler
    // would stop it and re-raise the signal, ending the process before the requests finish.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  let draining = false;
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const server: Server = createServer((req, res) => {
    if (draining) {
      res.setHeader('connection', 'close');
      sendJson(res, 503, {
        errors: [
          {
            message: 'The API is shutting down',
            extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
          },
        ],
      });
      return;
    }
    inFlight++;
    res.on('close', () => {
      inFlight--;
      if (draining && inFlight === 0) drained?.();
    });
    handle(apollo, graph, keys, settings, logger, options.otherRoutes, req, res).catch(
      (error: unknown) => {
        logger.error(`request failed: ${(error as Error).stack ?? String(error)}`);
        if (!res.headersSent) {
          sendJson(res, 500, {
            errors: [
              { message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL } },
            ],
          });
        } else res.end();
      },
    );
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new OutpostError(ErrorCode.PORT_IN_USE, `Port ${port} is already in use`, {
                hint: 'Choose another with PORT or --port.',
              })
            : error,
        ),
      );
      server.listen(port, host, resolve);
    });
  } catch (error) {
    await apollo.stop();
    throw error;
  }
  const actual = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  return {
    url: `http://localhost:${actual}/graphql`,
    port: actual,
    close: () => {
      closing ??= (async () => {
        draining = true;
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        if (inFlight > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, settings.shutdownGraceMs);
            drained = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        }
        server.closeAllConnections();
        await closed;
        await apollo.stop();
      })();
      return closing;
    },
  };
}

async function handle(
  apollo: ApolloServer<ApiContext>,
  graph: Graph,
  keys: KeyRing,
  settings: ApiSettings,
  logger: Logger,
  otherRoutes: ApiOptions['otherRoutes'],
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const report = await checkHealth(graph, settings.healthTimeoutMs);
    // The error message names the database's address: kept for operators (the `health` query).
    const neo4j = { ...report.neo4j, error: report.ok ? null : 'unreachable' };
    res.setHeader('cache-control', 'no-store');
    sendJson(res, report.ok ? 200 : 503, { ...report, neo4j });
    return;
  }
  if (url.pathname !== '/graphql') {
    if (otherRoutes !== undefined && (await otherRoutes(req, res, url.pathname))) return;
    res
      .writeHead(404, { 'content-type': 'text/plain' })
      .end('Not found: the API is at /graphql, its health at /health\n');
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    res.setHeader('connection', 'close');
    sendJson(res, 413, {
      errors: [
        {
          message: `Request body over ${MAX_BODY} bytes`,
          extensions: { code: ErrorCode.BAD_USER_INPUT },
        },
      ],
    });
    return;
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let parsed: unknown = body;
  if (headers.get('content-type')?.startsWith('application/json') && body.length > 0) {
    try {
      parsed = JSON.parse(body);
    } catch {
      sendJson(res, 400, {
        errors: [
          { message: 'Body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT } },
        ],
      });
      return;
    }
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
    context: async () => {
      const auth = authenticate(
        presentedKey((name) => headers.get(name)),
        keys,
        settings.readAccess,
      );
      if (!auth.ok) {
        throw requestError(ErrorCode.UNAUTHENTICATED, auth.message, 401, { reason: auth.reason });
      }
      return createContext(graph, auth.principal, settings, logger);
    },
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
  } else {
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY) {
        over = true;
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}
