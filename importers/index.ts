/**
 * The importer registry: which importer reads an input (from --format, its extension, its
 * content), and the one call that turns any input into validated Findings. The CLI and the API
 * (the composition roots) use this; importers never write to the graph.
 */
import { readFileSync } from 'node:fs';
import { ErrorCode, OutpostError } from '../src/errors.js';
import type { Findings } from '../src/findings/schema.js';
import { parseFindings, validateFindings } from '../src/findings/validate.js';

/** Input formats `outpost import` understands. */
export const IMPORT_FORMATS = ['findings', 'news'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** File extensions a folder import picks up. */
export const IMPORTABLE_EXTENSIONS = new Set(['.json', '.html', '.htm', '.txt', '.text']);

/** Options an importer may use when the document lacks them. */
export interface InputOptions {
  format?: string;
  published?: string;
  publisher?: string;
}

/** True when `format` names an importer. */
export function isImportFormat(format: string): format is ImportFormat {
  return (IMPORT_FORMATS as readonly string[]).includes(format);
}

/** The format of an input: --format, else `.json` is findings, else a news article. */
export function detectFormat(input: string, forced?: string): ImportFormat {
  if (forced !== undefined) {
    if (!isImportFormat(forced)) {
      throw new OutpostError(ErrorCode.BAD_USER_INPUT, `unknown format "${forced}"`, {
        hint: `Use one of ${IMPORT_FORMATS.join(', ')}.`,
      });
    }
    return forced;
  }
  if (/\.json$/i.test(input)) return 'findings';
  return 'news';
}

/** Reads a file, URL or `-` (stdin) and returns its validated findings and the importer's warnings. */
export async function inputToFindings(
  input: string,
  options: InputOptions = {},
): Promise<{ findings: Findings; warnings: string[] }> {
  const format = detectFormat(input, options.format);
  if (format === 'findings') {
    const text = input === '-' ? readFileSync(0, 'utf8') : readText(input);
    const { findings, warnings } = parseFindings(text, input);
    return { findings, warnings: warnings.map((w) => `${w.path}: ${w.message}`) };
  }
  const news = await import('./news/index.js');
  const source =
    input === '-'
      ? { stdin: true }
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
