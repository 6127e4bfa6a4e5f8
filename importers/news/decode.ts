/**
 * Bytes to text: a byte-order mark first, then the declared charset (Content-Type, <meta charset>),
 * checked against the bytes; chardet sniffs when none is declared or the declared one is wrong,
 * with a warning. Binary files (PDF, images, archives) and empty input are refused with a clear
 * error. UTF-8, windows-1252, GBK/GB18030, Big5 and everything else iconv-lite knows are read.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ErrorCode, OutpostError } from '../../src/errors.js';

/** Decoded text, the charset used and what was odd on the way. */
export interface Decoded {
  text: string;
  charset: string;
  warnings: string[];
}

const MAGIC: Array<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/** Label aliases to the encoding actually used (as browsers do: latin1 is read as windows-1252). */
const LABELS: Record<string, string> = {
  utf8: 'utf-8',
  'utf-8': 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'windows-1252': 'windows-1252',
  gb2312: 'gbk',
  'x-gbk': 'gbk',
  gbk: 'gbk',
  cp936: 'gbk',
  gb18030: 'gb18030',
  big5: 'big5',
  'x-big5': 'big5',
  'big5-hkscs': 'big5hkscs',
  'utf-16': 'utf-16le',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/** The encoding name iconv-lite should use for a declared label; undefined when unknown. */
export function canonicalCharset(label: string): string | undefined {
  const key = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const mapped = LABELS[key] ?? key;
  return iconv.encodingExists(mapped) ? mapped : undefined;
}

/** Throws BAD_USER_INPUT when the bytes are empty or clearly not text. */
export function assertTextual(bytes: Buffer, origin: string): void {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d))) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} is empty: there is no article to read`,
      {
        hint: 'Give a file or page that holds the article text.',
      },
    );
  }
  for (const [kind, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) {
      throw new OutpostError(
        ErrorCode.BAD_USER_INPUT,
        `${origin} is ${kind}, not an HTML or text article`,
        {
          hint: 'Convert it to text or HTML first, or import the page it came from.',
        },
      );
    }
  }
  if (hasUtf16Bom(bytes)) return;
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head)
    if (b === 0 || (b < 0x09 && b !== 0) || (b > 0x0d && b < 0x20 && b !== 0x1b)) control += 1;
  if (control / head.length > 0.02) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${origin} looks binary (${Math.round((control / head.length) * 100)}% control bytes), not an HTML or text article`,
      { hint: 'Check that this is the article file; convert other formats to text first.' },
    );
  }
}

function hasUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The charset a Content-Type header declares, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match =
    contentType === undefined ? null : /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match?.[1];
}

/** The charset an HTML document declares in its first 4 KB (<meta charset> or http-equiv). */
export function charsetFromMeta(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return match?.[1];
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Buffer): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function sniff(bytes: Buffer): string {
  const detected = chardet.detect(bytes);
  return (detected ? canonicalCharset(detected) : undefined) ?? 'windows-1252';
}

/** Decodes `bytes`, trusting a BOM, then the declared charset if the bytes agree, then chardet. */
export function decodeBytes(
  bytes: Buffer,
  options: { contentType?: string; html?: boolean; origin: string },
): Decoded {
  assertTextual(bytes, options.origin);
  const warnings: string[] = [];
  let charset: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) charset = 'utf-8';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) charset = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) charset = 'utf-16be';
  else {
    const label =
      charsetFromContentType(options.contentType) ??
      (options.html !== false ? charsetFromMeta(bytes) : undefined);
    const declared = label === undefined ? undefined : canonicalCharset(label);
    const utf8 = isUtf8(bytes);
    if (label !== undefined && declared === undefined) {
      charset = utf8 ? 'utf-8' : sniff(bytes);
      warnings.push(`the declared charset "${label}" is unknown; the text was read as ${charset}`);
    } else if (declared === 'utf-8') {
      charset = utf8 ? 'utf-8' : sniff(bytes);
      if (!utf8)
        warnings.push(
          `the page declares UTF-8 but its bytes are not UTF-8; they were read as ${charset}`,
        );
    } else if (declared !== undefined) {
      charset = declared;
      if (utf8 && hasHighBytes(bytes)) {
        charset = 'utf-8';
        warnings.push(
          `the page declares ${label} but its bytes are UTF-8; they were read as UTF-8`,
        );
      }
    } else if (utf8) {
      charset = 'utf-8';
      if (options.html === true && hasHighBytes(bytes)) {
        warnings.push('the page declares no charset; its bytes were read as UTF-8');
      }
    } else {
      charset = sniff(bytes);
      warnings.push(
        `no charset is declared and the bytes are not UTF-8; they were read as ${charset} (detected)`,
      );
    }
  }
  let text = iconv.decode(bytes, charset, { stripBOM: true });
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced > text.length / 1000) {
    warnings.push(`${replaced} characters could not be decoded as ${charset} and were replaced`);
  }
  text = text.split(String.fromCharCode(0)).join('');
  return { text, charset, warnings };
}
