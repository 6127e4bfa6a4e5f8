/**
 * The order in which an entity's claims are listed, as one string that sorts ascending: newest
 * first (the claim's own date, else its source's publication date), then the most confident, then
 * by id; undated claims last. A longer date with the same prefix is the newer (`2023-04` before
 * `2023`), as under a descending sort of the dates themselves.
 *
 * The writer keeps this key (with the claim's predicate and retracted flag) on the claim's SUBJECT
 * and OBJECT relationships, so listing the newest claims of a much-cited station reads one
 * relationship per claim, not each claim's properties and its source (see
 * cypher/read/entity-claims.cypher; cypher/schema/007 fills it in for claims written before).
 */

/** Sorts after every digit and after `-`: ends a date, and stands for no date at all. */
const END_OF_DATE = '~';

/** The rank key of a claim; see the module comment. */
export function claimRank(claim: {
  id: string;
  date: string | null;
  published: string | null;
  confidence: number;
}): string {
  const date = claim.date ?? claim.published ?? '';
  // Each digit d becomes 9 - d, so that an ascending sort lists the newest first.
  const newestFirst = date.replace(/\d/g, (d) => String(9 - Number(d)));
  const confidence = Math.min(
    1,
    Math.max(0, Number.isFinite(claim.confidence) ? claim.confidence : 0),
  );
  const mostConfidentFirst = String(1000 - Math.round(confidence * 1000)).padStart(4, '0');
  return `${newestFirst}${END_OF_DATE}${mostConfidentFirst}|${claim.id}`;
}
