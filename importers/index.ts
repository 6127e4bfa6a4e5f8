/**
 * The importer registry: which importer reads an input (from --format, its extension, its
 * content), and the one call that turns any input into validated Findings. The CLI and the API
 * (the composition roots) use this; importers never write to the graph.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { ErrorCode, OutpostError } from '../src/errors.js';
import type { Findings } from '../src/findings/schema.js';
import { parseFindings, validateFindings } from '../src/findings/validate.js';
import { looksLikeReport } from './ngo-report/html.js';
import type { ColumnChoice, ReportFormat, UnresolvedRow } from './ngo-report/index.js';

/**
 * Input formats `outpost import` understands: findings JSON, a news article, an NGO report (HTML
 * with station tables, or any of the table formats by extension), CSV, TSV and Excel workbooks.
 */
export const IMPORT_FORMATS = ['findings', 'news', 'ngo-report', 'csv', 'tsv', 'xlsx'] as const;
/** One of IMPORT_FORMATS. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Formats read by the NGO-report importer (importers/ngo-report/). */
export const REPORT_IMPORT_FORMATS: ReadonlySet<ImportFormat> = new Set([
  'ngo-report',
  'csv',
  'tsv',
  'xlsx',
]);

/** File extensions a folder import picks up. */
export const IMPORTABLE_EXTENSIONS = new Set([
  '.json',
  '.html',
  '.htm',
  '.txt',
  '.text',
  '.csv',
  '.tsv',
  '.xlsx',
]);

/** Extensions of table files, by the format that reads them. */
const TABLE_EXTENSIONS: Readonly<Record<string, ImportFormat>> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xlsx',
};

/** How much of an HTML file is read to tell a report (station tables) from a news article. */
const SNIFF_BYTES = 4 * 1024 * 1024;

/** Options an importer may use when the document lacks them. */
export interface InputOptions {
  format?: string;
  published?: string;
  publisher?: string;
  /** Reports: the URL that identifies the report (with the edition). */
  url?: string;
  /** Reports: the title when the document has none. */
  title?: string;
  /** Reports: the edition ("2"); another edition of the same URL is another source. */
  edition?: string;
  /** Reports: the user's column names, header -> field, or the path of a JSON mapping file. */
  columns?: Record<string, string> | string;
  /** The bytes of `-` when the caller has read stdin already (to sniff its format). */
  stdin?: Buffer;
}

/** What the NGO-report importer tells about how it read a report, for the CLI to print. */
export interface ReportSummary {
  format: ReportFormat;
  /** Which column was read as what. */
  columns: ColumnChoice[];
  /** Rows imported but flagged for review (places the gazetteers do not know), by row number. */
  unresolvedRows: UnresolvedRow[];
  tables: number;
  rows: number;
  stations: number;
}

/** An input's findings, the importer's warnings, and for reports how they were read. */
export interface InputFindings {
  findings: Findings;
  warnings: string[];
  report?: ReportSummary;
}

/** True when `format` names an importer. */
export function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}

/**
 * The format of an input: --format; else `.json` is findings, `.csv`, `.tsv` and `.xlsx` are
 * tables, an `.html`/`.htm` file (or `head`, its first bytes) holding a table of stations is an
 * NGO report; anything else is a news article.
 */
export function detectFormat(input: string, forced?: string, head?: Buffer): ImportFormat {
  if (forced !== undefined) {
    if (!isImportFormat(forced)) {
      throw new OutpostError(ErrorCode.BAD_USER_INPUT, `unknown format "${forced}"`, {
        hint: `Use one of ${IMPORT_FORMATS.join(', ')}.`,
      });
    }
    return forced;
  }
  if (/\.json$/i.test(input)) return 'findings';
  const extension = extname(input.replace(/[?#].*$/, '')).toLowerCase();
  const table = TABLE_EXTENSIONS[extension];
  if (table !== undefined) return table;
  const isUrl = /^https?:\/\//i.test(input);
  const html = extension === '.html' || extension === '.htm' || extension === '';
  if (html && (head !== undefined || (!isUrl && input !== '-'))) {
    const bytes = head ?? readHead(input, SNIFF_BYTES);
    if (bytes !== undefined && looksLikeReportHtml(bytes)) return 'ngo-report';
  }
  return 'news';
}

/** True when the bytes are HTML with a table of stations. */
function looksLikeReportHtml(bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  if (!/<table\b/i.test(text)) return false;
  return looksLikeReport(text);
}

function readHead(path: string, max: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(Math.min(max, fstatSync(fd).size));
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, n);
  } catch {
    return undefined; // unreadable: the importer says why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a file, URL or `-` (stdin) and returns its validated findings and the importer's warnings. */
export async function inputToFindings(
  input: string,
  options: InputOptions = {},
): Promise<InputFindings> {
  const format = detectFormat(input, options.format);
  if (REPORT_IMPORT_FORMATS.has(format)) return reportInputToFindings(input, format, options);
  if (format === 'findings') {
    const text =
      input === '-' ? (options.stdin ?? readFileSync(0)).toString('utf8') : readText(input);
    const { findings, warnings } = parseFindings(text, input);
    return { findings, warnings: warnings.map((w) => `${w.path}: ${w.message}`) };
  }
  const news = await import('./news/index.js');
  const source =
    input === '-'
      ? options.stdin !== undefined
        ? { bytes: options.stdin }
        : { stdin: true }
      : /^https?:\/\//i.test(input)
        ? { url: input }
        : { path: input };
  const { findings, warnings } = await news.newsToFindings(source, {
    ...(options.published ? { published: options.published } : {}),
    ...(options.publisher ? { publisher: options.publisher } : {}),
  });
  return { findings: validateFindings(findings, input).findings, warnings };
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}`,
    );
  }
}

async function reportInputToFindings(
  input: string,
  format: ImportFormat,
  options: InputOptions,
): Promise<InputFindings> {
  // Loaded on first use: exceljs and csv-parse come with it.
  const report = await import('./ngo-report/index.js');
  const source =
    input === '-'
      ? { bytes: options.stdin ?? readFileSync(0) }
      : /^https?:\/\//i.test(input)
        ? { url: input }
        : { path: input };
  const result = await report.reportToFindings(source, {
    ...(format === 'ngo-report' ? {} : { format: format as ReportFormat }),
    ...(options.published !== undefined ? { published: options.published } : {}),
    ...(options.publisher !== undefined ? { publisher: options.publisher } : {}),
    ...(options.url !== undefined ? { url: options.url } : {}),
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.edition !== undefined ? { edition: options.edition } : {}),
    ...(options.columns !== undefined ? { columns: options.columns } : {}),
  });
  const flagged = result.unresolvedRows.map(
    (row) =>
      `table ${row.table}, row ${row.row}${row.line !== undefined ? ` (line ${row.line})` : ''}: ${row.reason}; imported and flagged for review`,
  );
  return {
    findings: result.findings,
    warnings: [...result.warnings, ...flagged],
    report: {
      format: result.format,
      columns: result.columns,
      unresolvedRows: result.unresolvedRows,
      tables: result.tables,
      rows: result.rows,
      stations: result.stations,
    },
  };
}
