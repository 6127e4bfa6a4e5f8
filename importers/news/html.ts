/**
 * HTML to article: metadata from JSON-LD (NewsArticle), Open Graph / article:* meta tags and
 * <time datetime>, read through a declarative map of selectors; the body from Mozilla's
 * Readability (the Firefox Reader View algorithm) over a linkedom DOM, after boilerplate (nav,
 * cookie banners, share bars, related links, comments) is removed by a second selector list.
 * The body comes back as paragraphs; a page without any is refused.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import { normaliseDate } from '../../src/extract/dates.js';
import { DEFAULT_MAX_DEPTH, limitDepth } from './depth.js';

/** The few DOM members we use, typed here because the project does not load the DOM lib. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  tagName: string;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** What the HTML says about the article, and its body paragraphs. */
export interface HtmlArticle {
  paragraphs: string[];
  title?: string;
  publisher?: string;
  author?: string;
  published?: string;
  language?: string;
  url?: string;
  warnings: string[];
}

/** A selector, optionally with `@attribute` to read instead of the text. */
type Pick = string;

/** Where each metadata field is looked for, best first. A miss is undefined. */
const METADATA: Record<
  'title' | 'publisher' | 'author' | 'published' | 'language' | 'url',
  Pick[]
> = {
  title: [
    'meta[property="og:title" i]@content',
    'meta[name="twitter:title" i]@content',
    'meta[name="title" i]@content',
    'title',
    'article h1',
    'h1',
  ],
  publisher: [
    'meta[property="og:site_name" i]@content',
    'meta[name="publisher" i]@content',
    'meta[name="application-name" i]@content',
    '[itemprop="publisher"] [itemprop="name"]',
  ],
  author: [
    'meta[name="author" i]@content',
    'meta[property="article:author" i]@content',
    'meta[name="byl" i]@content',
    '[itemprop="author"] [itemprop="name"]',
    '[itemprop="author"]',
    '[rel="author"]',
    '.byline',
    '.author',
  ],
  published: [
    'meta[property="article:published_time" i]@content',
    'meta[name="article:published_time" i]@content',
    'meta[itemprop="datePublished" i]@content',
    'meta[name="pubdate" i]@content',
    'meta[name="publishdate" i]@content',
    'meta[name="date" i]@content',
    'meta[name="dc.date" i]@content',
    'meta[name="dc.date.issued" i]@content',
    'meta[name="dcterms.date" i]@content',
    '[itemprop="datePublished"]@datetime',
    'article time[datetime]@datetime',
    'time[datetime]@datetime',
  ],
  language: [
    'html@lang',
    'html@xml:lang',
    'meta[http-equiv="content-language" i]@content',
    'meta[property="og:locale" i]@content',
  ],
  url: ['link[rel="canonical" i]@href', 'meta[property="og:url" i]@content'],
};

/** Boilerplate removed before the body is looked for. */
const BOILERPLATE = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'form',
  'button',
  'nav',
  'aside',
  'footer',
  'header:not(article header)',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="dialog"]',
  '[aria-hidden="true"]',
  '[hidden]',
  '[id*="cookie" i]',
  '[class*="cookie" i]',
  '[id*="consent" i]',
  '[class*="consent" i]',
  '[class*="gdpr" i]',
  '[class*="share" i]',
  '[class*="social" i]',
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="comment" i]',
  '[id*="comment" i]',
  '[class*="newsletter" i]',
  '[class*="subscribe" i]',
  '[class*="advert" i]',
  '[class*="promo" i]',
  '[class*="breadcrumb" i]',
  '[class*="tags" i]',
  '[class*="paywall" i]',
  '.ad',
  '.ads',
];

