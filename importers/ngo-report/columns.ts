/**
 * Which column holds what: header texts are matched against the synonyms of data/columns.json
 * (and a user's mapping, which wins), the header row of a table is found among its first rows,
 * and a table is a station table when some column names a place. Declarative: the knowledge is
 * in the data file, this module only applies it.
 */
import { readFileSync } from 'node:fs';
import { ErrorCode, OutpostError, invariant } from '../../src/errors.js';
import { normaliseName } from '../../src/resolve/names.js';
import { cleanCell } from './cells.js';
import type { RawRow, RawTable } from './table.js';

/** The fields a station table's columns can hold. */
export const REPORT_FIELDS = [
  'country',
  'region',
  'city',
  'location',
  'address',
  'name',
  'bureau',
  'host',
  'established',
  'status',
  'statusDate',
  'source',
  'notes',
  'network',
  'ignore',
] as const;
/** One of REPORT_FIELDS. */
export type ReportField = (typeof REPORT_FIELDS)[number];

/** Fields that say where a station is: a table needs one of them to be a station table. */
export const PLACE_FIELDS: readonly ReportField[] = ['country', 'region', 'city', 'location'];

/** A user's names for their columns: header text -> field. */
export type ColumnMapping = Record<string, string>;

/** The column the importer took for a field, as the CLI prints it. */
export interface ColumnChoice {
  /** The table (1-based, as cited in claims). */
  table: number;
  /** The header as written. */
  header: string;
  /** The field read from it, or "ignored" when the header is not recognised. */
  field: ReportField | 'ignored';
}

/** A table's header row and what each column holds. */
export interface TableLayout {
  /** Index in `table.rows` of the header row. */
  headerRow: number;
  /** Header text per column (markers removed). */
  headers: string[];
  /** Field per column (undefined: not recognised). */
  fields: (ReportField | undefined)[];
  /** The first column of each field (a second column with the same field is reported, not read). */
  columnOf: Partial<Record<ReportField, number>>;
  choices: ColumnChoice[];
  warnings: string[];
}

interface ColumnsFile {
  fields: { field: string; headers: string[]; source: string }[];
}

let synonyms: Map<string, ReportField> | undefined;

function isField(value: string): value is ReportField {
  return (REPORT_FIELDS as readonly string[]).includes(value);
}

/** The normalised form headers are compared in: no markers, no trailing parenthesis, no case. */
export function headerKey(header: string): string {
  const text = cleanCell(header).text.replace(/\s*[([][^)\]]*[)\]]\s*$/, '');
  return normaliseName(text);
}

function builtIn(): Map<string, ReportField> {
  if (synonyms) return synonyms;
  const file = JSON.parse(
    readFileSync(new URL('./data/columns.json', import.meta.url), 'utf8'),
  ) as ColumnsFile;
  const map = new Map<string, ReportField>();
  for (const entry of file.fields) {
    invariant(isField(entry.field), `columns.json: unknown field ${entry.field}`);
    invariant(entry.source.trim() !== '', `columns.json: ${entry.field} has no source`);
    for (const header of entry.headers) {
      const key = normaliseName(header);
      const other = map.get(key);
      invariant(
        other === undefined || other === entry.field,
        `columns.json: "${header}" is both ${other} and ${entry.field}`,
      );
      map.set(key, entry.field);
    }
  }
  synonyms = map;
  return map;
}

/**
 * Checks a user's column mapping (header -> field) and returns it keyed by normalised header.
 * Throws BAD_USER_INPUT naming every entry whose field is unknown.
 */
