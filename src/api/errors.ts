/**
 * What clients see when something goes wrong: every error reaches them with one of a few
 * `extensions.code`s (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, SERVICE_UNAVAILABLE,
 * INTERNAL_SERVER_ERROR, and Apollo's own GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED /
 * BAD_REQUEST), a finer `reason` where it helps, and never a stack trace or a database detail:
 * those go to the log.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from './graphql.js';
import { ErrorCode, OutpostError } from '../errors.js';
import type { Logger } from './types.js';

/** A BAD_USER_INPUT error naming the argument at fault. */
export function badInput(argument: string, message: string): OutpostError {
  return new OutpostError(ErrorCode.BAD_USER_INPUT, `${argument}: ${message}`, {
    details: { argument },
  });
}

/** A NOT_FOUND error for an id. */
export function notFound(what: string, id: string): OutpostError {
  return new OutpostError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}"`, { details: { id } });
}

/** A GraphQL error thrown before execution (context, plugins), with its HTTP status. */
export function requestError(
  code: string,
  message: string,
  status: number,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/** Reasons of validation errors (our limit rules) that are the client's to fix. */
const LIMIT_REASONS = new Set(['DEPTH_LIMIT', 'COST_LIMIT']);

/** Neo4j error codes of a transaction that ran out of time. */
const TIMEOUT = /TransactionTimedOut|Transaction\.TransactionTimedOutClientConfiguration/;

/** The code and message a client gets for one of our errors, and whether to log it. */
interface ClientView {
  code: string;
  message: string;
  extensions: Record<string, unknown>;
  log: boolean;
}

/** Maps one of our errors to what the client sees. */
export function clientView(error: OutpostError): ClientView {
  const details = error.details ?? {};
  switch (error.code) {
    case ErrorCode.BAD_USER_INPUT:
    case ErrorCode.NOT_FOUND:
    case ErrorCode.FORBIDDEN:
      return { code: error.code, message: error.message, extensions: details, log: false };
    case ErrorCode.UNAUTHENTICATED:
      // The API refuses callers before execution (plugins/authorization.ts, server.ts), so this
      // is Neo4j refusing *our* credentials: the service is down as far as the client can tell.
      return {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: 'The graph database is not available',
        extensions: {},
        log: true,
      };
    case ErrorCode.SERVICE_UNAVAILABLE:
      return {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        message: 'The graph database is not reachable; try again shortly',
        extensions: {},
        log: true,
      };
    case ErrorCode.FINDINGS_INVALID:
    case ErrorCode.INPUT_UNREADABLE:
    case ErrorCode.CONFLICT:
      return {
        code: ErrorCode.BAD_USER_INPUT,
        message: error.message,
        extensions: { reason: error.code, ...details },
        log: false,
      };
    default: {
      const cause = (error.cause ?? {}) as { code?: unknown };
      if (typeof cause.code === 'string' && TIMEOUT.test(cause.code)) {
        return {
          code: ErrorCode.SERVICE_UNAVAILABLE,
          message:
            'The query ran longer than the time allowed; ask for less (a smaller page, fewer hops, a smaller depth)',
          extensions: { reason: 'TIMEOUT' },
          log: true,
        };
      }
      return {
        code: ErrorCode.INTERNAL,
        message: 'Internal server error',
        extensions: {},
        log: true,
      };
    }
  }
}

/**
 * Builds Apollo's `formatError`: our errors through `clientView`, our limit rules' validation
 * errors as BAD_USER_INPUT, Apollo's request errors as they are, anything else
 * INTERNAL_SERVER_ERROR. What is hidden from the client is logged.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = {
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
    if (original instanceof OutpostError) {
      const view = clientView(original);
      if (view.log) logger.error(`${view.code} at ${pathOf(formatted)}: ${describe(original)}`);
      return {
        message: view.message,
        ...where,
        extensions: { code: view.code, ...view.extensions },
      };
    }
    const extensions = formatted.extensions ?? {};
    const code = extensions.code;
    if (typeof extensions.reason === 'string' && LIMIT_REASONS.has(extensions.reason)) {
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL) return formatted;
    logger.error(`${ErrorCode.INTERNAL} at ${pathOf(formatted)}: ${describe(original)}`);
    return { message: 'Internal server error', ...where, extensions: { code: ErrorCode.INTERNAL } };
  };
}

function pathOf(formatted: GraphQLFormattedError): string {
  return formatted.path ? formatted.path.join('.') : '(request)';
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.message})` : '';
  return `${error.stack ?? error.message}${cause}`;
}
