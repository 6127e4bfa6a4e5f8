/**
 * Datelines: the "Amsterdam [Netherlands], April 28 :" or "DUBLIN, Oct. 27 (Reuters) -" or
 * "Prato, 5 dicembre 2022 –" that opens a news story. The place is read as written; the date is
 * resolved against the article's date (or left without a year when there is none).
 */
import type { Dateline } from './article.js';
import { findDates } from './dates.js';

/** News agencies that appear in brackets in datelines; they are not places. */
const AGENCY =
  /^(?:reuters|ap|afp|ani|ians|pti|xinhua|efe|ansa|dpa|anp|belga|europa press|cna|kyodo|bloomberg|upi|apa)$/i;
const SEPARATOR = /\s(?::|—|–|-{1,2})\s|\s?(?:—|–)\s?/;
const CONNECTOR = /^(?:de|del|di|da|am|an|der|la|le|sur|upon|on)$/;
const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;

/** A dateline found at the start of `text`, with its span; undefined when the text has none. */
export function parseDateline(
  text: string,
  reference?: string,
  language = 'en',
): (Dateline & { start: number; end: number; dateText?: string }) | undefined {
  const head = text.slice(0, 160);
  const separator = SEPARATOR.exec(head);
  if (separator === null || separator.index === 0 || separator.index > 110) return undefined;
  const prefix = head.slice(0, separator.index);
  if (/\n/.test(prefix)) return undefined;
  // Brackets hold a country ("[Netherlands]") or an agency ("(Reuters)").
  const bracketed: string[] = [];
  const withoutBrackets = prefix.replace(/\s*[[(]([^\])]{1,40})[\])]/g, (_, inside: string) => {
    bracketed.push(inside.trim());
    return '';
  });
  const parts = withoutBrackets
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const placeParts: string[] = [];
  const dateParts: string[] = [];
  for (const part of parts) {
    if (/\d/.test(part) || findDates(part, reference, language).length > 0) {
      dateParts.push(part);
      continue;
    }
    const words = part.split(/\s+/);
    if (words.length > 4 || !words.every((w) => CAPITALISED.test(w) || CONNECTOR.test(w)))
      return undefined;
    placeParts.push(titleCase(part));
  }
  if (placeParts.length === 0) return undefined;
  for (const inside of bracketed) {
    if (!AGENCY.test(inside) && inside.split(/\s+/).every((w) => CAPITALISED.test(w)))
      placeParts.push(inside);
  }
  const dateline: Dateline & { start: number; end: number; dateText?: string } = {
    place: placeParts.join(', '),
    start: 0,
    end: separator.index + separator[0].length,
  };
  const date = findDates(dateParts.join(', '), reference, language)[0];
  if (date !== undefined) {
    dateline.dateText = date.text;
    if (date.date !== undefined) dateline.date = date.date;
  }
  return dateline;
}

/** "DUBLIN" → "Dublin", "NEW YORK" → "New York"; mixed case is kept. */
function titleCase(value: string): string {
  if (value !== value.toUpperCase()) return value;
  return value
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}
