import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/errors.js';
import { resetGraph, useTestGraph } from '../../helpers/graph.js';
import { dump, ED1, entitiesOf, importReport } from './helpers.js';

const graph = useTestGraph();

describe('broken reports', () => {
  beforeAll(async () => {
    await resetGraph(graph());
    await importReport(graph(), 'overseas-stations-ed1.csv', ED1);
  });

  it('each give one clear error and leave the graph as it was', async () => {
    const before = await dump(graph());
    const cases: [string, string][] = [
      ['broken/empty.csv', ErrorCode.BAD_USER_INPUT],
      ['broken/header-only.csv', ErrorCode.BAD_USER_INPUT],
      ['broken/missing-columns.csv', ErrorCode.BAD_USER_INPUT],
      ['broken/unclosed-quote.csv', ErrorCode.BAD_USER_INPUT],
      ['broken/utf16-no-bom.csv', ErrorCode.INPUT_UNREADABLE],
      ['broken/not-a-workbook.xlsx', ErrorCode.INPUT_UNREADABLE],
      ['broken/truncated.xlsx', ErrorCode.INPUT_UNREADABLE],
      ['broken/no-table.html', ErrorCode.BAD_USER_INPUT],
      ['broken/does-not-exist.csv', ErrorCode.INPUT_UNREADABLE],
    ];
    for (const [file, code] of cases) {
      await expect(importReport(graph(), file, ED1), file).rejects.toMatchObject({ code });
    }
    expect(await dump(graph())).toEqual(before);
  });

  it('import ragged rows and a Windows-1252 file, with warnings, as best they can', async () => {
    const ragged = await importReport(graph(), 'broken/ragged.csv', {
      url: 'https://example.org/ragged',
      published: '2022-10-01',
    });
    expect(ragged.report.warnings.filter((w) => /cells but the header has/.test(w))).toHaveLength(
      2,
    );
    const latin1 = await importReport(graph(), 'broken/latin1.csv', {
      url: 'https://example.org/latin1',
      published: '2022-10-01',
    });
    expect(latin1.report.warnings.join()).toMatch(/not UTF-8/);
    const stations = entitiesOf(await dump(graph()), 'Station');
    expect(stations.get('station:city:3448439:sao-paulo-police-station')).toMatchObject({
      name: 'São Paulo police station',
    });
    expect(stations.get('station:city:2964574:dublin-police-station')).toBeDefined();
  });
});
