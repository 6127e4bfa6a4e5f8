/**
 * What one cell says: its text without footnote markers, the notes it carries in parentheses,
 * and the values the importer reads from it — a status word (data/statuses.json), a date, a
 * bureau's name (data/bureaus.json), a place given as "City, Country". Pure functions.
 */
import { readFileSync } from 'node:fs';
import { findDates, normaliseDate } from '../../src/extract/dates.js';
import { invariant } from '../../src/errors.js';
import { STATION_STATUSES, type StationStatus } from '../../src/findings/vocabulary.js';
import { guessOrganisationKind, resolveOrganisation } from '../../src/resolve/organisations.js';
import { normaliseName } from '../../src/resolve/names.js';

/** A cell's text without its footnote markers, and the markers. */
export interface CleanCell {
  text: string;
  markers: string[];
}

const SUPERSCRIPT_DIGITS: Record<string, string> = {
  '⁰': '0',
  '¹': '1',
  '²': '2',
  '³': '3',
  '⁴': '4',
  '⁵': '5',
  '⁶': '6',
  '⁷': '7',
  '⁸': '8',
  '⁹': '9',
};

/** "[1]", "[a]", "[*]", "[note 3]" right after a word or at the end. */
const BRACKET_MARKER = /\s?\[(?:note\s*)?(\d{1,3}|[a-z]|\*{1,3}|†|‡)\]/giu;
/** Superscript digits: "Dublin¹²". */
const SUPERSCRIPT_MARKER = /[⁰¹²³⁴-⁹]+/gu;
/** Asterisks, daggers and section signs glued to a word or ending the cell: "Dublin*", "2018 †". */
const SYMBOL_MARKER = /(?<=\S)[*†‡§]{1,3}|\s[*†‡§]{1,3}$/gu;

/**
 * Removes footnote markers ([1], ¹, *, †) from a cell and returns them ("1", "*"), with the
 * whitespace collapsed. A marker stands for a footnote of the report, not for the cell's value.
 */
export function cleanCell(raw: string): CleanCell {
  const markers: string[] = [];
  let text = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  text = text.replace(BRACKET_MARKER, (_m, marker: string) => {
    markers.push(marker.toLowerCase());
    return '';
  });
  text = text.replace(SUPERSCRIPT_MARKER, (marker) => {
    markers.push([...marker].map((c) => SUPERSCRIPT_DIGITS[c] ?? c).join(''));
    return '';
  });
  text = text.replace(SYMBOL_MARKER, (marker) => {
    markers.push(marker.trim());
    return '';
  });
  return { text: text.replace(/\s+/g, ' ').trim(), markers };
}

/** A value and the notes around it: "Toronto (Markham)" is Toronto, with the note "Markham". */
export interface NotedValue {
  value: string;
  notes: string[];
}

/**
 * Splits the notes off a cell: text in parentheses or square brackets, anywhere in the cell, and
 * (unless `dash` is false) anything after " — " or " – ". The value is what remains ("" when the
 * cell is only a note).
 */
export function splitNotes(text: string, options: { dash?: boolean } = {}): NotedValue {
  const notes: string[] = [];
  let value = text;
  // Innermost groups first, so "(a (b))" comes off whole.
  for (let guard = 0; guard < 10 && /[([][^()[\]]*[)\]]/.test(value); guard += 1) {
    value = value.replace(/\s*[([]([^()[\]]*)[)\]]/g, (_m, note: string) => {
      if (note.trim() !== '') notes.push(note.trim());
      return '';
    });
  }
  const dash = options.dash === false ? null : /\s+[—–]\s+/.exec(value);
  if (dash !== null) {
    const note = value.slice(dash.index + dash[0].length).trim();
    if (note !== '') notes.push(note);
    value = value.slice(0, dash.index);
  }
  return { value: value.replace(/\s+/g, ' ').replace(/^[\s,;:]+|[\s,;:]+$/g, ''), notes };
}

/** Splits a cell naming several things: "Fuzhou PSB; Qingtian PSB", "A / B", one per line. */
export function splitValues(text: string): string[] {
  return text
    .split(/\s*(?:;|\n|\s\/\s|\s\+\s)\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^[-–—?]+$/.test(part));
}

/** True for cells that say "nothing here": "", "-", "—", "n/a", "unknown", "?". */
export function isBlank(text: string): boolean {
  return /^(?:|[-–—?.]+|n\/?a|none|unknown|not known|not given|tbc|tbd)$/i.test(text.trim());
}

interface StatusFile {
  statuses: { status: string; forms: string[]; source: string }[];
}

let statusForms: { status: StationStatus; words: string[] }[] | undefined;

