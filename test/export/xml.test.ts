import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/xml.js';

describe('escapeXml', () => {
  it('escapes markup and quotes so that text and attributes read back the same', () => {
    const value = `a < b & "c" > 'd'\nnew line\ttab`;
    const xml = `<r a="${escapeXml(value)}">${escapeXml(value)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      htmlEntities: true,
      trimValues: false,
    }).parse(xml);
    expect(parsed.r['@_a']).toBe(value);
    expect(parsed.r['#text']).toBe(value);
  });

  it('drops characters XML 1.0 forbids, keeping the rest, astral ones included', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeXml('lone \uD800 surrogate, pair 😀 kept')).toBe('lone  surrogate, pair 😀 kept');
    expect(XMLValidator.validate(`<r>${escapeXml('\u0001\u0002 ok')}</r>`)).toBe(true);
  });
});
