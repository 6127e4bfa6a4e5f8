/**
 * What `outpost import` reads: its arguments (files, folders, globs, URLs, `-`) expanded into a
 * list of inputs, and each input's format, from `--format`, its extension, or its first bytes.
 * Globs are expanded here (tinyglobby), since shells on Windows do not expand them.
 */
import { createReadStream, openSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join } from 'node:path';
import { createInterface } from 'node:readline';
import { glob, isDynamicPattern } from 'tinyglobby';
import {
  detectFormat,
  IMPORTABLE_EXTENSIONS,
  isImportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
} from '../../importers/index.js';
import { ErrorCode, OutpostError } from '../errors.js';
import { usageError } from './output.js';

/** How an input is read: findings as JSON lines, or one of the importers' formats. */
export type InputFormat = 'findings-lines' | ImportFormat;

/** Extensions of findings bundles: one outpost-findings/1 document per line. */
export const JSON_LINES_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** Formats recognised but not importable yet, by extension: the name a person knows them by. */
export const UNSUPPORTED_EXTENSIONS: ReadonlyMap<string, string> = new Map([
  ['.xls', 'Excel 97-2003 workbook (XLS; save it as XLSX)'],
  ['.ods', 'OpenDocument spreadsheet (ODS)'],
  ['.pdf', 'PDF'],
  ['.docx', 'Word document (DOCX)'],
]);

/** Extensions a folder import picks up (importable ones, and the recognised unsupported ones). */
export const FOLDER_EXTENSIONS: ReadonlySet<string> = new Set([
  ...IMPORTABLE_EXTENSIONS,
  ...JSON_LINES_EXTENSIONS,
  ...UNSUPPORTED_EXTENSIONS.keys(),
]);

/** An argument that could not be expanded (a glob matching nothing, a missing file). */
export interface InputProblem {
  input: string;
  code: string;
  message: string;
}

/** The expanded inputs, in a stable order, and the arguments that matched nothing. */
export interface ExpandedInputs {
  inputs: string[];
  problems: InputProblem[];
}

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/**
 * Expands the arguments: folders recursively (hidden entries skipped; files with the extensions
 * in FOLDER_EXTENSIONS, sorted), globs (files only, sorted), and keeps URLs, `-` and plain files
 * as given. A file named explicitly is kept whatever its extension; it fails later if unreadable.
 * Duplicates are dropped (the first stays).
 */
export async function expandInputs(args: string[]): Promise<ExpandedInputs> {
  const inputs: string[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-' || isUrl(arg)) {
      inputs.push(arg);
      continue;
    }
    const stats = statOrUndefined(arg);
    if (stats?.isDirectory()) {
      inputs.push(...walk(arg));
    } else if (stats !== undefined) {
      inputs.push(arg);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob(arg.replace(/\\/g, '/'), {
        absolute: isAbsolute(arg),
        onlyFiles: true,
        dot: false,
        expandDirectories: false,
      });
      if (matches.length === 0) {
        problems.push({
          input: arg,
          code: ErrorCode.INPUT_UNREADABLE,
          message: 'no file matches this pattern',
        });
      }
      inputs.push(...matches.sort());
    } else {
      problems.push({
        input: arg,
        code: ErrorCode.INPUT_UNREADABLE,
        message: 'no such file or folder',
      });
    }
  }
  return { inputs: [...new Set(inputs)], problems };
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

/** Throws BAD_USER_INPUT when `--format` names no importer. */
export function checkFormatOption(format: string | undefined): void {
  if (format !== undefined && !isImportFormat(format)) {
    throw usageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}, not "${format}"`);
  }
}

/**
 * The format of an input: `--format` first; else by extension (`.json` findings, `.jsonl` and
 * `.ndjson` findings lines; `.csv`, `.tsv`, `.xlsx` tables; `.html`/`.htm` an NGO report when it
 * holds a station table, else news; `.txt` news; XLS, ODS, PDF, DOCX refused with
 * FORMAT_UNSUPPORTED); else by content (`head`: the first bytes): a ZIP or PDF signature is
 * refused, `{` is findings, anything else is read by the importers' own sniffing.
 */
export function detectInputFormat(input: string, forced?: string, head?: Buffer): InputFormat {
  if (forced !== undefined) {
    checkFormatOption(forced);
    if (forced === 'findings' && JSON_LINES_EXTENSIONS.has(extensionOf(input)))
      return 'findings-lines';
    return forced as InputFormat;
  }
  const extension = extensionOf(input);
  const unsupported = UNSUPPORTED_EXTENSIONS.get(extension);
  if (unsupported !== undefined) throw unsupportedFormat(input, unsupported);
  if (extension === '.json') return 'findings';
  if (JSON_LINES_EXTENSIONS.has(extension)) return 'findings-lines';
  if (IMPORTABLE_EXTENSIONS.has(extension) || isUrl(input))
    return detectFormat(input, undefined, head);
  if (head === undefined) return 'news';
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw unsupportedFormat(input, 'ZIP container (XLSX, DOCX, ODS...)');
  }
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') throw unsupportedFormat(input, 'PDF');
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('{')) return 'findings';
  return detectFormat(input, undefined, head);
}

function extensionOf(input: string): string {
  return extname(isUrl(input) ? input.replace(/[?#].*$/, '') : input).toLowerCase();
}

function unsupportedFormat(input: string, name: string): OutpostError {
  return new OutpostError(ErrorCode.FORMAT_UNSUPPORTED, `${name} files are not supported yet`, {
    hint: 'Import findings JSON, news articles (HTML or text), or station tables (HTML reports, CSV, TSV, XLSX).',
    details: { format: name },
  });
}

/** The first `bytes` bytes of a file (fewer if it is shorter); undefined when unreadable. */
export function readHead(path: string, bytes = 512): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The non-blank lines of a JSON-lines file with their line numbers, read as a stream. */
export async function* jsonLines(path: string): AsyncGenerator<{ line: number; text: string }> {
  const reader = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/** How many non-blank lines a JSON-lines file has (streamed; for progress totals). */
export async function countJsonLines(path: string): Promise<number> {
  let count = 0;
  for await (const entry of jsonLines(path)) if (entry.text !== '') count++;
  return count;
}
