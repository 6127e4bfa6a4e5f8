/**
 * Table rows to records: the data rows under a table's header (blank rows, repeated headers,
 * section rows such as "Europe", totals and footers skipped), each with its text as the report
 * shows it (cells joined by " | ", footnote markers removed) and the value of every field the
 * layout recognised. Ragged rows are read as far as they go, with a warning; a blank country cell
 * under a filled one (a merged cell exported to CSV) takes the country above it.
 */
import { resolveCountry } from '../../src/resolve/countries.js';
import { cleanCell, isBlank } from './cells.js';
import type { ReportField, TableLayout } from './columns.js';
import type { RawRow, RawTable } from './table.js';

/** One data row of a station table. */
export interface RowRecord {
  /** The table (1-based, as cited). */
  table: number;
  /** The data row (1-based, counting data rows under the header only). */
  row: number;
  /** The file line (CSV) or sheet row (XLSX) it starts on, when known. */
  line?: number;
  /** The row as one line of text: its cells joined by " | ". Claims quote it. */
  text: string;
  /** Each recognised field's cell, markers removed (notes in parentheses kept). */
  values: Partial<Record<ReportField, string>>;
  /** Footnote markers found in the row's cells. */
  markers: string[];
  /** Fields whose value was taken from elsewhere (the country of the row above). */
  inferred: ReportField[];
}

/** The records of one table and what was odd about its rows. */
export interface TableRecords {
  records: RowRecord[];
  warnings: string[];
}

/** Where a row is, for messages: "table 1, row 4 (line 5)". */
export function rowLabel(record: { table: number; row: number; line?: number }): string {
  return `table ${record.table}, row ${record.row}${record.line !== undefined ? ` (line ${record.line})` : ''}`;
}

/** Reads the data rows of a table laid out by `layout`. */
export function readRecords(table: RawTable, layout: TableLayout): TableRecords {
  const warnings: string[] = [];
  const records: RowRecord[] = [];
  const width = layout.headers.length;
  const headerKeys = layout.headers.map((h) => h.toLowerCase()).join('\u0000');
  const filled: number[] = [];
  let groupCountry: string | undefined;
  let previousCountry: string | undefined;

  for (const raw of table.rows.slice(layout.headerRow + 1)) {
    if (raw.footer) continue;
    const cleaned = raw.cells.map((cell) => cleanCell(cell.text));
    const texts = cleaned.map((cell) => cell.text);
    if (texts.every((text) => text === '')) continue;
    if (
      texts
        .slice(0, width)
        .map((t) => t.toLowerCase())
        .join('\u0000') === headerKeys
    )
      continue;
    const section = sectionLabel(raw, texts, width);
    if (section !== undefined) {
      // "Netherlands" spanning the table heads the rows under it; "Europe" only groups them.
      groupCountry = resolveCountry(section) !== undefined ? section : undefined;
      previousCountry = undefined;
      continue;
    }
    if (/^(?:total|totals|sum|grand total)\b/i.test(texts.find((t) => t !== '') ?? '')) continue;

    const row = records.length + 1;
    const label = rowLabel({
      table: table.index,
      row,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
    });
    const present = lastNonEmpty(texts) + 1;
    if (raw.cells.length !== width && table.rows.some((r) => r.line !== undefined)) {
      if (present > width) {
        warnings.push(
          `${label} has ${present} cells but the header has ${width}: the extra cells are kept in the quote, not read`,
        );
      } else if (raw.cells.length < width) {
        warnings.push(
          `${label} has ${raw.cells.length} cells but the header has ${width}: the missing cells are read as empty`,
        );
      }
    }

    const values: Partial<Record<ReportField, string>> = {};
    for (const [field, column] of Object.entries(layout.columnOf) as [ReportField, number][]) {
      const text = texts[column] ?? '';
      if (!isBlank(text)) values[field] = text;
    }
    const inferred: ReportField[] = [];
    const placed = values.city !== undefined || values.region !== undefined;
    if (values.country === undefined && layout.columnOf.country !== undefined && placed) {
      const country = previousCountry ?? groupCountry;
      if (country !== undefined) {
        values.country = country;
        inferred.push('country');
        if (previousCountry !== undefined) filled.push(row);
      }
    } else if (
      values.country === undefined &&
      groupCountry !== undefined &&
      layout.columnOf.location === undefined
    ) {
      values.country = groupCountry;
      inferred.push('country');
    }
    previousCountry = layout.columnOf.country !== undefined ? values.country : undefined;

    const read: ReportField[] = [
      'country',
      'region',
      'city',
      'location',
      'name',
      'bureau',
      'host',
      'address',
    ];
    if (!read.some((field) => values[field] !== undefined)) {
      warnings.push(
        `${label} names no place, station, bureau or host: read as a note, not as a station ("${truncate(texts.filter((t) => t !== '').join(' | '))}")`,
      );
      continue;
    }
    records.push({
      table: table.index,
      row,
      ...(raw.line !== undefined ? { line: raw.line } : {}),
      text: rowText(raw, texts),
      values,
      markers: [...new Set(cleaned.flatMap((cell) => cell.markers))],
      inferred,
    });
  }
  if (filled.length > 0) {
    warnings.push(
      `table ${table.index}: blank country cells took the country of the row above (rows ${compactList(filled)})`,
    );
  }
  return { records, warnings };
}

/** The row as a line: each cell once (a colspan is one cell), empty cells left out. */
function rowText(raw: RawRow, texts: string[]): string {
  const parts: string[] = [];
  let previous: string | undefined;
  raw.cells.forEach((cell, column) => {
    if (cell.origin === previous) return;
    previous = cell.origin;
    const text = texts[column] ?? '';
    if (text !== '') parts.push(text);
  });
  return parts.join(' | ');
}

/** The label of a section row: one cell spanning most of a table of three or more columns. */
function sectionLabel(raw: RawRow, texts: string[], width: number): string | undefined {
  if (width < 3) return undefined;
  const origins = new Set<string>();
  let span = 0;
  let label = '';
  raw.cells.forEach((cell, column) => {
    const text = texts[column] ?? '';
    if (text === '') return;
    origins.add(cell.origin);
    span += 1;
    label = text;
  });
  return origins.size === 1 && span >= Math.min(width, 3) && span >= width / 2 ? label : undefined;
}

function lastNonEmpty(texts: string[]): number {
  for (let i = texts.length - 1; i >= 0; i -= 1) if (texts[i] !== '') return i;
  return -1;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "3, 4, 5, 9" as "3-5, 9". */
export function compactList(numbers: number[]): string {
  const out: string[] = [];
  let start = numbers[0];
  let end = start;
  for (const n of [...numbers.slice(1), undefined]) {
    if (n !== undefined && end !== undefined && n === end + 1) {
      end = n;
      continue;
    }
    if (start !== undefined) out.push(start === end ? String(start) : `${start}-${end}`);
    start = n;
    end = n;
  }
  return out.join(', ');
}
