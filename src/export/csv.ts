/**
 * CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, and a field that holds
 * a comma, a double quote, a CR or an LF (or starts or ends with a space) enclosed in double
 * quotes, with each double quote inside doubled. Lists are joined with " | ".
 */

/** A value a CSV cell can show. */
export type CsvValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** The separator of list values in one cell. */
export const LIST_SEPARATOR = ' | ';

/** One field, quoted when it must be. null and undefined are empty fields. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF included. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A byte order mark, for spreadsheets that guess the encoding otherwise (Excel). */
export const UTF8_BOM = '\uFEFF';
