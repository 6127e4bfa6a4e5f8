import { describe, expect, it } from 'vitest';
import { layoutOf } from '../../../importers/ngo-report/columns.js';
import { compactList, readRecords } from '../../../importers/ngo-report/records.js';
import type { RawTable } from '../../../importers/ngo-report/table.js';

/** A CSV-like table: one origin per cell, a line per row. */
function csvTable(rows: string[][]): RawTable {
  return {
    index: 1,
    rows: rows.map((cells, r) => ({
      line: r + 1,
      cells: cells.map((text, c) => ({ text, origin: `${r}:${c}` })),
    })),
  };
}

function read(table: RawTable) {
  const layout = layoutOf(table);
  if (layout === undefined) throw new Error('no layout');
  return readRecords(table, layout);
}

describe('readRecords', () => {
  it('joins a row into its quote with " | ", without markers or empty cells', () => {
    const { records } = read(
      csvTable([
        ['Country', 'City', 'Address', 'Run by'],
        ['Ireland', 'Dublin[1]', '', 'Fuzhou'],
      ]),
    );
    expect(records[0]).toMatchObject({
      table: 1,
      row: 1,
      line: 2,
      text: 'Ireland | Dublin | Fuzhou',
      values: { country: 'Ireland', city: 'Dublin', bureau: 'Fuzhou' },
      markers: ['1'],
    });
  });

  it('skips blank rows, repeated headers and totals, and numbers only data rows', () => {
    const { records } = read(
      csvTable([
        ['Country', 'City', 'Run by'],
        ['Ireland', 'Dublin', 'Fuzhou'],
        ['', '', ''],
        ['Country', 'City', 'Run by'],
        ['Spain', 'Madrid', 'Qingtian'],
        ['Total', '2', ''],
      ]),
    );
    expect(records.map((r) => [r.row, r.line, r.values.city])).toEqual([
      [1, 2, 'Dublin'],
      [2, 5, 'Madrid'],
    ]);
  });

  it('uses a section row naming a country for the rows under it, and skips other sections', () => {
    const span = (r: number, text: string) => ({
      cells: [0, 1, 2].map(() => ({ text, origin: `${r}:section` })),
    });
    const table: RawTable = {
      index: 1,
      rows: [
        { cells: ['Country', 'City', 'Run by'].map((text, c) => ({ text, origin: `0:${c}` })) },
        span(1, 'Europe'),
        span(2, 'Netherlands'),
        { cells: ['', 'Rotterdam', 'Fuzhou'].map((text, c) => ({ text, origin: `3:${c}` })) },
      ],
    };
    const { records } = read(table);
    expect(records).toHaveLength(1);
    expect(records[0]?.values.country).toBe('Netherlands');
    expect(records[0]?.inferred).toEqual(['country']);
  });

  it('fills a blank country cell from the row above when the row names a city, and says so', () => {
    const { records, warnings } = read(
      csvTable([
        ['Country', 'City', 'Run by'],
        ['Italy', 'Milan', 'Qingtian'],
        ['', 'Rome', 'Qingtian'],
        ['', 'Prato', 'Wenzhou'],
        ['', '', 'Fuzhou'],
      ]),
    );
    expect(records.map((r) => r.values.country)).toEqual(['Italy', 'Italy', 'Italy', undefined]);
    expect(warnings).toContain(
      'table 1: blank country cells took the country of the row above (rows 2-3)',
    );
  });

  it('reads ragged rows as far as they go and warns about each', () => {
    const { records, warnings } = read(
      csvTable([
        ['Country', 'City', 'Run by'],
        ['Ireland', 'Dublin'],
        ['Spain', 'Madrid', 'Qingtian', 'extra note'],
      ]),
    );
    expect(records.map((r) => r.text)).toEqual([
      'Ireland | Dublin',
      'Spain | Madrid | Qingtian | extra note',
    ]);
    expect(warnings).toEqual([
      'table 1, row 1 (line 2) has 2 cells but the header has 3: the missing cells are read as empty',
      'table 1, row 2 (line 3) has 4 cells but the header has 3: the extra cells are kept in the quote, not read',
    ]);
  });

  it('reads a row with no place, station, bureau or host as a note, with a warning', () => {
    const { records, warnings } = read(
      csvTable([
        ['Country', 'City', 'Notes'],
        ['Ireland', 'Dublin', ''],
        ['', '', 'Sources are listed in the annex'],
      ]),
    );
    expect(records).toHaveLength(1);
    expect(warnings.join()).toMatch(/row 2 \(line 3\) names no place/);
  });
});

describe('compactList', () => {
  it('writes runs as ranges', () => {
    expect(compactList([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
  });
});
