/**
 * User text to a Lucene query for the fulltext index `entity_names`: the text is cut into words
 * (letters and digits only, so no operator or special character of the user's reaches Lucene),
 * each word is matched exactly, as a prefix (from two letters on) and, from four letters on, with a
 * typo (`~1`); the whole text as a phrase ranks highest. A second typo (`~2`, from eight letters)
 * is looked for only by a wider second query when the first finds nothing: Lucene walks its whole
 * term dictionary for a two-edit term, which made every search several times slower (measured,
 * BENCHMARKS.md), to help only the searches that a single typo does not already rescue.
 */
import { badInput } from './errors.js';

/** Lucene's special characters (`&&` and `||` are covered by `&` and `|`). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Longest search text accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** Most words used from one search text. */
export const MAX_WORDS = 8;

/** Escapes every Lucene special character of `text` with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** The words of a search text: runs of letters and digits, lower-cased, at most MAX_WORDS. */
export function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
}

/** True when `word` is written in a script without spaces (Chinese, Japanese...). */
function isUnspaced(word: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(word);
}

/** How many typos a word may carry: none under 4 letters, 1 up to 7, 2 from 8. */
export function fuzziness(word: string): 0 | 1 | 2 {
  const length = [...word].length;
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** The queries of one search text: the first, and the wider one (null: it would be the same). */
export interface SearchQueries {
  first: string;
  wider: string | null;
}

/** The first and the wider Lucene query of a search text (see the module comment). */
export function searchQueries(text: string): SearchQueries {
  const first = buildSearchQuery(text, 1);
  const wider = buildSearchQuery(text, 2);
  return { first, wider: wider === first ? null : wider };
}

/**
 * Builds the Lucene query of a search text, with at most `maxTypos` per word; throws
 * BAD_USER_INPUT (argument `query`) when the text is too long or has no letter or digit.
 */
export function buildSearchQuery(text: string, maxTypos: 1 | 2 = 2): string {
  if (text.length > MAX_QUERY_LENGTH) {
    throw badInput('query', `at most ${MAX_QUERY_LENGTH} characters`);
  }
  const words = searchWords(text);
  if (words.length === 0) throw badInput('query', 'needs at least one letter or digit');
  const phrase = `"${escapeLucene(words.join(' '))}"^4`;
  const terms = words.map((word) => {
    const term = escapeLucene(word);
    if (isUnspaced(word)) return `"${term}"^2`;
    const parts = [`${term}^2`];
    if ([...word].length >= 2) parts.push(`${term}*`);
    const typos = Math.min(fuzziness(word), maxTypos);
    if (typos > 0) parts.push(`${term}~${typos}`);
    return `(${parts.join(' OR ')})`;
  });
  return [phrase, ...terms].join(' OR ');
}
