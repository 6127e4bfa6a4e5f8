import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectFormat,
  IMPORTABLE_EXTENSIONS,
  IMPORT_FORMATS,
  inputToFindings,
  isImportFormat,
} from '../../../importers/index.js';
import { ErrorCode } from '../../../src/errors.js';
import { projectPath } from '../../../src/paths.js';

const path = (name: string) => projectPath(`test/fixtures/ngo-report/${name}`);

describe('the importer registry', () => {
  it('knows the report formats and their extensions', () => {
    for (const format of ['ngo-report', 'csv', 'tsv', 'xlsx']) {
      expect(IMPORT_FORMATS).toContain(format);
      expect(isImportFormat(format)).toBe(true);
    }
    for (const extension of ['.csv', '.tsv', '.xlsx', '.html', '.json']) {
      expect(IMPORTABLE_EXTENSIONS.has(extension)).toBe(true);
    }
  });

  it('detects tables by extension and report HTML by its content', () => {
    expect(detectFormat('a/list.csv')).toBe('csv');
    expect(detectFormat('a/list.TSV')).toBe('tsv');
    expect(detectFormat('a/list.xlsx')).toBe('xlsx');
    expect(detectFormat(path('overseas-stations-ed1.html'))).toBe('ngo-report');
    expect(detectFormat(path('broken/no-table.html'))).toBe('news');
    expect(detectFormat(projectPath('samples/reports/2022-12-overseas-stations.html'))).toBe(
      'ngo-report',
    );
    expect(
      detectFormat('report.html', undefined, readFileSync(path('overseas-stations-ed2.html'))),
    ).toBe('ngo-report');
    expect(detectFormat('https://example.org/story.html')).toBe('news');
    expect(detectFormat('anything.html', 'news')).toBe('news');
    expect(() => detectFormat('x', 'pdf')).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });

  it('turns a report into findings with the summary of how it was read', async () => {
    const result = await inputToFindings(path('broken/unresolved.csv'), {
      url: 'https://example.org/list',
      published: '2022-12-05',
      edition: '2',
    });
    expect(result.findings.source).toMatchObject({
      url: 'https://example.org/list',
      published: '2022-12-05',
      edition: '2',
      kind: 'ngo-report',
    });
    expect(result.report?.format).toBe('csv');
    expect(result.report?.unresolvedRows).toHaveLength(6);
    expect(result.report?.columns[0]).toEqual({ table: 1, header: 'Country', field: 'country' });
    expect(result.warnings).toContain(
      'table 1, row 1 (line 2): country "Holand" is not in ISO 3166-1; imported and flagged for review',
    );
  });

  it('passes a column mapping through', async () => {
    const result = await inputToFindings(path('custom-headers.csv'), {
      columns: { Staat: 'country', Ort: 'city', Behörde: 'bureau' },
    });
    expect(result.report?.stations).toBe(2);
  });
});
