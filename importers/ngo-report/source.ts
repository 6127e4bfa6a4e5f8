/**
 * Getting a report's bytes (a file, bytes in hand, or a URL through the news importer's capped
 * fetch), telling its format (the option, else the extension, else the first bytes), and turning
 * text formats into text (a byte-order mark, a declared charset, else UTF-8, else a detected
 * charset with a warning). Every failure is an OutpostError that says what to do.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import { acquire, formatBytes } from '../news/acquire.js';
import { decodeBytes } from '../news/decode.js';
import { looksLikeHtml } from '../news/plaintext.js';

/** The formats this importer reads. */
export const REPORT_FORMATS = ['html', 'csv', 'tsv', 'xlsx'] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Default cap on a report's size: 50 MB. */
export const DEFAULT_REPORT_MAX_BYTES = 50 * 1024 * 1024;

/** Where a report comes from: exactly one of a path, bytes or a URL to fetch. */
export interface ReportInput {
  path?: string;
  bytes?: Buffer;
  url?: string;
}

/** A report's bytes and what is known of where they came from. */
export interface AcquiredReport {
  bytes: Buffer;
  /** The path or URL, for messages. */
  origin: string;
  /** The file name, for a fallback title. */
  name?: string;
  /** The URL the bytes were fetched from. */
  url?: string;
  contentType?: string;
}

const EXTENSIONS: Record<string, ReportFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.xls': 'xlsx',
};

/** The report format a file name's extension says, if any. */
export function formatOfName(name: string): ReportFormat | undefined {
  return EXTENSIONS[extname(name.replace(/[?#].*$/, '')).toLowerCase()];
}

/** Reads the input's bytes; refuses more than `maxBytes`, folders, missing files. */
export async function acquireReport(input: ReportInput, maxBytes: number): Promise<AcquiredReport> {
  const given = (['path', 'bytes', 'url'] as const).filter((key) => input[key] !== undefined);
  if (given.length !== 1) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `a report input needs exactly one of path, bytes or url (got ${given.length === 0 ? 'none' : given.join(', ')})`,
      { hint: 'Pass a file path or an http(s) URL.' },
    );
  }
  if (input.bytes !== undefined) {
    if (input.bytes.length > maxBytes)
      throw tooLarge('the given bytes', input.bytes.length, maxBytes);
    return { bytes: input.bytes, origin: 'bytes' };
  }
  if (input.url !== undefined) {
    const fetched = await acquire({ url: input.url }, { maxBytes, timeoutMs: 60_000 });
    return {
      bytes: fetched.bytes,
      origin: fetched.origin,
      url: fetched.url ?? input.url,
      name: basename(new URL(fetched.url ?? input.url).pathname),
      ...(fetched.contentType !== undefined ? { contentType: fetched.contentType } : {}),
    };
  }
  const path = input.path as string;
  try {
    const stats = await stat(path);
    if (stats.isDirectory()) {
      throw new OutpostError(ErrorCode.BAD_USER_INPUT, `${path} is a folder, not a report file`);
    }
    if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
    return { bytes: await readFile(path), origin: path, name: basename(path) };
  } catch (error) {
    if (error instanceof OutpostError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : (code ?? (error as Error).message);
    throw new OutpostError(ErrorCode.INPUT_UNREADABLE, `cannot read ${path}: ${why}`, {
      cause: error,
    });
  }
}

function tooLarge(origin: string, size: number, maxBytes: number): OutpostError {
  return new OutpostError(
    ErrorCode.BAD_USER_INPUT,
    `${origin} is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one report`,
    { hint: 'Split the file, or raise the limit (options.maxBytes).', details: { size, maxBytes } },
  );
}

/** Throws BAD_USER_INPUT when the bytes hold nothing (empty, or only whitespace and a BOM). */
export function assertNotEmpty(bytes: Buffer, origin: string): void {
  const text = bytes
    .subarray(0, 4096)
    .toString('latin1')
    .replace(/^\xef\xbb\xbf/, '');
  if (bytes.length === 0 || (bytes.length <= 4096 && text.trim() === '')) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} is empty: there is no table to read`,
      {
        hint: 'Check that the file was saved completely.',
      },
    );
  }
}

/**
 * The format of a report: `forced`, else the extension, else the first bytes (a ZIP or OLE
 * signature is a workbook, markup is HTML, anything else delimited text).
 */
export function detectReportFormat(acquired: AcquiredReport, forced?: ReportFormat): ReportFormat {
  if (forced !== undefined) return forced;
  const byName = acquired.name === undefined ? undefined : formatOfName(acquired.name);
  if (byName !== undefined) return byName;
  if (acquired.contentType !== undefined) {
    if (/html|xml/i.test(acquired.contentType)) return 'html';
    if (/tab-separated/i.test(acquired.contentType)) return 'tsv';
    if (/csv/i.test(acquired.contentType)) return 'csv';
    if (/spreadsheetml|ms-excel/i.test(acquired.contentType)) return 'xlsx';
  }
  const head = acquired.bytes.subarray(0, 4);
  if (
    head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) ||
    head.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))
  ) {
    return 'xlsx';
  }
  return looksLikeHtml(acquired.bytes.subarray(0, 8192).toString('utf8')) ? 'html' : 'csv';
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['an old Office document (.xls, .doc)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/**
 * Decodes a text format: refuses binary files (INPUT_UNREADABLE, naming what they look like),
 * then reads the charset as the news importer does (BOM, declared, UTF-8, detected).
 */
export function decodeReport(
  acquired: AcquiredReport,
  format: 'html' | 'csv' | 'tsv',
): { text: string; warnings: string[] } {
  const { bytes, origin } = acquired;
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) {
      throw new OutpostError(
        ErrorCode.INPUT_UNREADABLE,
        `${origin} is ${kind}, not ${format === 'html' ? 'an HTML report' : `${format.toUpperCase()} text`}`,
        {
          hint: kind.includes('ZIP')
            ? 'An Excel workbook should end in .xlsx (or pass --format xlsx).'
            : 'Export the table as CSV, or give the report as HTML.',
        },
      );
    }
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) {
    const head = bytes.subarray(0, 8192);
    let control = 0;
    for (const b of head) if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
    if (control / head.length > 0.02) {
      throw new OutpostError(
        ErrorCode.INPUT_UNREADABLE,
        `${origin} is not text: ${Math.round((control / head.length) * 100)}% of its first bytes are control characters (a binary file, or UTF-16 without a byte-order mark)`,
        { hint: 'Save the table as CSV in UTF-8 and import that.' },
      );
    }
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, {
      origin,
      html: format === 'html',
      ...(acquired.contentType !== undefined ? { contentType: acquired.contentType } : {}),
    });
  } catch (error) {
    if (error instanceof OutpostError) {
      throw new OutpostError(ErrorCode.INPUT_UNREADABLE, error.message, { cause: error });
    }
    throw error;
  }
  const warnings = decoded.warnings.map((w) =>
    format === 'html' ? w : w.replace(/\bthe page\b/g, 'the file'),
  );
  return { text: decoded.text, warnings };
}
