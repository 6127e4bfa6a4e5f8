import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editionIn, looksLikeReport, readHtmlReport } from '../../../importers/ngo-report/html.js';
import { projectPath } from '../../../src/paths.js';

const fixture = (name: string) =>
  readFileSync(projectPath(`test/fixtures/ngo-report/${name}`), 'utf8');
const texts = (row: { cells: { text: string }[] } | undefined) => row?.cells.map((c) => c.text);

describe('readHtmlReport', () => {
  it('expands rowspans and colspans into a full grid', () => {
    const { tables } = readHtmlReport(`<table>
      <tr><th>Country</th><th>City</th><th>Bureau</th></tr>
      <tr><td rowspan="2">Netherlands</td><td>Rotterdam</td><td rowspan="3">Fuzhou</td></tr>
      <tr><td>Amsterdam</td></tr>
      <tr><td colspan="2">Ireland, Dublin</td></tr>
    </table>`);
    const rows = tables[0]?.rows ?? [];
    expect(texts(rows[1])).toEqual(['Netherlands', 'Rotterdam', 'Fuzhou']);
    expect(texts(rows[2])).toEqual(['Netherlands', 'Amsterdam', 'Fuzhou']);
    expect(texts(rows[3])).toEqual(['Ireland, Dublin', 'Ireland, Dublin', 'Fuzhou']);
    expect(rows[3]?.cells[0]?.origin).toBe(rows[3]?.cells[1]?.origin);
    expect(rows[0]?.allHeader).toBe(true);
  });

  it('keeps footnote markers as [n], notes in parentheses and line breaks as commas', () => {
    const { tables } = readHtmlReport(`<table><tr>
      <td>Dublin<sup><a href="#fn1">1</a></sup></td>
      <td>Capel Street<br><small>registered as a business office</small></td>
      <td>Unit 3<br>12 Main Street</td>
      <td>1<sup>st</sup> floor</td>
    </tr></table>`);
    expect(texts(tables[0]?.rows[0])).toEqual([
      'Dublin[1]',
      'Capel Street (registered as a business office)',
      'Unit 3, 12 Main Street',
      '1st floor',
    ]);
  });

  it('reads the report fixture: metadata, edition line, tables, footnotes and narrative', () => {
    const report = readHtmlReport(fixture('overseas-stations-ed1.html'));
    expect(report.meta).toEqual({
      title: 'Beyond the Border: Overseas Police Service Stations',
      publisher: 'Lantern Rights Watch',
      published: '2022-09-12',
      edition: '1',
      url: 'https://reports.example.org/beyond-the-border',
      language: 'en',
    });
    expect(report.tables.map((t) => t.caption)).toEqual([
      'Stations by operating bureau',
      'Stations in Europe',
      'Stations in the Americas',
      'Stations in Asia and Africa',
    ]);
    expect(report.footnotes.get('1')).toMatch(/Dublin address/);
    expect(report.footnotes.get('*')).toMatch(/^New York: the opening date/);
    expect(report.paragraphs.some((p) => p.includes('Capel Street in Dublin'))).toBe(true);
    expect(report.paragraphs.some((p) => p.includes('Donate'))).toBe(false);
    expect(report.paragraphs.some((p) => p.includes('Rotterdam Fujianese'))).toBe(false);
  });

  it('takes the edition and date of the second edition from its meta tags', () => {
    const { meta } = readHtmlReport(fixture('overseas-stations-ed2.html'));
    expect(meta.edition).toBe('2');
    expect(meta.published).toBe('2022-12-05');
  });
});

describe('editionIn', () => {
  it('reads ordinal, numbered and versioned editions', () => {
    expect(editionIn('Second edition, 5 December 2022')).toBe('2');
    expect(editionIn('3rd edition')).toBe('3');
    expect(editionIn('Edition 4 — January 2023')).toBe('4');
    expect(editionIn('Version 2.1')).toBe('2.1');
    expect(editionIn('Summary of findings')).toBeUndefined();
  });
});

describe('looksLikeReport', () => {
  it('tells a report with a station table from a news article', () => {
    expect(looksLikeReport(fixture('overseas-stations-ed1.html'))).toBe(true);
    expect(looksLikeReport(fixture('broken/no-table.html'))).toBe(false);
    expect(
      looksLikeReport(
        '<table><tr><th>Team</th><th>Points</th></tr><tr><td>A</td><td>3</td></tr></table>',
      ),
    ).toBe(false);
  });
});
