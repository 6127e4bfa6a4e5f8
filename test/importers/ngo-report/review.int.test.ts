import { beforeAll, describe, expect, it } from 'vitest';
import { resetGraph, useTestGraph } from '../../helpers/graph.js';
import { dump, entitiesOf, importReport } from './helpers.js';

const graph = useTestGraph();

describe('rows the gazetteers cannot resolve', () => {
  let result: Awaited<ReturnType<typeof importReport>>;
  beforeAll(async () => {
    await resetGraph(graph());
    result = await importReport(graph(), 'broken/unresolved.csv', {
      url: 'https://example.org/researcher-list',
      published: '2022-11-01',
    });
  });

  it('are imported, every row a station', async () => {
    const stations = entitiesOf(await dump(graph()), 'Station');
    expect([...stations.values()].map((s) => s.name).sort()).toEqual([
      'Amsterdam police station',
      'Atlantis police station',
      'London police station',
      'Pratto police station',
      'Rotterdm police station',
      'Station in table 1, row 6',
    ]);
    expect(result.report.unresolvedRows.map((r) => r.row)).toEqual([1, 1, 3, 4, 5, 6]);
  });

  it('are flagged for review and can be queried', async () => {
    const rows = await graph().read('review/flagged', { limit: 100 });
    const flagged = rows.map(
      (row) => row.entity as { id: string; name: string; reviewReasons: string[] },
    );
    expect(flagged.map((e) => e.name).sort()).toEqual([
      'Atlantis',
      'Holand',
      'Pratto',
      'Rotterdm',
      'Untied Kingdom',
    ]);
    expect(flagged.find((e) => e.name === 'Pratto')).toMatchObject({
      id: 'city:IT:pratto',
      reviewReasons: ['city not found in the GeoNames gazetteer'],
    });
    expect(result.imported.summary.review).toHaveLength(5);
  });

  it('keep their claims, linked to the flagged places', async () => {
    const d = await dump(graph());
    const located = d.relationships
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => `${r.from} > ${r.to}`);
    expect(located).toEqual(
      expect.arrayContaining([
        'station:city:xx:rotterdm:rotterdm-police-station > city:xx:rotterdm',
        'city:xx:rotterdm > country:unresolved:holand',
        'station:city:IT:pratto:pratto-police-station > city:IT:pratto',
      ]),
    );
  });
});
