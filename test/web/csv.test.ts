import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../web/src/export/csv.js';

describe('csv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          [1, 'x'],
          [null, undefined],
        ],
      ),
    ).toBe('a,b\r\n1,x\r\n,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Capel Street, Dublin')).toBe('"Capel Street, Dublin"');
    expect(csvCell('the "110 Overseas" report')).toBe('"the ""110 Overseas"" report"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
});
