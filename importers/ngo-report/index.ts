/**
 * The NGO-report importer: station lists from HTML report tables, CSV/TSV files and Excel
 * workbooks become Findings — one document per report edition, every row's claims quoting the
 * row and citing "table N, row M", the narrative of an HTML report through the news extractor.
 * Stages: acquire -> read (html | csv | xlsx) -> lay out columns -> records -> assemble -> validate.
 * Importers may import src/; nothing in src/ imports this folder.
 */
import { ErrorCode, OutpostError } from '../../src/errors.js';
import { isPartialDate } from '../../src/extract/dates.js';
import { FINDINGS_FORMAT, type Findings, type FindingsInput } from '../../src/findings/schema.js';
import { validateFindings } from '../../src/findings/validate.js';
import { assemble, type AssemblyTable, type UnresolvedRow } from './assemble.js';
import {
  checkMapping,
  firstRowTexts,
  layoutOf,
  PLACE_FIELDS,
  readMappingFile,
  REPORT_FIELDS,
  type ColumnChoice,
  type ReportField,
} from './columns.js';
import { readDelimited } from './csv.js';
import { readHtmlReport } from './html.js';
import { narrativeFindings } from './narrative.js';
import { readRecords } from './records.js';
import {
  acquireReport,
  assertNotEmpty,
  DEFAULT_REPORT_MAX_BYTES,
  decodeReport,
  detectReportFormat,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportInput,
} from './source.js';
import type { ParsedReport, ReportMeta } from './table.js';
import { readWorkbook } from './xlsx.js';

export type { ColumnChoice, ReportField } from './columns.js';
export type { UnresolvedRow } from './assemble.js';
export type { ReportFormat, ReportInput } from './source.js';
export { REPORT_FIELDS } from './columns.js';
export { looksLikeReport } from './html.js';
export { DEFAULT_REPORT_MAX_BYTES, formatOfName, REPORT_FORMATS } from './source.js';

/**
 * What the caller knows about the report. Title, publisher, date, edition and URL fill what the
 * document does not say (a warning names any the document contradicts, and the document wins).
 */
export interface ReportOptions {
  /** The report's URL: with `edition`, it identifies the source (same URL + edition = same source). */
  url?: string;
  title?: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; dates the status claims that give no date of their own. */
  published?: string;
  /** "1", "2", "2022-12"...: another edition is another source, and keeps the earlier one's claims. */
  edition?: string;
  /** The user's column names: header -> field (see REPORT_FIELDS), or the path of a JSON file of them. */
  columns?: Record<string, string> | string;
  /** The input's format when its name does not say it. */
  format?: ReportFormat;
  /** Run the narrative of an HTML report through the news extractor (default true). */
  narrative?: boolean;
  /** The most bytes read (default 50 MB). */
  maxBytes?: number;
}

/** The findings of a report, and what a person should know about how they were read. */
export interface ReportResult {
  /** Valid Findings (checked with validateFindings), ready to import. */
  findings: Findings;
  warnings: string[];
  /** Which column was read as what, per station table (unrecognised headers as "ignored"). */
  columns: ColumnChoice[];
  /** Rows whose places the resolver will flag for review (imported all the same). */
  unresolvedRows: UnresolvedRow[];
  /** The format read. */
  format: ReportFormat;
  /** Station tables read, data rows read, and stations found. */
  tables: number;
  rows: number;
  stations: number;
}

/**
 * Reads a report (HTML with station tables, CSV, TSV or XLSX) from a file, bytes or a URL and
 * returns its findings. Throws INPUT_UNREADABLE when the bytes cannot be read at all and
 * BAD_USER_INPUT when they hold no station table (empty file, no header naming a place, a bad
 * column mapping or option); nothing is returned, so nothing is written.
 */
