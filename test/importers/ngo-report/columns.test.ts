import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors.js';
import {
  checkMapping,
  fieldOf,
  layoutOf,
  readMappingFile,
} from '../../../importers/ngo-report/columns.js';
import type { RawTable } from '../../../importers/ngo-report/table.js';

/** A table from rows of texts; `th` marks rows of header cells. */
function table(rows: (string[] | { th: string[] })[]): RawTable {
  return {
    index: 1,
    rows: rows.map((row, r) => {
      const cells = Array.isArray(row) ? row : row.th;
      return {
        cells: cells.map((text, c) => ({ text, origin: `${r}:${c}` })),
        ...(Array.isArray(row) ? {} : { allHeader: true }),
      };
    }),
  };
}

describe('fieldOf', () => {
  it('recognises the usual headers of station tables', () => {
    expect(fieldOf('Country')).toBe('country');
    expect(fieldOf('City/Town')).toBe('city');
    expect(fieldOf('Location')).toBe('location');
    expect(fieldOf('Run by')).toBe('bureau');
    expect(fieldOf('Police bureau')).toBe('bureau');
    expect(fieldOf('Hosted by')).toBe('host');
    expect(fieldOf('Front')).toBe('host');
    expect(fieldOf('Set up')).toBe('established');
    expect(fieldOf('Opened')).toBe('established');
    expect(fieldOf('Chinese source')).toBe('source');
    expect(fieldOf('Network')).toBe('network');
    expect(fieldOf('No.')).toBe('ignore');
  });

  it('ignores case, accents, footnote markers and a trailing parenthesis', () => {
    expect(fieldOf('STATUS (as of December 2022)')).toBe('status');
    expect(fieldOf('Country[1]')).toBe('country');
    expect(fieldOf('Ciudad')).toBe('city');
    expect(fieldOf('Città')).toBe('city');
  });

  it('reads a header that starts with a known form followed by more words', () => {
    expect(fieldOf('Host organisation and address')).toBe('host');
    expect(fieldOf('Stations')).toBeUndefined();
  });

  it("lets a user's mapping win over the built-in forms", () => {
    const mapping = checkMapping({ Status: 'notes', Staat: 'country' });
    expect(fieldOf('Status', mapping)).toBe('notes');
    expect(fieldOf('staat', mapping)).toBe('country');
  });
});

describe('checkMapping and readMappingFile', () => {
  it('refuses a mapping to a field that does not exist, naming it', () => {
    expect(() => checkMapping({ Land: 'nation' })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });

  it('reads both the flat and the {"columns": ...} shapes of a mapping file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ngo-columns-'));
    writeFileSync(join(dir, 'flat.json'), '{"Land": "country"}');
    writeFileSync(join(dir, 'nested.json'), '{"columns": {"Stad": "city"}}');
    expect(readMappingFile(join(dir, 'flat.json')).get('land')).toBe('country');
    expect(readMappingFile(join(dir, 'nested.json')).get('stad')).toBe('city');
  });

  it('says clearly when a mapping file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ngo-columns-'));
    writeFileSync(join(dir, 'bad.json'), '{"Land": ');
    expect(() => readMappingFile(join(dir, 'missing.json'))).toThrow(
      expect.objectContaining({ code: ErrorCode.INPUT_UNREADABLE }),
    );
    expect(() => readMappingFile(join(dir, 'bad.json'))).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });
});

describe('layoutOf', () => {
  it('finds the header row below a title row and reports every column', () => {
    const layout = layoutOf(
      table([
        ['Overseas stations', 'Overseas stations', 'Overseas stations'],
        ['', '', ''],
        ['Country', 'City', 'Run by', 'Shoe size'],
        ['Ireland', 'Dublin', 'Fuzhou', '42'],
      ]),
    );
    expect(layout?.headerRow).toBe(2);
    expect(layout?.choices.map((c) => `${c.header}=${c.field}`)).toEqual([
      'Country=country',
      'City=city',
      'Run by=bureau',
      'Shoe size=ignored',
    ]);
    expect(layout?.warnings.join()).toMatch(/"Shoe size" not recognised/);
  });

  it('reads a two-row header from its lower row, the upper one filling gaps', () => {
    const layout = layoutOf(
      table([
        { th: ['Location', 'Location', 'Operating bureau'] },
        { th: ['Country', 'City', ''] },
        ['Ireland', 'Dublin', 'Fuzhou'],
      ]),
    );
    expect(layout?.headerRow).toBe(1);
    expect(layout?.fields).toEqual(['country', 'city', 'bureau']);
  });

  it('is undefined for a table whose header names no place', () => {
    expect(
      layoutOf(
        table([
          ['Bureau', 'Stations', 'Countries'],
          ['Fuzhou', '25', '18'],
        ]),
      ),
    ).toBeUndefined();
  });

  it('reads only the first of two columns with the same field, and says so', () => {
    const layout = layoutOf(table([['Country', 'City', 'Notes', 'Remarks']]));
    expect(layout?.columnOf.notes).toBe(2);
    expect(layout?.warnings.join()).toMatch(/"Remarks" also reads as notes/);
  });
});
