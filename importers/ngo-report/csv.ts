/**
 * CSV and TSV (csv-parse): the delimiter (comma, semicolon, tab, pipe) and the quote character
 * are sniffed from the first lines unless given; rows may be ragged (padded or cut later, with a
 * warning); each row keeps the line it starts on. A file csv-parse cannot read at all (a quote
 * never closed) is refused with the line it stopped at.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import type { RawRow, RawTable } from './table.js';

/** Delimiters tried when sniffing, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/** How a delimited text was read. */
export interface CsvReading {
  table: RawTable;
  delimiter: string;
  quote: string;
  warnings: string[];
}

/**
 * The delimiter of a delimited text: the candidate that splits the first lines (outside quotes)
 * into the same number of fields most often, more than one field. `preferred` wins ties (tab for
 * .tsv files).
 */
export function sniffDelimiter(text: string, preferred?: string): string {
  const lines = text
    .split(/\r\n|\n|\r/)
    .filter((line) => line.trim() !== '')
    .slice(0, 20);
  let best = { delimiter: preferred ?? ',', score: -1 };
  const candidates = preferred === undefined ? [...DELIMITERS] : [preferred, ...DELIMITERS];
  for (const delimiter of candidates) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter));
    const frequency = new Map<number, number>();
    for (const count of counts)
      if (count > 0) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const [mode, hits] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [
      0, 0,
    ];
    const score = hits * 1000 + mode;
    if (mode > 0 && score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let inside = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inside = !inside;
    else if (char === delimiter && !inside) count += 1;
  }
  return count;
}

/** `'` when fields are quoted with apostrophes ('a','b'), else the usual `"`. */
function sniffQuote(text: string, delimiter: string): string {
  const head = text.slice(0, 20_000);
  if (head.includes('"')) return '"';
  const d = delimiter === '|' ? '\\|' : delimiter === '\t' ? '\\t' : delimiter;
  const apostrophed = new RegExp(`(?:^|${d})'[^'\\n]*'(?=${d}|$)`, 'gm');
  return (head.match(apostrophed) ?? []).length >= 2 ? "'" : '"';
}

/** Reads delimited text into one table (table 1). */
export function readDelimited(
  text: string,
  options: { delimiter?: string; preferred?: string; origin: string },
): CsvReading {
  const delimiter = options.delimiter ?? sniffDelimiter(text, options.preferred);
  const quote = sniffQuote(text, delimiter);
  const warnings: string[] = [];
  const options0 = {
    delimiter,
    quote,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
  } as const;
  let records: Parsed[];
  try {
    records = parse(text, options0) as unknown as Parsed[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    if (error.code !== 'INVALID_OPENING_QUOTE') throw unreadable(options.origin, delimiter, error);
    // Quotes inside unquoted fields (Station "A"): kept as text, as spreadsheet programs do.
    try {
      records = parse(text, { ...options0, relax_quotes: true }) as unknown as Parsed[];
    } catch (second) {
      if (second instanceof CsvError) throw unreadable(options.origin, delimiter, second);
      throw second;
    }
    warnings.push(
      `${options.origin}: quotes inside unquoted fields (first at line ${error.lines}) were read as text`,
    );
    checkSwallowedRows(records, delimiter, options.origin);
  }
  const rows: RawRow[] = [];
  let previousEnd = 0;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    rows.push({
      line,
      cells: record.map((value, column) => ({ text: value, origin: `${line}:${column}` })),
    });
  }
  return { table: { index: 1, rows }, delimiter, quote, warnings };
}

type Parsed = { record: string[]; info: { lines: number } };

function unreadable(origin: string, delimiter: string, error: CsvError): OutpostError {
  return new OutpostError(
    ErrorCode.BAD_USER_INPUT,
    `${origin} cannot be read as ${delimiterName(delimiter)}-separated values: ${error.message}`,
    {
      hint: 'Check the quotes around the fields on that line (a quote inside a quoted field is written twice: "").',
      cause: error,
    },
  );
}

/**
 * Refuses a relaxed reading in which a quoted field runs over lines that look like rows of their
 * own (a quote opened and never closed where it should be): those rows would silently vanish.
 */
function checkSwallowedRows(records: Parsed[], delimiter: string, origin: string): void {
  const width = records[0]?.record.length ?? 0;
  let previousEnd = 0;
  for (const { record, info } of records) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    for (const field of record) {
      const lines = field.split(/\r?\n/).slice(1);
      if (width > 1 && lines.some((l) => l.split(delimiter).length >= width - 1)) {
        throw new OutpostError(
          ErrorCode.BAD_USER_INPUT,
          `${origin} cannot be read: a quoted field that starts on line ${line} runs over the next lines, which look like rows of their own`,
          {
            hint: 'Close the quote on that line; a quote inside a quoted field is written twice ("").',
          },
        );
      }
    }
  }
}

/** "comma", "semicolon", "tab", "pipe". */
export function delimiterName(delimiter: string): string {
  return (
    { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[delimiter] ??
    JSON.stringify(delimiter)
  );
}
