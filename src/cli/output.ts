/** How the CLI talks: results on stdout, progress and errors on stderr, exit codes that scripts can trust. */
import { InvariantError, OutpostError } from '../errors.js';

/** Exit codes: 0 all good, 1 a failure, 2 a usage error. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2 } as const;

/** Prints an error for a person and returns the exit code it deserves. */
export function reportError(error: unknown): number {
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
