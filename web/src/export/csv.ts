/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF line ends, quotes doubled). A cell
 * that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) is prefixed with an apostrophe, so a quote from a source can never execute. Pure.
 */

/** One cell's value; null and undefined are empty. */
export type Cell = string | number | boolean | null | undefined;

/** A header row and the rows under it as CSV text, ending with a line break. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One cell, quoted when it needs to be, defused when a spreadsheet would run it. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
