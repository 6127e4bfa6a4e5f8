/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`: the shape is the precision) as filter bounds.
 * A bound is widened to a full day: `from` to the first day of its period, `to` to the last, so
 * that string comparison in Cypher against the data's own period bounds works.
 */
import { badInput } from './errors.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Throws BAD_USER_INPUT naming `argument` unless `value` is a partial date. */
export function checkPartialDate(value: string, argument: string): string {
  if (!PARTIAL_DATE.test(value)) {
    throw badInput(argument, `"${value}" is not a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  return value;
}

/** The first day of a partial date's period: `2022` -> `2022-01-01`, `2022-10` -> `2022-10-01`. */
export function periodStart(value: string): string {
  return `${value}-01-01`.slice(0, 10);
}

/**
 * The last day of a partial date's period, for comparisons: `2022` -> `2022-12-31`, `2022-10` ->
 * `2022-10-31` (a month's "31" sorts after every real day of it, which is all a bound needs).
 */
export function periodEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-31`;
  return value;
}

/**
 * Checks and widens a date range: `{from, to}` as full-day bounds, or both '' when neither is
 * given (when one is, the other defaults to the start or end of time). Throws BAD_USER_INPUT
 * when from > to.
 */
export function dateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  names: [string, string],
): { from: string; to: string } {
  if ((from === null || from === undefined) && (to === null || to === undefined)) {
    return { from: '', to: '' };
  }
  const start = from == null ? '0000-01-01' : periodStart(checkPartialDate(from, names[0]));
  const end = to == null ? '9999-12-31' : periodEnd(checkPartialDate(to, names[1]));
  if (start > end) throw badInput(names[0], `${from} is after ${names[1]} ${to}`);
  return { from: start, to: end };
}
