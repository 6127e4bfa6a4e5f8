import { beforeEach, describe, expect, it } from 'vitest';
import { inputToFindings } from '../../../importers/index.js';
import { projectPath } from '../../../src/paths.js';
import { writeValidFindings } from '../../../src/pipeline/importFindings.js';
import { resetGraph, useTestGraph } from '../../helpers/graph.js';
import { dataOf, dump, ED1, entitiesOf, importReport } from './helpers.js';

const graph = useTestGraph();

describe('importing an NGO report', () => {
  beforeEach(async () => resetGraph(graph()));

  it('gives the same graph for the same rows as HTML, CSV and XLSX', async () => {
    await importReport(graph(), 'overseas-stations-ed1.html', { narrative: false });
    const html = await dump(graph());
    await resetGraph(graph());
    await importReport(graph(), 'overseas-stations-ed1.csv', ED1);
    const csv = await dump(graph());
    await resetGraph(graph());
    await importReport(graph(), 'overseas-stations-ed1.xlsx');
    const xlsx = await dump(graph());

    const expected = dataOf(csv);
    expect(expected.entities.length).toBeGreaterThan(150);
    expect(dataOf(html)).toEqual(expected);
    expect(dataOf(xlsx)).toEqual(expected);
    // The same URL and edition: the three are one source.
    const sourceIds = (d: typeof csv) =>
      d.nodes.filter((n) => n.labels.includes('Source')).map((n) => n.props.id);
    expect(sourceIds(html)).toEqual(sourceIds(csv));
    expect(sourceIds(xlsx)).toEqual(sourceIds(csv));
  });

  it('writes every station with its place, bureau, host, network and status', async () => {
    const { imported } = await importReport(graph(), 'overseas-stations-ed1.html');
    expect(imported.summary.outcome).toBe('created');
    const d = await dump(graph());
    const stations = entitiesOf(d, 'Station');
    const dublin = stations.get('station:city:2964574:dublin-police-station');
    expect(dublin).toMatchObject({
      name: 'Dublin police station',
      address: 'Capel Street',
      status: 'CONFIRMED',
      statusAsOf: '2022-09-12',
    });
    expect(stations.get('station:country:LS:lesotho-police-station')).toBeDefined();
    const rel = (from: string, type: string) =>
      d.relationships.filter((r) => r.from === from && r.type === type).map((r) => r.to);
    const id = 'station:city:2964574:dublin-police-station';
    expect(rel(id, 'LOCATED_IN')).toEqual(['city:2964574']);
    expect(rel(id, 'OPERATED_BY')).toEqual(['org:fuzhou-public-security-bureau']);
    expect(rel(id, 'HOSTED_BY')).toEqual(['org:liffey-fujian-community-association']);
    expect(rel('org:liffey-fujian-community-association', 'PART_OF')).toEqual([
      'network:fuzhou-110-overseas',
    ]);
    expect(rel('city:2964574', 'IN_COUNTRY')).toEqual(['country:IE']);
    const countries = new Set(
      d.relationships.filter((r) => r.type === 'IN_COUNTRY').map((r) => r.to),
    );
    expect(countries.size).toBeGreaterThanOrEqual(20);
    const openings = d.nodes.filter((n) => n.props.eventType === 'OPENING');
    expect(openings.length).toBeGreaterThanOrEqual(50);
    expect(imported.summary.review).toEqual([]);
  });

  it('changes nothing when the same report is imported again', async () => {
    for (const [file, options] of [
      ['overseas-stations-ed1.html', {}],
      ['overseas-stations-ed1.csv', ED1],
      ['overseas-stations-ed1.xlsx', {}],
    ] as const) {
      await resetGraph(graph());
      await importReport(graph(), file, options);
      const before = await dump(graph());
      const again = await importReport(graph(), file, options);
      expect(again.imported.summary.outcome, file).toBe('unchanged');
      expect(await dump(graph()), file).toEqual(before);
    }
  });

  it('loads the sample report under samples/reports', async () => {
    const file = projectPath('samples/reports/2022-12-overseas-stations.html');
    const { findings, report } = await inputToFindings(file);
    expect(report?.stations).toBe(16);
    const result = await writeValidFindings(graph(), findings, file);
    expect(result.summary.outcome).toBe('created');
    const stations = entitiesOf(await dump(graph()), 'Station');
    expect(stations.get('station:city:2964574:dublin-police-station')).toMatchObject({
      status: 'CLOSED',
      statusAsOf: '2022-10',
    });
  });
});
