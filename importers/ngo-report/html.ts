/**
 * HTML reports (cheerio): every <table> as a grid with rowspan and colspan expanded, footnote
 * markers (<sup>1</sup>, [1], ¹, *) kept as bracketed markers for the cell reader, notes in
 * cells (<small>, .note) kept in parentheses; the footnotes themselves, the narrative paragraphs
 * outside the tables, and the report's metadata from a declarative map of selectors.
 */
import * as cheerio from 'cheerio';
import { findDates, normaliseDate } from '../../src/extract/dates.js';
import { layoutOf } from './columns.js';
import type { ParsedReport, RawCell, RawRow, RawTable, ReportMeta } from './table.js';

/** The few members of a parsed node we read (cheerio's domhandler nodes). */
interface Node {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}

/** A selector, optionally with `@attribute` to read instead of the text. */
type Pick = string;

/** Where each metadata field is looked for, best first. A miss is undefined. */
const METADATA: Record<keyof ReportMeta, Pick[]> = {
  title: [
    'meta[name="citation_title" i]@content',
    'meta[name="dc.title" i]@content',
    'meta[property="og:title" i]@content',
    'title',
    'h1',
  ],
  publisher: [
    'meta[name="citation_publisher" i]@content',
    'meta[name="dc.publisher" i]@content',
    'meta[name="publisher" i]@content',
    'meta[property="og:site_name" i]@content',
  ],
  author: [
    'meta[name="citation_author" i]@content',
    'meta[name="dc.creator" i]@content',
    'meta[name="author" i]@content',
  ],
  published: [
    'meta[name="citation_publication_date" i]@content',
    'meta[name="citation_date" i]@content',
    'meta[name="dc.date" i]@content',
    'meta[property="article:published_time" i]@content',
    'meta[name="date" i]@content',
    'time[datetime]@datetime',
  ],
  edition: [
    'meta[name="citation_edition" i]@content',
    'meta[name="edition" i]@content',
    'meta[name="version" i]@content',
    '[itemprop="version"]',
    '.edition',
  ],
  url: [
    'link[rel="canonical" i]@href',
    'meta[property="og:url" i]@content',
    'meta[name="citation_public_url" i]@content',
  ],
  language: ['html@lang', 'meta[http-equiv="content-language" i]@content'],
};

/** Containers of a report's footnotes or endnotes. */
const FOOTNOTE_CONTAINERS = [
  '.footnotes',
  '#footnotes',
  '.endnotes',
  '#endnotes',
  '[role="doc-endnotes"]',
  'aside.notes',
  'ol.notes',
  'section.notes',
].join(', ');

const PARAGRAPHS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd';
const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'section',
  'article',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dd',
  'dt',
  'table',
  'tr',
]);
const MARKER_TEXT = /^\s*\[?\s*(\d{1,3}|[a-z]|\*{1,3}|†|‡)\s*\]?\s*$/i;

/** Reads an HTML report: tables, narrative paragraphs, footnotes and metadata. */
export function readHtmlReport(html: string): ParsedReport {
  const $ = cheerio.load(html);
  $('script, style, noscript, template, svg, iframe').remove();
  const warnings: string[] = [];

  const tables: RawTable[] = [];
  $('table').each((i, element) => {
    tables.push(readTable($, element, i + 1));
  });

  const footnotes = readFootnotes($);
  const paragraphs: string[] = [];
  $(PARAGRAPHS).each((_, element) => {
    const $element = $(element);
    if ($element.closest('table, nav, [role="navigation"], [hidden]').length > 0) return;
    if ($element.find(PARAGRAPHS).length > 0) return; // the inner blocks are read instead
    const text = inline(nodeText(element as unknown as Node));
    if (text !== '') paragraphs.push(text);
  });

  const meta = readMeta($);
  // A visible edition line ("Second edition, 5 December 2022") when the metadata has none.
  for (const paragraph of paragraphs.slice(0, 20)) {
    const edition = editionIn(paragraph);
    if (edition === undefined) continue;
    meta.edition ??= edition;
    if (meta.published === undefined) {
      const date = findDates(paragraph).find((mention) => mention.date !== undefined)?.date;
      if (date !== undefined) meta.published = date;
    }
    break;
  }
  return { tables, paragraphs, footnotes, meta, warnings };
}