function forms(): NonNullable<typeof statusForms> {
  if (statusForms) return statusForms;
  const file = JSON.parse(
    readFileSync(new URL('./data/statuses.json', import.meta.url), 'utf8'),
  ) as StatusFile;
  statusForms = file.statuses.flatMap((entry) => {
    invariant(
      (STATION_STATUSES as readonly string[]).includes(entry.status),
      `statuses.json: unknown status ${entry.status}`,
    );
    invariant(entry.source.trim() !== '', `statuses.json: ${entry.status} has no source`);
    return entry.forms.map((form) => ({
      status: entry.status as StationStatus,
      words: normaliseName(form).split(' '),
    }));
  });
  // Longest first: "not confirmed" before "confirmed".
  statusForms.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return statusForms;
}

/** The status a cell states, and the date it gives for it ("Closed (October 2022)"). */
export interface StatusReading {
  status?: StationStatus;
  date?: string;
}

/**
 * Reads a status cell: the longest status word found in it (data/statuses.json) gives the status;
 * a date written in the cell dates it. A status code as the graph writes it ("UNDER_INVESTIGATION")
 * is accepted as is. Unknown words give no status.
 */
export function readStatus(text: string): StatusReading {
  const reading: StatusReading = {};
  const upper = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if ((STATION_STATUSES as readonly string[]).includes(upper)) {
    reading.status = upper as StationStatus;
    return reading;
  }
  const tokens = normaliseName(text).split(' ');
  for (const form of forms()) {
    if (containsWords(tokens, form.words)) {
      reading.status = form.status;
      break;
    }
  }
  const date = findDates(text).find((mention) => mention.date !== undefined)?.date;
  if (date !== undefined) reading.date = date;
  return reading;
}

function containsWords(tokens: string[], words: string[]): boolean {
  for (let start = 0; start + words.length <= tokens.length; start += 1) {
    if (words.every((word, i) => tokens[start + i] === word)) return true;
  }
  return false;
}

const APPROXIMATE =
  /^(?:c\.|ca\.|circa|approx\.?|approximately|around|about|before|by|early|late|mid-?|in|since|from|opened|established|set up)\s*/i;

/**
 * The date a cell gives, as YYYY, YYYY-MM or YYYY-MM-DD: ISO forms ("2019-03"), words ("March
 * 2019", "15 March 2019"), "03/2019", day-first "15/03/2019" or "15.03.2019", a year with a hedge
 * ("c. 2016", "2018?"). `approximate` is set when the cell hedges. Undefined when no date.
 */
export function readDate(text: string): { date: string; approximate: boolean } | undefined {
  let cell = text.trim();
  let approximate = false;
  for (let guard = 0; guard < 3 && APPROXIMATE.test(cell); guard += 1) {
    approximate ||= !/^(?:in|since|from|opened|established|set up)\b/i.test(cell);
    cell = cell.replace(APPROXIMATE, '');
  }
  if (/\?$/.test(cell)) {
    approximate = true;
    cell = cell.replace(/\s*\?+$/, '');
  }
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(cell);
  if (monthYear !== null) {
    const date = normaliseDate(`${monthYear[2]}-${monthYear[1]?.padStart(2, '0')}`);
    if (date !== undefined) return { date, approximate };
  }
  const dayFirst = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(cell);
  if (dayFirst !== null) {
    const date = normaliseDate(
      `${dayFirst[3]}-${dayFirst[2]?.padStart(2, '0')}-${dayFirst[1]?.padStart(2, '0')}`,
    );
    if (date !== undefined) return { date, approximate };
  }
  const direct = normaliseDate(cell);
  if (direct !== undefined) return { date: direct, approximate };
  const found = findDates(cell).find((mention) => mention.date !== undefined)?.date;
  if (found !== undefined) return { date: found, approximate };
  const years = cell.match(/\b(?:19|20)\d{2}\b/g);
  if (years !== null && years.length === 1 && years[0] !== undefined) {
    return { date: years[0], approximate: true };
  }
  return undefined;
}

interface BureauFile {
  placeOnlySuffix: string;
  source: string;
}

let bureauRule: BureauFile | undefined;

/**
 * The organisation a bureau cell names. A cell that names only a place ("Fuzhou") becomes that
 * place's public security bureau ("Fuzhou Public Security Bureau", data/bureaus.json), so that
 * the alias table finds it; `inferred` says so. A cell that reads as an organisation is kept.
 */
export function bureauName(cell: string): { name: string; inferred: boolean } {
  bureauRule ??= JSON.parse(
    readFileSync(new URL('./data/bureaus.json', import.meta.url), 'utf8'),
  ) as BureauFile;
  const known = resolveOrganisation(cell).kind !== undefined;
  if (known || guessOrganisationKind(cell) !== undefined) return { name: cell, inferred: false };
  return { name: `${cell} ${bureauRule.placeOnlySuffix}`, inferred: true };
}
