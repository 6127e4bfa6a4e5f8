/**
 * Plain text to paragraphs: blank lines separate paragraphs (lines inside one are joined with a
 * space); a text with no blank line at all has one paragraph per line.
 */

/** The paragraphs of a plain-text article, whitespace collapsed, empty ones dropped. */
export function textParagraphs(text: string): string[] {
  const normalised = stripControls(text.replace(/\r\n?/g, '\n'));
  const blocks = /\n[ \t\u00a0]*\n/.test(normalised)
    ? normalised.split(/\n[ \t\u00a0]*\n/)
    : normalised.split('\n');
  return blocks
    .map((block) => block.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((block) => block !== '');
}

/** True when the text looks like HTML rather than prose. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  return (
    /^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml|<!--|<(?:p|div|article|meta|title|main|section)\b)/i.test(
      head,
    ) || /<\/(?:p|div|body|html|article)>/i.test(head)
  );
}

/** Removes control characters other than tab, newline and carriage return. */
function stripControls(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) out += char;
  }
  return out;
}