/**
 * True when the HTML holds a table of stations (a header row naming a place and one more field):
 * an NGO report rather than a news article.
 */
export function looksLikeReport(html: string): boolean {
  if (!/<table\b/i.test(html)) return false;
  const $ = cheerio.load(html);
  let found = false;
  $('table').each((i, element) => {
    if (!found && layoutOf(readTable($, element, i + 1)) !== undefined) found = true;
  });
  return found;
}

function readTable($: cheerio.CheerioAPI, table: unknown, index: number): RawTable {
  const $table = $(table as never);
  const caption = inline(
    nodeText($table.children('caption').get(0) as unknown as Node | undefined),
  );
  const trs = $table.find('tr').filter((_, tr) => $(tr).closest('table').get(0) === table);
  const grid: (RawCell | undefined)[][] = [];
  const rows: RawRow[] = [];
  trs.each((r, tr) => {
    const $tr = $(tr);
    grid[r] ??= [];
    let column = 0;
    let allHeader = true;
    $tr.children('td, th').each((c, cell) => {
      const $cell = $(cell);
      if ((cell as unknown as Node).name !== 'th') allHeader = false;
      const line = grid[r] as (RawCell | undefined)[];
      while (line[column] !== undefined) column += 1;
      const colspan = clamp(Number.parseInt($cell.attr('colspan') ?? '1', 10), 1, 100);
      const rawRowspan = Number.parseInt($cell.attr('rowspan') ?? '1', 10);
      // rowspan="0" spans to the end of the table section.
      const rowspan = rawRowspan === 0 ? trs.length - r : clamp(rawRowspan, 1, trs.length - r);
      const text = cellText(cell as unknown as Node);
      const origin = `${r}:${c}`;
      for (let dr = 0; dr < rowspan; dr += 1) {
        grid[r + dr] ??= [];
        const target = grid[r + dr] as (RawCell | undefined)[];
        for (let dc = 0; dc < colspan; dc += 1) target[column + dc] = { text, origin };
      }
      column += colspan;
    });
    rows.push({
      cells: [],
      ...($tr.closest('tfoot').length > 0 ? { footer: true } : {}),
      ...(allHeader && $tr.children('th').length > 0 ? { allHeader: true } : {}),
    });
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  rows.forEach((row, r) => {
    const line = grid[r] ?? [];
    row.cells = Array.from(
      { length: width },
      (_, c) => line[c] ?? { text: '', origin: `${r}:empty:${c}` },
    );
  });
  return { index, ...(caption !== '' ? { caption } : {}), rows };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, min), Math.max(min, max)) : min;
}

