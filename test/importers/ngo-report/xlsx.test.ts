import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../importers/ngo-report/xlsx.js';
import { ErrorCode } from '../../../src/errors.js';
import { projectPath } from '../../../src/paths.js';

const bytes = (name: string) => readFileSync(projectPath(`test/fixtures/ngo-report/${name}`));

describe('readWorkbook', () => {
  it('reads the About sheet as metadata and the Stations sheet as table 2', async () => {
    const report = await readWorkbook(bytes('overseas-stations-ed1.xlsx'), 'fixture');
    expect(report.meta).toEqual({
      title: 'Beyond the Border: Overseas Police Service Stations',
      publisher: 'Lantern Rights Watch',
      published: '2022-09-12',
      edition: '1',
      url: 'https://reports.example.org/beyond-the-border',
    });
    expect(report.tables.map((t) => [t.index, t.caption])).toEqual([[2, 'Stations']]);
  });

  it('repeats merged cells, shows dates at their precision and superscripts as markers', async () => {
    const [table] = (await readWorkbook(bytes('overseas-stations-ed1.xlsx'), 'fixture')).tables;
    const rows = table?.rows ?? [];
    const row = (city: string) =>
      rows.find((r) => r.cells[1]?.text.replace(/\[\d\]$/, '') === city)?.cells.map((c) => c.text);
    expect(row('Amsterdam')?.slice(0, 6)).toEqual([
      'Netherlands',
      'Amsterdam',
      '',
      'Fuzhou PSB',
      'Amstel Fujian Merchants Association',
      '2019-03',
    ]);
    expect(row('Rotterdam')?.[5]).toBe('2018');
    expect(row('Seoul')).toBeDefined();
    expect(rows.find((r) => r.cells[1]?.text === 'Dublin[1]')).toBeDefined();
    expect(rows[3]?.line).toBe(4);
  });

  it('refuses what is not a workbook, an old .xls and a truncated file', async () => {
    await expect(readWorkbook(bytes('broken/not-a-workbook.xlsx'), 'x')).rejects.toMatchObject({
      code: ErrorCode.INPUT_UNREADABLE,
    });
    await expect(
      readWorkbook(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls'),
    ).rejects.toMatchObject({ code: ErrorCode.INPUT_UNREADABLE, message: /\.xls/ });
    await expect(readWorkbook(bytes('broken/truncated.xlsx'), 'x')).rejects.toMatchObject({
      code: ErrorCode.INPUT_UNREADABLE,
    });
  });
});
