import { describe, expect, it } from 'vitest';
import {
  bureauName,
  cleanCell,
  isBlank,
  readDate,
  readStatus,
  splitNotes,
  splitValues,
} from '../../../importers/ngo-report/cells.js';

describe('cleanCell', () => {
  it('removes bracketed, superscript and symbol footnote markers and returns them', () => {
    expect(cleanCell('Dublin[1]')).toEqual({ text: 'Dublin', markers: ['1'] });
    expect(cleanCell('Prague³')).toEqual({ text: 'Prague', markers: ['3'] });
    expect(cleanCell('2022-01*')).toEqual({ text: '2022-01', markers: ['*'] });
    expect(cleanCell('Rotterdam [a] ¹²')).toEqual({ text: 'Rotterdam', markers: ['a', '12'] });
  });

  it('collapses whitespace and keeps text that only looks like a marker inside words', () => {
    expect(cleanCell('  Capel\u00a0Street \n Dublin ')).toEqual({
      text: 'Capel Street Dublin',
      markers: [],
    });
  });
});

describe('splitNotes', () => {
  it('takes notes in parentheses and after a dash off the value', () => {
    expect(splitNotes('Toronto (Markham)')).toEqual({ value: 'Toronto', notes: ['Markham'] });
    expect(splitNotes('Closed (October 2022) — ordered by the government')).toEqual({
      value: 'Closed',
      notes: ['October 2022', 'ordered by the government'],
    });
    expect(splitNotes('(unknown)')).toEqual({ value: '', notes: ['unknown'] });
  });
});

describe('splitValues', () => {
  it('splits cells that name several organisations on semicolons, slashes and lines', () => {
    expect(splitValues('Fuzhou PSB; Qingtian PSB')).toEqual(['Fuzhou PSB', 'Qingtian PSB']);
    expect(splitValues('Fuzhou PSB / Wenzhou PSB')).toEqual(['Fuzhou PSB', 'Wenzhou PSB']);
    expect(splitValues('Chamber of Commerce & Industry')).toEqual([
      'Chamber of Commerce & Industry',
    ]);
  });
});

describe('isBlank', () => {
  it('reads dashes, n/a and unknown as empty cells', () => {
    for (const text of ['', ' - ', '—', 'n/a', 'N/A', 'unknown', '?'])
      expect(isBlank(text)).toBe(true);
    expect(isBlank('Dublin')).toBe(false);
  });
});

describe('readStatus', () => {
  it('normalises status words to the graph statuses', () => {
    expect(readStatus('Active').status).toBe('CONFIRMED');
    expect(readStatus('Reported').status).toBe('SUSPECTED');
    expect(readStatus('Under investigation').status).toBe('UNDER_INVESTIGATION');
    expect(readStatus('Shut down').status).toBe('CLOSED');
    expect(readStatus('Denied by the host').status).toBe('DENIED');
    expect(readStatus('UNDER_INVESTIGATION').status).toBe('UNDER_INVESTIGATION');
  });

  it('prefers the longest form, so "not confirmed" is not confirmed', () => {
    expect(readStatus('Not confirmed').status).toBe('SUSPECTED');
  });

  it('reads a date written in the cell', () => {
    expect(readStatus('Closed (October 2022)')).toEqual({ status: 'CLOSED', date: '2022-10' });
    expect(readStatus('Closed on 27 October 2022')).toEqual({
      status: 'CLOSED',
      date: '2022-10-27',
    });
  });

  it('gives no status for words it does not know', () => {
    expect(readStatus('weird').status).toBeUndefined();
  });
});

describe('readDate', () => {
  it('reads ISO, worded, slashed and dotted dates at their precision', () => {
    expect(readDate('2018')).toEqual({ date: '2018', approximate: false });
    expect(readDate('2019-03')).toEqual({ date: '2019-03', approximate: false });
    expect(readDate('March 2019')).toEqual({ date: '2019-03', approximate: false });
    expect(readDate('15 March 2019')).toEqual({ date: '2019-03-15', approximate: false });
    expect(readDate('03/2019')).toEqual({ date: '2019-03', approximate: false });
    expect(readDate('15/03/2019')).toEqual({ date: '2019-03-15', approximate: false });
    expect(readDate('15.03.2019')).toEqual({ date: '2019-03-15', approximate: false });
  });

  it('marks hedged dates as approximate', () => {
    expect(readDate('c. 2016')).toEqual({ date: '2016', approximate: true });
    expect(readDate('2018?')).toEqual({ date: '2018', approximate: true });
    expect(readDate('early 2020')).toEqual({ date: '2020', approximate: true });
  });

  it('gives nothing for text without a date', () => {
    expect(readDate('unknown')).toBeUndefined();
    expect(readDate('not given')).toBeUndefined();
  });
});

describe('bureauName', () => {
  it('turns a bare place into its public security bureau', () => {
    expect(bureauName('Fuzhou')).toEqual({
      name: 'Fuzhou Public Security Bureau',
      inferred: true,
    });
  });

  it('keeps a cell that already names an organisation', () => {
    expect(bureauName('Qingtian PSB')).toEqual({ name: 'Qingtian PSB', inferred: false });
    expect(bureauName('Wenzhou Public Security Bureau')).toEqual({
      name: 'Wenzhou Public Security Bureau',
      inferred: false,
    });
  });
});
