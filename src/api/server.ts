/**
 * The HTTP server: GraphQL at /graphql (Apollo Server on node:http, no framework), 404 elsewhere.
 * User-facing errors reach clients as `extensions.code`; anything else is INTERNAL_SERVER_ERROR
 * with its details kept out of the response.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, OutpostError } from '../errors.js';
import type { Graph } from '../graph/gateway.js';
import type { ApiContext } from './context.js';
import { buildSchema } from './schema.js';

/** Largest request body accepted, in bytes. */
const MAX_BODY = 5 * 1024 * 1024;

/** A running API server. */
export interface RunningApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Maps an error thrown in a resolver to what the client sees. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof OutpostError) {
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...(original.details ?? {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL) return formatted;
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL },
  };
}

/** Starts the API on `port` (0: any free port) on all interfaces unless `host` is given. */
export async function startApi(graph: Graph, port: number, host?: string): Promise<RunningApi> {
  const apollo = new ApolloServer<ApiContext>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: process.env.NODE_ENV === 'development',
  });
  await apollo.start();

  const server: Server = createServer((req, res) => {
    handle(apollo, graph, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL } }],
        }),
      );
      console.error(error);
    });
  });
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
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}/graphql`,
    port: actual,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

async function handle(
  apollo: ApolloServer<ApiContext>,
  graph: Graph,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/graphql') {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the API is at /graphql\n');
    return;
  }
  const body = await readBody(req);
  if (body === undefined) {
    res.writeHead(413, { 'content-type': 'text/plain' }).end('Request body too large\n');
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
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          errors: [
            { message: 'Body is not valid JSON', extensions: { code: ErrorCode.BAD_USER_INPUT } },
          ],
        }),
      );
      return;
    }
  }
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
    context: async () => ({ graph }),
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

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
