import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/extract/dateline.js';

describe('parseDateline', () => {
  it('reads place, bracketed country and date', () => {
    expect(
      parseDateline('Amsterdam [Netherlands], April 28 : China has been', '2023-04-28'),
    ).toMatchObject({
      place: 'Amsterdam, Netherlands',
      date: '2023-04-28',
      start: 0,
      end: 36,
    });
  });

  it('reads capitalised datelines with an agency and other languages', () => {
    expect(parseDateline('DUBLIN, Oct. 27 (Reuters) - Ireland has', '2022-10-27')).toMatchObject({
      place: 'Dublin',
      date: '2022-10-27',
    });
    expect(parseDateline('Prato, 5 dicembre 2022 – La polizia', undefined, 'it')).toMatchObject({
      place: 'Prato',
      date: '2022-12-05',
    });
  });

  it('gives no year when the article has none', () => {
    const dateline = parseDateline('Montreal [Canada], March 9 : Police are');
    expect(dateline).toMatchObject({ place: 'Montreal, Canada', dateText: 'March 9' });
    expect(dateline?.date).toBeUndefined();
  });

  it('finds no dateline in an ordinary sentence', () => {
    expect(parseDateline('Beijing denied it - and said more.')).toBeUndefined();
    expect(parseDateline('China has been using surveillance on its minorities.')).toBeUndefined();
  });
});
