/**
 * Cursor pagination: page sizes within bounds, and opaque cursors (base64url of a small JSON
 * object tagged with the list it belongs to, so that a cursor of one list is refused by another).
 */
import { badInput } from './errors.js';

/** The largest page any list returns. */
export const MAX_PAGE_SIZE = 100;

/** Relay's page info. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Checks a page size argument: a whole number from 0 to `max`. */
export function pageSize(
  value: number | null | undefined,
  fallback: number,
  argument = 'first',
  max = MAX_PAGE_SIZE,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(argument, `must be a whole number from 0 to ${max} (got ${size})`);
  }
  return size;
}

/** Encodes a position in list `kind` as an opaque cursor. */
export function encodeCursor(kind: string, position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify({ k: kind, ...position }), 'utf8').toString('base64url');
}

/** The fields a cursor must hold, and their types. */
export type CursorFields = Record<string, 'string' | 'number'>;

/** The position a cursor with `F` fields decodes to. */
export type CursorOf<F extends CursorFields> = {
  [K in keyof F]: F[K] extends 'number' ? number : string;
};

/**
 * Decodes a cursor of list `kind`; throws BAD_USER_INPUT (argument `after`) when it is not one,
 * or when a field of `fields` is missing or of another type.
 */
export function decodeCursor<F extends CursorFields>(
  cursor: string,
  kind: string,
  fields: F,
): CursorOf<F> {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('after', 'not a cursor of this list (use pageInfo.endCursor)');
  }
  if (typeof data !== 'object' || data === null || (data as { k?: unknown }).k !== kind) {
    throw badInput('after', 'not a cursor of this list (use pageInfo.endCursor)');
  }
  const record = data as Record<string, unknown>;
  for (const [field, type] of Object.entries(fields)) {
    if (typeof record[field] !== type) {
      throw badInput('after', 'not a cursor of this list (use pageInfo.endCursor)');
    }
  }
  return record as CursorOf<F>;
}

/** The page info of a page of `cursors`, given whether more rows were found after it. */
export function pageInfo(
  cursors: string[],
  hasNextPage: boolean,
  hasPreviousPage: boolean,
): PageInfo {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: cursors[0] ?? null,
    endCursor: cursors[cursors.length - 1] ?? null,
  };
}