export async function reportToFindings(
  input: ReportInput,
  options: ReportOptions = {},
): Promise<ReportResult> {
  checkOptions(options);
  const mapping =
    options.columns === undefined
      ? undefined
      : typeof options.columns === 'string'
        ? readMappingFile(options.columns)
        : checkMapping(options.columns);
  const acquired = await acquireReport(input, options.maxBytes ?? DEFAULT_REPORT_MAX_BYTES);
  const { origin } = acquired;
  assertNotEmpty(acquired.bytes, origin);
  const format = detectReportFormat(acquired, options.format);

  let parsed: ParsedReport;
  const warnings: string[] = [];
  if (format === 'xlsx') {
    parsed = await readWorkbook(acquired.bytes, origin);
  } else {
    const decoded = decodeReport(acquired, format);
    warnings.push(...decoded.warnings);
    if (format === 'html') {
      parsed = readHtmlReport(decoded.text);
    } else {
      const csv = readDelimited(decoded.text, {
        origin,
        ...(format === 'tsv' ? { preferred: '\t' } : {}),
      });
      parsed = {
        tables: [csv.table],
        paragraphs: [],
        footnotes: new Map(),
        meta: {},
        warnings: csv.warnings,
      };
    }
  }
  warnings.push(...parsed.warnings);

  const columns: ColumnChoice[] = [];
  const tables: AssemblyTable[] = [];
  for (const table of parsed.tables) {
    const layout = layoutOf(table, mapping);
    if (layout === undefined) {
      if (parsed.tables.length > 1 && table.rows.length > 0) {
        warnings.push(
          `table ${table.index}${table.caption ? ` ("${table.caption}")` : ''} is not a table of stations (no header row names a place): not read`,
        );
      }
      continue;
    }
    columns.push(...layout.choices);
    warnings.push(...layout.warnings);
    const { records, warnings: rowWarnings } = readRecords(table, layout);
    warnings.push(...rowWarnings);
    tables.push({
      index: table.index,
      ...(table.caption !== undefined ? { caption: table.caption } : {}),
      headers: layout.headers,
      records,
    });
  }
  if (tables.length === 0) throw noStationTable(origin, parsed, mapping);
  const rows = tables.reduce((n, table) => n + table.records.length, 0);
  if (rows === 0) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} has a table of stations but no rows under its header`,
      { hint: 'Check that the file was saved with its data rows.' },
    );
  }

  const meta = mergeMeta(parsed.meta, options, acquired, warnings);
  const narrativeText =
    format === 'html' && options.narrative !== false ? parsed.paragraphs.join('\n\n') : '';
  const narrative = narrativeFindings(narrativeText, meta);
  warnings.push(...narrative.warnings);
  const assembly = assemble(narrativeText, tables, {
    ...(meta.published !== undefined ? { published: meta.published } : {}),
    footnotes: parsed.footnotes,
  });
  warnings.push(...assembly.warnings);
  if (
    meta.published === undefined &&
    assembly.claims.some((c) => c.predicate === 'HAS_STATUS' && c.date === undefined)
  ) {
    warnings.push(
      'the report gives no date: its status claims are undated, so a later edition cannot be ordered after it; pass the publication date (published)',
    );
  }
  if (meta.url === undefined) {
    warnings.push(
      'no URL identifies this report: a corrected copy will be imported as another source, not replace this one; pass its URL (url)',
    );
  }

  const document: FindingsInput = {
    format: FINDINGS_FORMAT,
    source: {
      kind: 'ngo-report',
      ...(meta.url !== undefined ? { url: meta.url } : {}),
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      ...(meta.publisher !== undefined ? { publisher: meta.publisher } : {}),
      ...(meta.author !== undefined ? { author: meta.author } : {}),
      ...(meta.published !== undefined ? { published: meta.published } : {}),
      ...(meta.language !== undefined ? { language: meta.language } : {}),
      ...(meta.edition !== undefined ? { edition: meta.edition } : {}),
      text: assembly.text,
    },
    entities: [...assembly.entities, ...narrative.entities],
    claims: [...assembly.claims, ...narrative.claims],
    events: [...assembly.events, ...narrative.events],
  };
  const valid = validateFindings(document, origin);
  warnings.push(...valid.warnings.map((w) => `${w.path}: ${w.message}`));
  return {
    findings: valid.findings,
    warnings,
    columns,
    unresolvedRows: assembly.unresolvedRows,
    format,
    tables: tables.length,
    rows,
    stations: assembly.stations,
  };
}

function checkOptions(options: ReportOptions): void {
  if (options.published !== undefined && !isPartialDate(options.published)) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `the publication date "${options.published}" is not a date`,
      { hint: 'Give it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-12-05.' },
    );
  }
  if (options.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(options.url)) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `the report URL "${options.url}" is not an http(s) URL`,
    );
  }
  if (
    options.format !== undefined &&
    !(REPORT_FORMATS as readonly string[]).includes(options.format)
  ) {
    throw new OutpostError(ErrorCode.BAD_USER_INPUT, `unknown report format "${options.format}"`, {
      hint: `Use one of ${REPORT_FORMATS.join(', ')}.`,
    });
  }
  if (options.edition !== undefined && options.edition.trim() === '') {
    throw new OutpostError(ErrorCode.BAD_USER_INPUT, 'the edition is empty');
  }
}

/** The document's metadata, with the options filling the gaps and a title from the file name. */
function mergeMeta(
  document: ReportMeta,
  options: ReportOptions,
  acquired: { name?: string; url?: string },
  warnings: string[],
): ReportMeta {
  const meta: ReportMeta = { ...document };
  const fill = (key: 'url' | 'title' | 'publisher' | 'published' | 'edition') => {
    const given = options[key];
    if (given === undefined) return;
    if (meta[key] === undefined) meta[key] = given;
    else if (meta[key] !== given) {
      warnings.push(
        `the report gives its ${key} as "${meta[key]}"; the ${key} "${given}" passed in was not used`,
      );
    }
  };
  (['url', 'title', 'publisher', 'published', 'edition'] as const).forEach(fill);
  if (meta.url === undefined && acquired.url !== undefined) meta.url = acquired.url;
  if (meta.title === undefined && acquired.name !== undefined) {
    meta.title = acquired.name.replace(/\.[^.]+$/, '');
  }
  return meta;
}

function noStationTable(
  origin: string,
  parsed: ParsedReport,
  mapping: Map<string, ReportField> | undefined,
): OutpostError {
  const first = parsed.tables.find((table) => table.rows.length > 0);
  const headers = first === undefined ? [] : firstRowTexts(first).slice(0, 12);
  const places = PLACE_FIELDS.join(', ');
  const message =
    parsed.tables.length === 0
      ? `${origin} holds no table`
      : `${origin} has no table of stations: no header row names a place (${places}) and another field${
          headers.length > 0
            ? `; the first row reads ${headers.map((h) => `"${h}"`).join(', ')}`
            : ''
        }`;
  return new OutpostError(ErrorCode.BAD_USER_INPUT, message, {
    hint:
      parsed.tables.length === 0 && parsed.paragraphs.length > 0
        ? 'Import it as a news article (format news) if it is one.'
        : `Name your columns in a mapping file (columns: {"Your header": "country", ...}; fields: ${REPORT_FIELDS.join(', ')})${
            mapping !== undefined ? '; the mapping given did not name a place column' : ''
          }.`,
  });
}
