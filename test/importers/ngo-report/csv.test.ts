import { describe, expect, it } from 'vitest';
import { readDelimited, sniffDelimiter } from '../../../importers/ngo-report/csv.js';
import { ErrorCode } from '../../../src/errors.js';

const texts = (row: { cells: { text: string }[] } | undefined) => row?.cells.map((c) => c.text);

describe('sniffDelimiter', () => {
  it('finds comma, semicolon, tab and pipe, ignoring delimiters inside quotes', () => {
    expect(sniffDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a;b;c\n"1,5";2;3\n"x,y,z";2;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('prefers the delimiter the file type suggests on a tie', () => {
    expect(sniffDelimiter('a,b\tc\n', '\t')).toBe('\t');
  });
});

describe('readDelimited', () => {
  it('reads quoted fields, doubled quotes, a BOM and multi-line fields, with line numbers', () => {
    const { table, delimiter } = readDelimited(
      '\uFEFFCountry;City;Notes\r\nIreland;Dublin;"a ""service"" desk; closed"\r\nSpain;Madrid;"two\nlines"\r\nItaly;Milan;\r\n',
      { origin: 'test' },
    );
    expect(delimiter).toBe(';');
    expect(texts(table.rows[0])).toEqual(['Country', 'City', 'Notes']);
    expect(texts(table.rows[1])).toEqual(['Ireland', 'Dublin', 'a "service" desk; closed']);
    expect(texts(table.rows[2])).toEqual(['Spain', 'Madrid', 'two\nlines']);
    expect(table.rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
  });

  it('reads apostrophe-quoted files', () => {
    const { table } = readDelimited("'Country','City'\n'Ireland','Dublin, Capel St'\n", {
      origin: 'test',
    });
    expect(texts(table.rows[1])).toEqual(['Ireland', 'Dublin, Capel St']);
  });

  it('keeps ragged rows as they are', () => {
    const { table } = readDelimited('a,b,c\n1\n1,2,3,4\n', { origin: 'test' });
    expect(table.rows.map((r) => r.cells.length)).toEqual([3, 1, 4]);
  });

  it('reads quotes inside unquoted fields as text, with a warning', () => {
    const { table, warnings } = readDelimited('Country,City\nIreland,the "Dublin" office\n', {
      origin: 'test',
    });
    expect(texts(table.rows[1])).toEqual(['Ireland', 'the "Dublin" office']);
    expect(warnings.join()).toMatch(/quotes inside unquoted fields/);
  });

  it('refuses a quote that is never closed, naming the line', () => {
    expect(() => readDelimited('a,b\n"x,1\n2,3\n', { origin: 'test.csv' })).toThrow(
      expect.objectContaining({
        code: ErrorCode.BAD_USER_INPUT,
        message: expect.stringMatching(/line/),
      }),
    );
  });
});
