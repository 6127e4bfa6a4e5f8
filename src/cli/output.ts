/** How the CLI talks: results on stdout, progress and errors on stderr, exit codes that scripts can trust. */
import { ErrorCode, InvariantError, OutpostError } from '../errors.js';

/** Exit codes: 0 all good, 1 a failure, 2 a usage error, 130 interrupted (Ctrl-C). */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** A command line that cannot run as given (a bad option value): exit code 2. */
export class UsageError extends OutpostError {
  constructor(message: string, options: { hint?: string } = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, options);
    this.name = 'UsageError';
  }
}

/** A usage error to throw: the message says what is wrong, the hint what to type instead. */
export function usageError(message: string, options: { hint?: string } = {}): UsageError {
  return new UsageError(message, options);
}

/** Prints an error for a person and returns the exit code it deserves. */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`outpost: ${error.toDisplayString()}\n  (see --help)\n`);
    return EXIT.USAGE;
  }
  if (error instanceof OutpostError) {
    process.stderr.write(`outpost: ${error.toDisplayString()}\n  (code ${error.code})\n`);
    return EXIT.FAILED;
  }
  if (error instanceof InvariantError) {
    process.stderr.write(
      `outpost: internal error, please report it: ${error.message}\n${error.stack ?? ''}\n`,
    );
    return EXIT.FAILED;
  }
  process.stderr.write(`outpost: unexpected error: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT.FAILED;
}

/** A line of progress or information, on stderr so that stdout stays machine-readable. */
export function info(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Writes `text` to stdout and waits until it is flushed (so that large outputs keep order). */
export async function writeOut(text: string): Promise<void> {
  if (process.stdout.write(text)) return;
  await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}
