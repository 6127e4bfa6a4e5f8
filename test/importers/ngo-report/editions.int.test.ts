import { beforeEach, describe, expect, it } from 'vitest';
import { resetGraph, useTestGraph } from '../../helpers/graph.js';
import { dump, entitiesOf, importReport, type Dump } from './helpers.js';

const graph = useTestGraph();

const DUBLIN = 'station:city:2964574:dublin-police-station';
const MARKHAM = 'station:city:6167865:toronto-police-station-markham';
const MILAN = 'station:city:3173435:milan-police-station';
const LYON = 'station:city:2996944:lyon-police-station';

/** The status claims read from table rows for a station: [value, date, edition]. */
function statusHistory(d: Dump, station: string): [unknown, unknown, unknown][] {
  const claims = new Map(
    d.nodes.filter((n) => n.labels.includes('Claim')).map((n) => [n.props.id, n.props]),
  );
  const sources = new Map(
    d.nodes.filter((n) => n.labels.includes('Source')).map((n) => [n.props.id, n.props]),
  );
  const cites = new Map(
    d.relationships.filter((r) => r.type === 'CITES').map((r) => [r.from, r.to]),
  );
  return d.relationships
    .filter((r) => r.type === 'SUBJECT' && r.to === station)
    .map((r) => claims.get(r.from))
    .filter((c) => c?.predicate === 'HAS_STATUS' && typeof c.location === 'string')
    .map((c): [unknown, unknown, unknown] => [
      c?.value,
      c?.date,
      sources.get(cites.get(String(c?.id)))?.edition,
    ])
    .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
}

function claimsCiting(d: Dump, sourceId: unknown): number {
  return d.relationships.filter((r) => r.type === 'CITES' && r.to === sourceId).length;
}

describe('importing a later edition of a report', () => {
  beforeEach(async () => resetGraph(graph()));

  it("moves statuses, adds the new stations and keeps the first edition's claims", async () => {
    const first = await importReport(graph(), 'overseas-stations-ed1.html');
    const before = await dump(graph());
    const firstClaims = claimsCiting(before, first.imported.summary.sourceId);
    expect(entitiesOf(before, 'Station').get(DUBLIN)).toMatchObject({
      status: 'CONFIRMED',
      statusAsOf: '2022-09-12',
    });

    const second = await importReport(graph(), 'overseas-stations-ed2.html');
    expect(second.imported.summary.outcome).toBe('created');
    expect(second.imported.summary.sourceId).not.toBe(first.imported.summary.sourceId);
    const after = await dump(graph());

    const sources = after.nodes.filter((n) => n.labels.includes('Source'));
    expect(sources.map((s) => [s.props.url, s.props.edition, s.props.published]).sort()).toEqual([
      ['https://reports.example.org/beyond-the-border', '1', '2022-09-12'],
      ['https://reports.example.org/beyond-the-border', '2', '2022-12-05'],
    ]);
    expect(claimsCiting(after, first.imported.summary.sourceId)).toBe(firstClaims);

    const stations = entitiesOf(after, 'Station');
    expect(stations.get(DUBLIN)).toMatchObject({ status: 'CLOSED', statusAsOf: '2022-10' });
    expect(statusHistory(after, DUBLIN)).toEqual([
      ['CONFIRMED', '2022-09-12', '1'],
      ['CLOSED', '2022-10', '2'],
    ]);
    expect(stations.get(MARKHAM)).toMatchObject({
      status: 'UNDER_INVESTIGATION',
      statusAsOf: '2022-12-05',
    });
    // Unchanged status, newer date: the second edition confirms it again.
    expect(stations.get(MILAN)).toMatchObject({ status: 'CONFIRMED', statusAsOf: '2022-12-05' });
    expect(statusHistory(after, MILAN)).toHaveLength(2);
    // New in the second edition.
    expect(entitiesOf(before, 'Station').has(LYON)).toBe(false);
    expect(stations.get(LYON)).toMatchObject({ status: 'SUSPECTED', statusAsOf: '2022-12-05' });
    const tableStations = (d: Dump) =>
      [...entitiesOf(d, 'Station').keys()].filter((id) => statusHistory(d, id).length > 0);
    expect(tableStations(before)).toHaveLength(53);
    expect(tableStations(after)).toHaveLength(58);
  });

  it('reaches the same statuses whichever edition is imported first', async () => {
    await importReport(graph(), 'overseas-stations-ed2.html');
    await importReport(graph(), 'overseas-stations-ed1.html');
    const stations = entitiesOf(await dump(graph()), 'Station');
    expect(stations.get(DUBLIN)).toMatchObject({ status: 'CLOSED', statusAsOf: '2022-10' });
    expect(stations.get(MARKHAM)).toMatchObject({ status: 'UNDER_INVESTIGATION' });
  });

  it('changes nothing when an earlier edition is imported again', async () => {
    await importReport(graph(), 'overseas-stations-ed1.html');
    await importReport(graph(), 'overseas-stations-ed2.html');
    const before = await dump(graph());
    const again = await importReport(graph(), 'overseas-stations-ed1.html');
    expect(again.imported.summary.outcome).toBe('unchanged');
    expect(await dump(graph())).toEqual(before);
  });
});
