/**
 * The one error family of outpost-graph. Every error a user can cause or fix carries a stable
 * string `code`; the API maps them to GraphQL `extensions.code`, the CLI to a message and an exit
 * code. Programmer errors go through `invariant()` and are never shown raw.
 */

/** Stable codes. Add to the end; never rename (clients and scripts match on them). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  CONFIG_INVALID: 'CONFIG_INVALID',
  JAVA_MISSING: 'JAVA_MISSING',
  MAVEN_MISSING: 'MAVEN_MISSING',
  NEO4J_RESOLVE_FAILED: 'NEO4J_RESOLVE_FAILED',
  NEO4J_START_FAILED: 'NEO4J_START_FAILED',
  PORT_IN_USE: 'PORT_IN_USE',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  FINDINGS_INVALID: 'FINDINGS_INVALID',
  INPUT_UNREADABLE: 'INPUT_UNREADABLE',
  CONFLICT: 'CONFLICT',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
  /** An input in a format outpost recognises but cannot import yet (CSV, TSV, XLSX...). */
  FORMAT_UNSUPPORTED: 'FORMAT_UNSUPPORTED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A problem the user can understand and act on: `message` says what, `hint` what to do. */
export class OutpostError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OutpostError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details;
  }

  /** One line for a terminal: the message, then what to do. */
  toDisplayString(): string {
    return this.hint ? `${this.message}\n  ${this.hint}` : this.message;
  }
}

/** Thrown when an internal assumption breaks: a bug in outpost-graph, not in the input. */
export class InvariantError extends Error {
  constructor(message: string) {
    super(`Invariant violation: ${message}`);
    this.name = 'InvariantError';
  }
}

/** Asserts an internal assumption; failing means a bug in outpost-graph. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantError(message);
}

/** True when `error` is one of ours with the given code (or any code). */
export function isOutpostError(error: unknown, code?: ErrorCode): error is OutpostError {
  return error instanceof OutpostError && (code === undefined || error.code === code);
}
