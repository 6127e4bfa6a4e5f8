import { describe, expect, it } from 'vitest';
import { checkPartialDate, dateRange, periodEnd, periodStart } from '../../src/api/dates.js';

describe('dates', () => {
  it('widens a partial date to the first and last day of its period', () => {
    expect(periodStart('2022')).toBe('2022-01-01');
    expect(periodStart('2022-10')).toBe('2022-10-01');
    expect(periodStart('2022-10-27')).toBe('2022-10-27');
    expect(periodEnd('2022')).toBe('2022-12-31');
    expect(periodEnd('2022-02')).toBe('2022-02-31');
    expect(periodEnd('2022-10-27')).toBe('2022-10-27');
  });

  it('gives empty bounds for no range, and open ends for a half range', () => {
    expect(dateRange(null, undefined, ['from', 'to'])).toEqual({ from: '', to: '' });
    expect(dateRange('2022-10', null, ['from', 'to'])).toEqual({
      from: '2022-10-01',
      to: '9999-12-31',
    });
    expect(dateRange(undefined, '2022', ['from', 'to'])).toEqual({
      from: '0000-01-01',
      to: '2022-12-31',
    });
  });

  it('refuses dates that are not YYYY, YYYY-MM or YYYY-MM-DD, and a range that ends before it starts', () => {
    expect(() => checkPartialDate('2022-13', 'filter.from')).toThrow(
      /^filter.from: "2022-13" is not a date/,
    );
    expect(() => checkPartialDate('28 April 2023', 'x')).toThrow(/not a date/);
    expect(() => dateRange('2023', '2022', ['from', 'to'])).toThrow(/from: 2023 is after to 2022/);
  });
});
