import { describe, expect, it } from 'vitest';
import { findDates, normaliseDate } from '../../src/extract/dates.js';

const dates = (text: string, reference?: string, language?: string) =>
  findDates(text, reference, language).map((d) => d.date);

describe('findDates', () => {
  it('resolves a day and month against the article date', () => {
    expect(dates('held (April 20) a meeting', '2023-04-28')).toEqual(['2023-04-20']);
    expect(dates('the raid in September', '2023-04-28')).toEqual(['2022-09']);
  });

  it('keeps relative dates at the precision they have', () => {
    expect(dates('Last month, police opened an inquiry', '2023-04-28')).toEqual(['2023-03']);
    expect(dates('a report last year', '2023-04-28')).toEqual(['2022']);
    expect(dates('arrested earlier this week', '2023-04-28')).toEqual(['2023-04']);
    expect(dates('said on Monday', '2023-04-28')).toEqual(['2023-04-24']);
  });

  it('leaves dates without a year undated when there is no reference', () => {
    expect(dates('held (April 20) a meeting')).toEqual([undefined]);
    expect(dates('searched in October 2022')).toEqual(['2022-10']);
  });

  it('reads bare years and month names of other languages', () => {
    expect(dates('joint patrols since 2019')).toEqual(['2019']);
    expect(dates('un rapport publié en décembre', '2023-03-09', 'fr')).toEqual(['2022-12']);
    expect(dates('Il 20 aprile la polizia', '2023-04-28', 'it')).toEqual(['2023-04-20']);
  });
});

describe('normaliseDate', () => {
  it('turns the dates of page metadata into partial dates', () => {
    expect(normaliseDate('2023-04-28T10:00:00Z')).toBe('2023-04-28');
    expect(normaliseDate('Fri, 28 Apr 2023 10:00:00 GMT')).toBe('2023-04-28');
    expect(normaliseDate('20230428')).toBe('2023-04-28');
    expect(normaliseDate('2023-02-30')).toBeUndefined();
    expect(normaliseDate('soon')).toBeUndefined();
  });
});