export function checkMapping(
  mapping: ColumnMapping,
  origin = 'the column mapping',
): Map<string, ReportField> {
  const out = new Map<string, ReportField>();
  const bad: string[] = [];
  for (const [header, field] of Object.entries(mapping)) {
    if (typeof field !== 'string' || !isField(field))
      bad.push(`"${header}": ${JSON.stringify(field)}`);
    else out.set(headerKey(header), field);
  }
  if (bad.length > 0) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} names unknown fields: ${bad.join(', ')}`,
      { hint: `Map each header to one of ${REPORT_FIELDS.join(', ')}.` },
    );
  }
  return out;
}

/**
 * Reads a mapping file: JSON, either `{ "Header": "field", ... }` or `{ "columns": { ... } }`.
 * Throws INPUT_UNREADABLE when the file cannot be read, BAD_USER_INPUT when it is not a mapping.
 */
export function readMappingFile(path: string): Map<string, ReportField> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot read the column mapping ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `the column mapping ${path} is not valid JSON: ${(error as Error).message}`,
      { hint: 'Write it as {"Your header": "country", "Another header": "city"}.' },
    );
  }
  const object =
    typeof data === 'object' && data !== null && 'columns' in data
      ? (data as { columns: unknown }).columns
      : data;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `the column mapping ${path} is not an object of header -> field`,
      { hint: 'Write it as {"Your header": "country", "Another header": "city"}.' },
    );
  }
  return checkMapping(object as ColumnMapping, `the column mapping ${path}`);
}

/** The field a header names: the user's mapping first, then data/columns.json; else undefined. */
export function fieldOf(
  header: string,
  mapping?: Map<string, ReportField>,
): ReportField | undefined {
  const key = headerKey(header);
  if (key === '') return undefined;
  const mapped = mapping?.get(key);
  if (mapped !== undefined) return mapped;
  const table = builtIn();
  const exact = table.get(key);
  if (exact !== undefined) return exact;
  // "Status as of December 2022", "Host organisation and address": the longest form that starts it.
  let best: { length: number; field: ReportField } | undefined;
  for (const [form, field] of table) {
    if (key.startsWith(`${form} `) && (best === undefined || form.length > best.length)) {
      best = { length: form.length, field };
    }
  }
  return best?.field;
}

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 6;

function rowTexts(row: RawRow): string[] {
  return row.cells.map((cell) => cell.text);
}

/** The number of distinct fields a row names, and whether one is a place. */
function score(
  row: RawRow,
  mapping?: Map<string, ReportField>,
): { fields: number; place: boolean } {
  const seen = new Set<ReportField>();
  let previous: string | undefined;
  for (const cell of row.cells) {
    if (cell.origin === previous) continue;
    previous = cell.origin;
    const field = fieldOf(cell.text, mapping);
    if (field !== undefined && field !== 'ignore') seen.add(field);
  }
  return { fields: seen.size, place: PLACE_FIELDS.some((field) => seen.has(field)) };
}

/**
 * Finds the header row of a table (the first of its top rows that names at least two fields, one
 * of them a place) and the field of each column; undefined when the table is not a station
 * table. A header over two rows ("Location" spanning "Country | City") is read from the lower
 * row, the upper one filling the columns the lower one leaves unrecognised.
 */
export function layoutOf(
  table: RawTable,
  mapping?: Map<string, ReportField>,
): TableLayout | undefined {
  let headerRow = -1;
  const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i += 1) {
    const row = table.rows[i];
    if (row === undefined) continue;
    const s = score(row, mapping);
    const enough = mapping !== undefined && mapping.size > 0 ? s.fields >= 1 : s.fields >= 2;
    if (enough && s.place) {
      headerRow = i;
      break;
    }
  }
  if (headerRow === -1) return undefined;
  // A two-row header: the lower row of header cells is the specific one.
  for (;;) {
    const next = table.rows[headerRow + 1];
    if (next?.allHeader !== true || score(next, mapping).fields === 0) break;
    headerRow += 1;
  }
  const row = table.rows[headerRow] as RawRow;
  const above = headerRow > 0 ? table.rows[headerRow - 1] : undefined;
  const headers = rowTexts(row).map((text) => cleanCell(text).text);
  const fields = headers.map((header, column) => {
    const own = fieldOf(header, mapping);
    if (own !== undefined) return own;
    const upper = above?.allHeader ? above.cells[column]?.text : undefined;
    return upper === undefined ? undefined : fieldOf(upper, mapping);
  });

  const columnOf: Partial<Record<ReportField, number>> = {};
  const choices: ColumnChoice[] = [];
  const warnings: string[] = [];
  const unknown: string[] = [];
  let previous: string | undefined;
  headers.forEach((header, column) => {
    const origin = row.cells[column]?.origin;
    if (origin !== undefined && origin === previous) return;
    previous = origin;
    const field = fields[column];
    if (field === undefined) {
      if (header !== '') unknown.push(header);
      choices.push({ table: table.index, header, field: 'ignored' });
      return;
    }
    if (field !== 'ignore' && columnOf[field] !== undefined) {
      warnings.push(
        `table ${table.index}: column "${header}" also reads as ${field}; only the first such column ("${headers[columnOf[field] as number]}") is read`,
      );
      choices.push({ table: table.index, header, field: 'ignored' });
      return;
    }
    if (field !== 'ignore') columnOf[field] = column;
    choices.push({ table: table.index, header, field });
  });
  if (unknown.length > 0) {
    warnings.push(
      `table ${table.index}: column${unknown.length > 1 ? 's' : ''} ${unknown.map((h) => `"${h}"`).join(', ')} not recognised (kept in the row quotes, not read); name ${unknown.length > 1 ? 'them' : 'it'} in a column mapping to read ${unknown.length > 1 ? 'them' : 'it'}`,
    );
  }
  return { headerRow, headers, fields, columnOf, choices, warnings };
}

/** The header texts of a table's first non-empty row, for error messages. */
export function firstRowTexts(table: RawTable): string[] {
  const row = table.rows.find((r) => r.cells.some((cell) => cell.text.trim() !== ''));
  return row === undefined ? [] : rowTexts(row).filter((text) => text.trim() !== '');
}
