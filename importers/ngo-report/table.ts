/**
 * The shape every reader (HTML, CSV, XLSX) turns its input into: tables of cell texts, with
 * spans already expanded, plus the report's metadata and narrative paragraphs. Everything after
 * the readers works on this shape only, so one station list gives the same findings whatever
 * format it came in.
 */

/** One cell of a table grid. Spanned cells (rowspan, colspan, merged cells) repeat their origin. */
export interface RawCell {
  /** The visible text, whitespace collapsed; footnote markers kept as written ("Dublin[1]"). */
  text: string;
  /** Identifies the cell a span copies from: equal `origin` in one row means one cell (colspan). */
  origin: string;
}

/** One row of a table grid. */
export interface RawRow {
  cells: RawCell[];
  /** The line (CSV, TSV) or sheet row (XLSX) where the row starts, for messages. */
  line?: number;
  /** True for rows of a table footer (<tfoot>): totals, not stations. */
  footer?: boolean;
  /** True when every cell is a header cell (<th>). */
  allHeader?: boolean;
}

/** One table of the input: a table of an HTML report, a CSV file, a worksheet. */
export interface RawTable {
  /** 1-based position among the input's tables (HTML tables, worksheets); cited as "table N". */
  index: number;
  /** The caption, or the worksheet's name. */
  caption?: string;
  rows: RawRow[];
}

/** What the document says about itself. */
export interface ReportMeta {
  title?: string;
  publisher?: string;
  author?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  edition?: string;
  url?: string;
  /** ISO 639-1. */
  language?: string;
}

/** A parsed input: its tables, its narrative paragraphs (HTML only), its metadata. */
export interface ParsedReport {
  tables: RawTable[];
  /** Paragraphs of text outside the tables, in document order. */
  paragraphs: string[];
  /** Footnote texts by marker ("1", "a", "*"), from the report's footnote section. */
  footnotes: Map<string, string>;
  meta: ReportMeta;
  warnings: string[];
}
