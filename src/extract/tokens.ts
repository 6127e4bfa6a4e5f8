/**
 * Tokens and proper-noun chunks of a sentence. A chunk is a run of capitalised words, joined by
 * the small words that live inside names ("Ministry of Justice & Security", "Associazione dei
 * Cinesi"); recognisers look for places, organisations and people inside chunks, so no
 * gazetteer is ever scanned: each candidate is one map lookup.
 */
import { createRequire } from 'node:module';

/** A word of a sentence; offsets are relative to the sentence text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an acronym such as "U.S."). */
  cap: boolean;
  /** Was followed by 's or ' (the possessive is not part of `text`). */
  possessive: boolean;
  /** Index of the token in the sentence. */
  index: number;
}

/** A run of capitalised tokens (with name-internal connectors). */
export interface Chunk {
  tokens: Token[];
  start: number;
  end: number;
  text: string;
}

const WORD =
  /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’]|[-.](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*\.?/gu;
const INITIALISM = /^(?:\p{L}\.){2,}$/u;
const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'di',
  'del',
  'della',
  'dei',
  'degli',
  'delle',
  'da',
  'van',
  'der',
  'den',
  'von',
  'für',
  'du',
  'des',
  'la',
  'le',
  'y',
  'e',
  'en',
  'on',
  'upon',
  'am',
  'al',
  'het',
]);

const require = createRequire(import.meta.url);
const stopwords = new Map<string, Set<string>>();

const SHORT_FUNCTION_WORDS = new Set([
  'in',
  'on',
  'at',
  'as',
  'if',
  'so',
  'by',
  'to',
  'of',
  'an',
  'it',
  'we',
  'he',
  'no',
  'or',
]);

/**
 * True when `word` is a function word of `language` (stopwords-iso; English by default). Words of
 * two letters count only from a short list, since the lists also hold codes such as "lu" or "us".
 */
export function isStopword(word: string, language = 'en'): boolean {
  const lower = word.toLowerCase();
  if (lower.length <= 2) return SHORT_FUNCTION_WORDS.has(lower);
  let list = stopwords.get(language);
  if (list === undefined) {
    const lists = require('stopwords-iso') as Record<string, string[]>;
    list = new Set(lists[language] ?? lists.en ?? []);
    stopwords.set(language, list);
  }
  return list.has(lower);
}

/** The words of a sentence, with a possessive 's split off and marked. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    const start = match.index;
    if (word.endsWith('.') && !INITIALISM.test(word)) word = word.slice(0, -1);
    let possessive = false;
    const apostrophe = /['’]s$/i.exec(word);
    if (apostrophe !== null && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (
      /s$/.test(word) &&
      /^['’](?![\p{L}])/u.test(text.slice(start + word.length, start + word.length + 2))
    ) {
      possessive = true;
    }
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      cap: /^\p{Lu}/u.test(word),
      possessive,
      index: tokens.length,
    });
  }
  return tokens;
}

/** The proper-noun chunks of a tokenised sentence. */
export function chunks(text: string, tokens: Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i] as Token;
    if (!first.cap) {
      i += 1;
      continue;
    }
    const run: Token[] = [first];
    let j = i + 1;
    while (j < tokens.length) {
      const previous = run[run.length - 1] as Token;
      // "People's Republic of China" is one name; "Manhattan's Chinatown" is two.
      if (previous.possessive && previous.text !== 'People') break;
      const next = tokens[j] as Token;
      const gap = text.slice(previous.end, next.start).replace(/^['’]s?/, '');
      const plainGap = /^\s+$/.test(gap) || /^\s*&\s*$/.test(gap) || gap === '-';
      if (!plainGap) break;
      if (next.cap) {
        run.push(next);
        j += 1;
        continue;
      }
      // Connectors ("of", "and", "de") continue a chunk only when a capitalised word follows.
      if (CONNECTORS.has(next.text) && !next.possessive) {
        let k = j;
        while (k < tokens.length && CONNECTORS.has((tokens[k] as Token).text) && k - j < 2) k += 1;
        const after = tokens[k];
        const between = text.slice(next.end, after?.start ?? next.end);
        if (after !== undefined && after.cap && /^\s+$|^\s*&\s*$/.test(between) && k > j) {
          for (let m = j; m <= k; m += 1) run.push(tokens[m] as Token);
          j = k + 1;
          continue;
        }
      }
      break;
    }
    const last = run[run.length - 1] as Token;
    out.push({
      tokens: run,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
    });
    i = j;
  }
  return out;
}

/** The text of tokens `from`..`to` (inclusive) as it stands in the sentence. */
export function spanText(text: string, tokens: Token[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to];
  return a === undefined || b === undefined ? '' : text.slice(a.start, b.end);
}
