/**
 * Excel workbooks (.xlsx, exceljs): every visible worksheet as a table (merged cells repeat
 * their master's text, as a rowspan does in HTML), cell values as the text a person sees (dates
 * at the precision their number format shows, rich text with superscripts as footnote markers,
 * hyperlinks as their text, formulas as their result); a sheet named "About" or "Metadata" with
 * key/value rows gives the report's title, publisher, date and edition.
 */
import ExcelJS from 'exceljs';
import { normaliseDate } from '../../src/extract/dates.js';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import type { ParsedReport, RawRow, RawTable, ReportMeta } from './table.js';

/** Sheets read as report metadata, not as tables. */
const METADATA_SHEET = /^(?:about|metadata|meta|info|information|read ?me|report)$/i;

const METADATA_KEYS: Record<string, keyof ReportMeta> = {
  title: 'title',
  'report title': 'title',
  publisher: 'publisher',
  'published by': 'publisher',
  organisation: 'publisher',
  organization: 'publisher',
  author: 'author',
  authors: 'author',
  published: 'published',
  date: 'published',
  'publication date': 'published',
  'date published': 'published',
  edition: 'edition',
  version: 'edition',
  url: 'url',
  link: 'url',
  language: 'language',
};

/** Reads a workbook; throws INPUT_UNREADABLE when the bytes are not a readable .xlsx file. */
export async function readWorkbook(bytes: Buffer, origin: string): Promise<ParsedReport> {
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `${origin} is an old-style Excel workbook (.xls), which cannot be read`,
      { hint: 'Save it as .xlsx (Excel workbook) or CSV and import that.' },
    );
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `${origin} is not an Excel workbook: an .xlsx file is a ZIP archive and this one is not`,
      { hint: 'Check the file; a CSV file should end in .csv.' },
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `${origin} cannot be read as an Excel workbook: ${(error as Error).message}`,
      {
        hint: 'Open it in a spreadsheet program and save it again as .xlsx, or export it as CSV.',
        cause: error,
      },
    );
  }
  const warnings: string[] = [];
  const tables: RawTable[] = [];
  const meta: ReportMeta = {};
  if (workbook.title) meta.title = workbook.title.trim();
  let position = 0;
  workbook.eachSheet((sheet) => {
    position += 1;
    if (sheet.state !== 'visible') {
      warnings.push(`sheet "${sheet.name}" is hidden: not read`);
      return;
    }
    if (METADATA_SHEET.test(sheet.name.trim())) {
      Object.assign(meta, readMetadataSheet(sheet));
      return;
    }
    tables.push(readSheet(sheet, position));
  });
  return { tables, paragraphs: [], footnotes: new Map(), meta, warnings };
}

function readSheet(sheet: ExcelJS.Worksheet, index: number): RawTable {
  const rows: RawRow[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= width; c += 1) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      cells.push({ text: cellText(master), origin: master.address });
    }
    rows.push({ line: r, cells });
  }
  return { index, caption: sheet.name, rows };
}

function readMetadataSheet(sheet: ExcelJS.Worksheet): ReportMeta {
  const meta: ReportMeta = {};
  sheet.eachRow((row) => {
    const key = cellText(row.getCell(1))
      .toLowerCase()
      .replace(/[:\s]+$/, '');
    const field = METADATA_KEYS[key];
    const value = cellText(row.getCell(2)).trim();
    if (field === undefined || value === '') return;
    if (field === 'published') {
      const date = normaliseDate(value);
      if (date !== undefined) meta.published = date;
    } else if (field === 'language') {
      if (/^[a-z]{2}$/i.test(value)) meta.language = value.toLowerCase();
    } else {
      meta[field] = value;
    }
  });
  return meta;
}

/** The text a person sees in a cell. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value, cell.numFmt);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') {
    if ('richText' in value) {
      return value.richText
        .map((run) => (run.font?.vertAlign === 'superscript' ? `[${run.text.trim()}]` : run.text))
        .join('');
    }
    if ('hyperlink' in value)
      return typeof value.text === 'string' ? value.text : String(value.hyperlink);
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: unknown }).result;
      if (result instanceof Date) return dateText(result, cell.numFmt);
      return result === undefined || result === null || typeof result === 'object'
        ? ''
        : String(result);
    }
    if ('error' in value) return '';
  }
  return cell.text ?? '';
}

/** A date at the precision its number format shows: "yyyy" a year, "mmm yyyy" a month. */
function dateText(date: Date, numFmt: string | undefined): string {
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  const format = (numFmt ?? '').toLowerCase().replace(/"[^"]*"|\[[^\]]*\]/g, '');
  if (format === '' || /d/.test(format)) return `${y}-${m}-${d}`;
  if (/m/.test(format)) return `${y}-${m}`;
  return String(y);
}