/** The text of a cell: lines joined with ", ", notes in parentheses, markers in brackets. */
function cellText(node: Node): string {
  return nodeText(node)
    .split(/\s*\n\s*/)
    .map((part) => part.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(', ')
    .replace(/,\s*(?=\()/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function inline(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The text of a node, with <br> and blocks as line breaks, footnote <sup>s as "[n]". */
function nodeText(node: Node | undefined): string {
  if (node === undefined) return '';
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const name = node.name ?? '';
  const inner = () => (node.children ?? []).map(nodeText).join('');
  if (name === 'br') return '\n';
  if (name === 'sup') {
    const text = inner();
    const marker = MARKER_TEXT.exec(text);
    return marker !== null ? `[${marker[1]}]` : text;
  }
  const classes = ` ${node.attribs?.class ?? ''} `;
  if (name === 'a' && (/\bfootnote-backref\b/.test(classes) || /^\s*[↩⤴]\s*$/.test(inner()))) {
    return '';
  }
  if (name === 'small' || / note /.test(classes) || / cell-note /.test(classes)) {
    const text = inline(inner());
    return text === '' ? '' : ` (${text})`;
  }
  if (BLOCKS.has(name)) return `\n${inner()}\n`;
  return inner();
}

/** Footnote texts by marker, from the report's footnote section (or "[1] ..." paragraphs). */
function readFootnotes($: cheerio.CheerioAPI): Map<string, string> {
  const notes = new Map<string, string>();
  $(FOOTNOTE_CONTAINERS).each((_, container) => {
    $(container)
      .find('li, p')
      .each((i, element) => {
        if ($(element).find('li, p').length > 0) return;
        const text = inline(nodeText(element as unknown as Node));
        const id = $(element).attr('id') ?? '';
        const fromId = /(?:fn|note|footnote|endnote)[-_:]?(\w+)$/i.exec(id)?.[1];
        const leading = /^(?:\[(\w{1,3}|\*+)\]|(\d{1,3})[.)]|([¹²³⁴-⁹]+)|(\*+|†|‡))\s*/u.exec(text);
        const marker =
          fromId ??
          leading?.[1] ??
          leading?.[2] ??
          leading?.[3]?.replace(/[¹²³⁴-⁹]/gu, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))) ??
          leading?.[4] ??
          ((element as unknown as Node).name === 'li' ? String(i + 1) : undefined);
        const body = leading === null ? text : text.slice(leading[0].length);
        if (marker !== undefined && body !== '') notes.set(marker.toLowerCase(), body);
      });
  });
  $('p').each((_, element) => {
    const text = inline(nodeText(element as unknown as Node));
    const leading = /^\[(\d{1,3}|[a-z]|\*+)\]\s+/i.exec(text);
    if (leading?.[1] !== undefined && !notes.has(leading[1].toLowerCase())) {
      notes.set(leading[1].toLowerCase(), text.slice(leading[0].length));
    }
  });
  return notes;
}

function readMeta($: cheerio.CheerioAPI): ReportMeta {
  const pick = (picks: Pick[]): string | undefined => {
    for (const p of picks) {
      const [selector, attribute] = p.split('@') as [string, string | undefined];
      const element = $(selector).first();
      if (element.length === 0) continue;
      const value = inline(
        attribute === undefined
          ? nodeText(element.get(0) as unknown as Node)
          : (element.attr(attribute) ?? ''),
      );
      if (value !== '') return value;
    }
    return undefined;
  };
  const meta: ReportMeta = {};
  const title = pick(METADATA.title);
  if (title !== undefined) meta.title = title;
  const publisher = pick(METADATA.publisher);
  if (publisher !== undefined) meta.publisher = publisher;
  const author = pick(METADATA.author);
  if (author !== undefined) meta.author = author;
  const published = normaliseDate(pick(METADATA.published));
  if (published !== undefined) meta.published = published;
  const editionText = pick(METADATA.edition);
  if (editionText !== undefined) {
    meta.edition = editionIn(editionText) ?? editionText.slice(0, 60);
    if (meta.published === undefined) {
      const date = findDates(editionText).find((mention) => mention.date !== undefined)?.date;
      if (date !== undefined) meta.published = date;
    }
  }
  const url = pick(METADATA.url);
  if (url !== undefined && /^https?:\/\//i.test(url)) meta.url = url;
  const language = pick(METADATA.language)?.slice(0, 2).toLowerCase();
  if (language !== undefined && /^[a-z]{2}$/.test(language)) meta.language = language;
  return meta;
}

const ORDINALS: Record<string, string> = {
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
  tenth: '10',
};

/**
 * The edition a line names, as a number when it gives one: "Second edition" and "2nd edition"
 * are "2", "Edition 3" is "3", "Version 2.1" is "2.1"; undefined when the line names none.
 */
export function editionIn(line: string): string | undefined {
  const ordinal =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d{1,2})(?:st|nd|rd|th))\s+(?:updated\s+|revised\s+)?edition\b/i.exec(
      line,
    );
  if (ordinal !== null) return ordinal[2] ?? ORDINALS[(ordinal[1] as string).toLowerCase()];
  const numbered = /\bedition\s*(?:no\.?|number|#)?\s*[:\-–]?\s*(\d{1,3})\b/i.exec(line);
  if (numbered?.[1] !== undefined) return numbered[1];
  const version = /\bversion\s*[:\-–]?\s*v?(\d+(?:\.\d+){0,2})\b/i.exec(line);
  if (version?.[1] !== undefined) return version[1];
  return undefined;
}
