/**
 * The article the extractor reads: the body text every offset refers to, and what the importer
 * learnt about the document around it. Importers build it; `src/extract` only reads it.
 */

/** Where and when a dateline such as "Amsterdam [Netherlands], April 28 :" says the story is from. */
export interface Dateline {
  /** The place as written, e.g. "Amsterdam, Netherlands". */
  place?: string;
  /** The date as YYYY, YYYY-MM or YYYY-MM-DD, when it could be resolved. */
  date?: string;
  /** Where the dateline sits in `Article.text` (it is part of the text, not cut out of it). */
  start?: number;
  end?: number;
}

/** One news article: body text (paragraphs joined by a blank line) and its metadata. */
export interface Article {
  /** Body text: paragraphs joined by "\n\n". This is the stored text all offsets refer to. */
  text: string;
  title?: string;
  publisher?: string;
  author?: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD */
  published?: string;
  /** ISO 639-1 code such as "en". */
  language?: string;
  url?: string;
  dateline?: Dateline;
  /** What the importer noticed but could work around (a wrong charset, a missing year...). */
  warnings: string[];
}
