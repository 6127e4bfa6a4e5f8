import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../src/export/csv.js';

describe('csv', () => {
  it('leaves plain fields alone and writes null as an empty field', () => {
    expect(csvRow(['a', 1, 0.5, true, null, undefined])).toBe('a,1,0.5,true,,\r\n');
  });

  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('"')).toBe('""""');
  });

  it('joins lists with " | "', () => {
    expect(csvField(['Garda', 'An Garda Síochána'])).toBe('Garda | An Garda Síochána');
  });

  it('round-trips awkward values through a real CSV parser', () => {
    const values = [
      'plain',
      'a,b',
      'quote " inside',
      'multi\r\nline\nvalue',
      ' lead',
      '',
      '青田县公安局',
      '=1+1',
    ];
    const text = csvRow(['n', ...values.map((_, i) => `c${i}`)]) + csvRow(['row', ...values]);
    const records = parse(text, { columns: true, relax_column_count: false }) as Record<
      string,
      string
    >[];
    expect(records).toHaveLength(1);
    expect(values.map((_, i) => records[0]?.[`c${i}`])).toEqual(values);
  });
});
