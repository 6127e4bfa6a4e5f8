/** An entity's claims as CSV: one row per claim, with its quote and its source. Pure. */
import type { Claim } from '../api/types.js';
import { toCsv } from '../export/csv.js';

/** The claims as CSV text. */
export function claimsCsv(claims: readonly Claim[]): string {
  return toCsv(
    [
      'claim id',
      'subject',
      'predicate',
      'object',
      'value',
      'date',
      'quote',
      'publisher',
      'published',
      'title',
      'url',
      'confidence',
      'method',
    ],
    claims.map((c) => [
      c.id,
      c.subject?.name,
      c.predicate,
      c.object?.name,
      c.value,
      c.date,
      c.quote,
      c.source.publisher,
      c.source.published,
      c.source.title,
      c.source.url,
      c.confidence,
      c.method,
    ]),
  );
}
