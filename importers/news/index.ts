/**
 * The news importer: an article from an HTML file, a plain-text file, a URL or stdin becomes an
 * `Article` (body text, title, publisher, author, date, language, dateline), then Findings through
 * the extractor. Importers may import src/; nothing in src/ imports this folder.
 */
import { extname } from 'node:path';
import { detect } from 'tinyld';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import type { Article } from '../../src/extract/article.js';
import { dateParts, isPartialDate } from '../../src/extract/dates.js';
import { parseDateline } from '../../src/extract/dateline.js';
import { extractFindings } from '../../src/extract/index.js';
import type { Findings } from '../../src/findings/schema.js';
import { validateFindings } from '../../src/findings/validate.js';
import {
  acquire,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type ArticleInput,
  type UrlCheck,
} from './acquire.js';
import { decodeBytes } from './decode.js';
import { readHtml } from './html.js';
import { looksLikeHtml, textParagraphs } from './plaintext.js';

export type { Article, Dateline } from '../../src/extract/article.js';
export type { ArticleInput, UrlCheck } from './acquire.js';
export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS } from './acquire.js';

/** Options for reading an article: fallbacks for what it lacks, and limits. */
export interface ArticleOptions {
  /** The publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the article does not give one. */
  published?: string;
  /** The publisher when the article does not name one. */
  publisher?: string;
  /** The most bytes read from a file, URL or stdin (default 10 MB). */
  maxBytes?: number;
  /** How long a URL has to answer in full (default 20 s). */
  timeoutMs?: number;
  /** Deepest HTML nesting kept (default 256); deeper tags are flattened. */
  maxDepth?: number;
  /** Called before fetching a URL and each URL it redirects to; throws to refuse one. */
  checkUrl?: UrlCheck;
}

/** Reads one article from a file, URL, stdin or bytes; throws BAD_USER_INPUT or INPUT_UNREADABLE. */
export async function readArticle(
  input: ArticleInput,
  options: ArticleOptions = {},
): Promise<Article> {
  if (options.published !== undefined && !isPartialDate(options.published)) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `the publication date "${options.published}" is not a date`,
      { hint: 'Give it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-04-28.' },
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const acquired = await acquire(input, {
    maxBytes,
    timeoutMs,
    ...(options.checkUrl ? { checkUrl: options.checkUrl } : {}),
  });
  const format = input.format ?? formatFromHints(acquired.contentType, input.path ?? input.url);
  const decoded = decodeBytes(acquired.bytes, {
    origin: acquired.origin,
    ...(acquired.contentType !== undefined ? { contentType: acquired.contentType } : {}),
    ...(format !== undefined ? { html: format === 'html' } : {}),
  });
  const warnings = [...decoded.warnings];
  const isHtml = format === 'html' || (format === undefined && looksLikeHtml(decoded.text));

  const article: Article = { text: '', warnings };
  if (isHtml) {
    const html = readHtml(
      decoded.text,
      acquired.origin,
      options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth },
    );
    warnings.push(...html.warnings);
    article.text = html.paragraphs.join('\n\n');
    if (html.title) article.title = html.title;
    if (html.publisher) article.publisher = html.publisher;
    if (html.author) article.author = html.author;
    if (html.published) article.published = html.published;
    if (html.language) article.language = html.language;
    if (html.url) article.url = html.url;
  } else {
    const paragraphs = textParagraphs(decoded.text);
    if (paragraphs.length === 0) {
      throw new OutpostError(ErrorCode.BAD_USER_INPUT, `${acquired.origin} has no text`, {
        hint: 'Give a file that holds the article text.',
      });
    }
    article.text = paragraphs.join('\n\n');
  }
  const url = acquired.url ?? input.url;
  if (url !== undefined && article.url === undefined) article.url = url;
  if (article.publisher === undefined && options.publisher !== undefined)
    article.publisher = options.publisher;
  if (article.published === undefined && options.published !== undefined)
    article.published = options.published;
  if (article.language === undefined) {
    const detected = detect(article.text.slice(0, 4000));
    if (detected) article.language = detected;
  }
  addDateline(article, warnings);
  if (article.published === undefined) {
    warnings.push(
      'the article gives no publication date: relative dates ("last month", "April 20") are left unresolved; pass --published YYYY-MM-DD',
    );
  }
  return article;
}

function addDateline(article: Article, warnings: string[]): void {
  const found = parseDateline(article.text, article.published, article.language);
  if (found === undefined) return;
  article.dateline = { start: found.start, end: found.end };
  if (found.place !== undefined) article.dateline.place = found.place;
  if (found.date !== undefined) {
    article.dateline.date = found.date;
    // A dateline "April 28" sharpens a publication date known only to the year or month.
    const published = dateParts(article.published);
    const dated = dateParts(found.date);
    if (
      published !== undefined &&
      dated !== undefined &&
      (article.published?.length ?? 0) < found.date.length &&
      published.y === dated.y &&
      (published.m === undefined || published.m === dated.m)
    ) {
      article.published = found.date;
    }
  } else if (found.dateText !== undefined) {
    warnings.push(
      `the dateline gives "${found.dateText}" without a year and the article has no date; pass --published YYYY-MM-DD`,
    );
  }
}

function formatFromHints(
  contentType: string | undefined,
  name: string | undefined,
): 'html' | 'text' | undefined {
  if (contentType !== undefined) {
    if (/html|xml/i.test(contentType)) return 'html';
    if (/^text\/plain/i.test(contentType)) return 'text';
  }
  if (name !== undefined) {
    const extension = extname(name.replace(/[?#].*$/, '')).toLowerCase();
    if (['.html', '.htm', '.xhtml', '.shtml'].includes(extension)) return 'html';
    if (['.txt', '.text', '.md'].includes(extension)) return 'text';
  }
  return undefined;
}

/** Reads an article and extracts its findings, validated with validateFindings(). */
export async function newsToFindings(
  input: ArticleInput,
  options: ArticleOptions = {},
): Promise<{ findings: Findings; warnings: string[] }> {
  const article = await readArticle(input, options);
  const { findings, warnings } = extractFindings(article);
  const origin = input.path ?? input.url ?? (input.stdin ? 'stdin' : 'article');
  const valid = validateFindings(findings, origin);
  return {
    findings: valid.findings,
    warnings: [
      ...article.warnings,
      ...warnings,
      ...valid.warnings.map((w) => `${w.path}: ${w.message}`),
    ],
  };
}
