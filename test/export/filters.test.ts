import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { isUnfiltered, parseExportFilters } from '../../src/export/filters.js';

describe('parseExportFilters', () => {
  it('takes a country as a code in any case or as a name', () => {
    expect(parseExportFilters({ country: 'ie' }).country).toBe('IE');
    expect(parseExportFilters({ country: 'NLD' }).country).toBe('NL');
    expect(parseExportFilters({ country: 'Ireland' }).country).toBe('IE');
  });

  it('takes an entity type in any case, singular or plural', () => {
    expect(parseExportFilters({ type: 'station' }).type).toBe('Station');
    expect(parseExportFilters({ type: 'Persons' }).type).toBe('Person');
  });

  it('takes a date of year, month or day precision', () => {
    expect(parseExportFilters({ since: '2023' }).since).toBe('2023');
    expect(parseExportFilters({ since: '2023-04-28' }).since).toBe('2023-04-28');
  });

  it('refuses what it does not know, naming the option', () => {
    expect(() => parseExportFilters({ country: 'Atlantis' })).toThrow(/--country/);
    expect(() => parseExportFilters({ type: 'spaceship' })).toThrow(/--type/);
    expect(() => parseExportFilters({ since: '2023-02-30' })).toThrow(/--since/);
    try {
      parseExportFilters({ since: 'yesterday' });
    } catch (error) {
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    }
  });

  it('says when nothing is filtered', () => {
    expect(isUnfiltered(parseExportFilters({}))).toBe(true);
    expect(isUnfiltered(parseExportFilters({ type: 'Station' }))).toBe(false);
  });
});
