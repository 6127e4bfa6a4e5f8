/**
 * Figures: counts a sentence states ("at least 100 ... across 53 countries", "54 stations in 30
 * countries"), with what is counted (the noun after the number, or the station term of the
 * sentence when the number stands alone) and the qualifier ("at least", "more than", "about").
 * Numbers written as words count only with a qualifier, so "two stations in Rotterdam and
 * Amsterdam" (an enumeration) is not a figure.
 */
import type { DateMention } from './dates.js';
import { getLexicon, squashLower } from './lexicon.js';

/** One stated count. */
export interface Figure {
  value: number;
  unit: string;
  qualifier?: 'at least' | 'about' | 'exactly' | 'at most' | 'more than';
  start: number;
  end: number;
}

const WORD_NUMBERS: Record<string, number> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
  dozens: 24,
};
const QUALIFIERS: Array<[RegExp, Figure['qualifier']]> = [
  [
    /\b(?:at least|no fewer than|almeno|al menos|por lo menos|minstens|ten minste|mindestens|au moins)\s*$/i,
    'at least',
  ],
  [
    /\b(?:more than|over|upwards of|più di|oltre|más de|meer dan|mehr als|über|plus de)\s*$/i,
    'more than',
  ],
  [
    /\b(?:about|around|some|nearly|almost|approximately|roughly|circa|cerca de|unos|unas|ongeveer|rund|etwa|environ|près de)\s*$/i,
    'about',
  ],
  [/\b(?:up to|at most|no more than|fino a|hasta|tot|bis zu|jusqu'à)\s*$/i, 'at most'],
  [/\b(?:exactly|precisely|esattamente|exactamente|precies|genau|exactement)\s*$/i, 'exactly'],
];
const NUMBER =
  /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[,.]\d{3})+|\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|dozens)(?![\p{L}\p{N}]|[.,]\d)/giu;

/** The figures of one sentence; `skip` spans (dates, ages) hold no figure. */
export function findFigures(
  text: string,
  skip: Array<{ start: number; end: number }>,
  dates: DateMention[],
): Figure[] {
  const lexicon = getLexicon();
  const units = lexicon.units.find(text);
  const stationTerms = lexicon.stationTerms.find(text);
  const figures: Figure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skip.some((s) => s.start <= start && end <= s.end)) continue;
    if (dates.some((d) => d.start <= start && end <= d.end)) continue;
    const word = match[0].toLowerCase();
    const digits = /^\d/.test(word);
    const value = digits ? Number(word.replace(/[,.]/g, '')) : (WORD_NUMBERS[word] as number);
    if (!Number.isFinite(value) || value === 0) continue;
    if (digits && value >= 1900 && value <= 2100) continue;
    // "110" names the stations ("110 overseas stations"), it does not count them.
    if (
      value === 110 &&
      /^\s*["'“”‘’]?\s*(?:overseas|service|station|stations|police)/i.test(text.slice(end))
    )
      continue;
    const before = text.slice(Math.max(0, start - 25), start);
    const qualifier = QUALIFIERS.find(([pattern]) => pattern.test(before))?.[1];
    if (!digits && qualifier === undefined) continue;
    // What is counted: a unit noun within four words after the number...
    const unitAfter = units.find(
      (u) =>
        u.start >= end &&
        /^[\s\p{L}'"“”‘’-]*$/u.test(text.slice(end, u.start)) &&
        text.slice(end, u.start).trim().split(/\s+/).filter(Boolean).length <= 4,
    );
    let unit =
      unitAfter === undefined ? undefined : lexicon.unitOf.get(squashLower(unitAfter.text));
    // ...or, for a number standing alone ("at least 100 functioning"), the stations of the sentence.
    if (
      unit === undefined &&
      stationTerms.length > 0 &&
      !/^\s*(?:%|per|percent|years?|months?|days?|km|miles|euros?|dollars?|\$)/i.test(
        text.slice(end),
      )
    ) {
      const next = /^\s*([\p{L}'-]+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
      if (next === undefined || !/^(?:of|per)$/.test(next)) unit = 'stations';
    }
    if (unit === undefined) continue;
    const figure: Figure = { value, unit, start, end };
    if (qualifier !== undefined) figure.qualifier = qualifier;
    figures.push(figure);
  }
  return figures;
}
