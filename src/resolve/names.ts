/**
 * Name normalisation: the one way text becomes a comparable key. Every resolver (countries,
 * places, organisations, communities, people) compares names through these functions, so two
 * spellings that differ only in case, accents, punctuation or spacing meet on the same key.
 */
import { distance } from 'fastest-levenshtein';

/** Letters that NFKD does not split into a base letter and a mark. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'gu');

/** Printable ASCII only: NFKD, diacritics and letter folds have nothing to do. */
const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * Lower case, no diacritics, `&` spelled "and", punctuation and symbols turned into spaces,
 * whitespace collapsed: "São  Paulo" and "sao paulo" give the same string.
 */
export function normaliseName(s: string): string {
  if (PRINTABLE_ASCII.test(s)) {
    // Fast path (most names): here everything but letters and digits is a separator.
    return s
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return s
    .normalize('NFKD')
    .replace(/[\p{M}\p{Cf}]+/gu, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}\p{Z}\s\p{Cc}]+/gu, ' ')
    .trim();
}

/** The normalised name as a slug, words joined by '-': "Lu Jianwang" gives "lu-jianwang". */
export function nameKey(s: string): string {
  return normaliseName(s).split(' ').join('-');
}

/** The normalised words in sorted order, so "Jianwang Lu" and "Lu Jianwang" share one key. */
export function tokenKey(s: string): string {
  const name = normaliseName(s);
  return name === '' ? '' : name.split(' ').sort().join(' ');
}

/**
 * True when two names differ after normalisation but only by a small edit distance: at most 1
 * for names up to 8 characters, 2 up to 16, 3 beyond (the longer name counts).
 */
export function isNearSpelling(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y || x === '' || y === '') return false;
  const length = Math.max(x.length, y.length);
  const allowed = length <= 8 ? 1 : length <= 16 ? 2 : 3;
  return distance(x, y) <= allowed;
}

/**
 * A normalised name made only of single letters ("f b i", from "F.B.I.") joined into one word
 * ("fbi"); any other name comes back unchanged.
 */
export function joinInitials(normalised: string): string {
  return /^(?:\p{L} )+\p{L}$/u.test(normalised) ? normalised.replace(/ /g, '') : normalised;
}