/** Elements that end a paragraph of the body text. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'FIGCAPTION',
  'BR',
  'HR',
  'MAIN',
  'ADDRESS',
]);
/** Elements whose text is never body text, even inside the article. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'SVG']);

/** Parses an HTML page into metadata and body paragraphs; throws when it holds no article. */
export function readHtml(
  html: string,
  origin: string,
  options: { maxDepth?: number } = {},
): HtmlArticle {
  const warnings: string[] = [];
  const limited = limitDepth(html, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  if (limited.flattened > 0) {
    warnings.push(
      `the HTML nests deeper than ${options.maxDepth ?? DEFAULT_MAX_DEPTH} levels; ${limited.flattened} inner tags were flattened (their text kept)`,
    );
  }
  if (
    !/<\/(?:html|body)\s*>/i.test(html.slice(-4096)) &&
    /<(?:html|body)\b/i.test(html.slice(0, 4096))
  ) {
    warnings.push(
      'the HTML looks truncated (it has no closing </body> or </html>); the text may be incomplete',
    );
  }
  const { document } = parseHTML(limited.html) as unknown as { document: DomDocument };
  const result: HtmlArticle = { paragraphs: [], warnings };
  const jsonLd = readJsonLd(document, warnings);

  const title =
    jsonLd.headline ??
    cleanTitle(pick(document, METADATA.title), pick(document, METADATA.publisher));
  const publisher = jsonLd.publisher ?? pick(document, METADATA.publisher);
  const author = jsonLd.author ?? authorFrom(pick(document, METADATA.author));
  const publishedRaw = jsonLd.published ?? pick(document, METADATA.published);
  const published = normaliseDate(publishedRaw);
  if (publishedRaw !== undefined && published === undefined) {
    warnings.push(`the page's publication date "${publishedRaw}" could not be read as a date`);
  }
  const language = languageCode(pick(document, METADATA.language));
  const url = pick(document, METADATA.url);
  if (title) result.title = title;
  if (publisher) result.publisher = publisher;
  if (author) result.author = author;
  if (published) result.published = published;
  if (language) result.language = language;
  if (url && /^https?:\/\//i.test(url)) result.url = url;

  removeBoilerplate(document);
  let paragraphs: string[] = [];
  try {
    const parsed = new Readability(document as never, {
      charThreshold: 200,
      serializer: (node: unknown) => node,
    }).parse();
    if (parsed?.content) paragraphs = blockTexts(parsed.content as DomNode);
  } catch (error) {
    warnings.push(
      `the article body could not be isolated (${(error as Error).message}); all paragraphs were kept`,
    );
  }
  if (paragraphs.join(' ').length < 80) {
    // Readability found nothing worth reading: fall back to the page's paragraphs.
    const fallback =
      document.body === null ? [] : blockTexts(document.body).filter((p) => p.length >= 40);
    if (fallback.join(' ').length > paragraphs.join(' ').length) paragraphs = fallback;
  }
  const titleKey = title === undefined ? undefined : squash(title).toLowerCase();
  while (
    paragraphs.length > 0 &&
    titleKey !== undefined &&
    squash(paragraphs[0] ?? '').toLowerCase() === titleKey
  ) {
    paragraphs.shift();
  }
  if (paragraphs.length === 0) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} has no article text (no paragraphs outside navigation and page furniture)`,
      {
        hint: 'Check that the address or file is the article itself, not an index, login or consent page.',
      },
    );
  }
  result.paragraphs = paragraphs;
  return result;
}

function pick(document: DomDocument, picks: Pick[]): string | undefined {
  for (const p of picks) {
    const at = p.lastIndexOf('@');
    const selector = at > 0 ? p.slice(0, at) : p;
    const attribute = at > 0 ? p.slice(at + 1) : undefined;
    let element: DomElement | null = null;
    try {
      element = document.querySelector(selector);
    } catch {
      continue;
    }
    if (element === null) continue;
    const value = squash(
      attribute === undefined
        ? (element.textContent ?? '')
        : (element.getAttribute(attribute) ?? ''),
    );
    if (value !== '') return value;
  }
  return undefined;
}

interface JsonLdFields {
  headline?: string;
  publisher?: string;
  author?: string;
  published?: string;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|WebPage)$/;

function readJsonLd(document: DomDocument, warnings: string[]): JsonLdFields {
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json" i]'));
  const candidates: Record<string, unknown>[] = [];
  for (const script of scripts) {
    const text = script.textContent ?? '';
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      warnings.push('a JSON-LD block of the page is not valid JSON and was ignored');
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0 && candidates.length < 50) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item !== null && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (Array.isArray(record['@graph'])) queue.push(...(record['@graph'] as unknown[]));
        const types = ([] as unknown[]).concat(record['@type'] ?? []);
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)))
          candidates.push(record);
      }
    }
  }
  // Prefer a news article over a plain web page.
  candidates.sort((a, b) => rankType(a) - rankType(b));
  const best = candidates[0];
  if (best === undefined) return {};
  const fields: JsonLdFields = {};
  const headline = text(best.headline) ?? text(best.name);
  if (headline) fields.headline = headline;
  const publisher = nameOf(best.publisher);
  if (publisher) fields.publisher = publisher;
  const author = nameOf(best.author);
  if (author) fields.author = author;
  const published = text(best.datePublished) ?? text(best.dateCreated);
  if (published) fields.published = published;
  return fields;
}

function rankType(record: Record<string, unknown>): number {
  const types = ([] as unknown[]).concat(record['@type'] ?? []).map(String);
  return types.some((t) => /NewsArticle/.test(t)) ? 0 : types.includes('WebPage') ? 2 : 1;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const squashed = squash(value);
  return squashed === '' ? undefined : squashed;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value !== null && typeof value === 'object')
    return text((value as Record<string, unknown>).name);
  return undefined;
}

function authorFrom(value: string | undefined): string | undefined {
  if (value === undefined || /^https?:\/\//i.test(value)) return undefined;
  const cleaned = value.replace(/^by\s+/i, '').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** "Headline | Site" → "Headline" when the suffix is the publisher or a short site name. */
function cleanTitle(title: string | undefined, publisher: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const match = /^(.{3,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/.exec(title);
  if (match === null) return title;
  const suffix = (match[2] ?? '').trim();
  if (publisher !== undefined && suffix.toLowerCase() === publisher.toLowerCase()) return match[1];
  return suffix.split(/\s+/).length <= 4 ? match[1] : title;
}

function languageCode(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^([a-z]{2,3})(?:[-_]|$)/i.exec(value.trim());
  return match?.[1]?.toLowerCase();
}

function removeBoilerplate(document: DomDocument): void {
  for (const selector of BOILERPLATE) {
    let elements: DomElement[];
    try {
      elements = Array.from(document.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const element of elements) {
      if (element.nodeName === 'HTML' || element.nodeName === 'BODY') continue;
      // Never remove what holds the article itself (a class such as "story-share-wrapper" on a container).
      if (
        element.nodeName !== 'SCRIPT' &&
        element.nodeName !== 'STYLE' &&
        element.querySelector('article, [itemprop="articleBody"], main') !== null
      ) {
        continue;
      }
      element.remove();
    }
  }
}

/** The text of `root` as paragraphs: block elements break, inline ones run on. Iterative, no recursion. */
export function blockTexts(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const paragraph = squash(current.join(''));
    if (paragraph !== '') paragraphs.push(paragraph);
    current = [];
  };
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: DomNode; exit: boolean };
    if (node.nodeType === 3) {
      current.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCKS.has(name);
    if (exit) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, exit: true });
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      const child = children[i];
      if (child !== undefined) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return paragraphs;
}

/** Collapses whitespace (including no-break spaces) and trims. */
export function squash(value: string): string {
  return value.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}
