import { beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import {
  dismissCandidate,
  listReview,
  markNotDuplicate,
  mergeEntities,
} from '../../src/graph/review.js';
import { projectPath } from '../../src/paths.js';
import { resetGraph, useTestGraph } from '../helpers/graph.js';
import { dump } from './graphCounts.js';
import { runCli } from './runCli.js';

const INPUTS = [projectPath('samples/findings'), projectPath('test/fixtures/cli/findings')];
const LU = 'person:lu-jianwang';
const LU_REVERSED = 'person:jianwang-lu';
const CANDIDATE = `dup:${LU_REVERSED}|${LU}`;

const graph = useTestGraph();

async function importAll(): Promise<void> {
  await resetGraph(graph());
  const result = await runCli(['import', ...INPUTS, '-q']);
  expect(result.status).toBe(0);
}

const node = async (id: string) =>
  (await dump(graph())).nodes.find((n) => n.props.id === id)?.props;
const links = async (id: string) =>
  (await dump(graph())).relationships.filter((r) => r.from === id || r.to === id);

describe('outpost stats', () => {
  it('counts entities per type, stations per country and status, sources per publisher', async () => {
    await importAll();
    const result = await runCli(['stats', '--json']);
    expect(result.status).toBe(0);
    const stats = JSON.parse(result.stdout);
    const d = await dump(graph());
    expect(stats.totals).toMatchObject({
      entities: d.nodes.filter((n) => n.labels.includes('Entity')).length,
      sources: 4,
      publishers: 4,
      claims: d.nodes.filter((n) => n.labels.includes('Claim')).length,
      retractedClaims: 0,
      openDuplicates: 1,
      needsReview: 1,
    });
    expect(stats.entitiesByType).toContainEqual({ type: 'Station', count: 3 });
    expect(stats.stations).toEqual([
      { country: 'IE', countryName: 'Ireland', status: 'CLOSED', count: 1 },
      { country: 'NL', countryName: 'Netherlands', status: 'SUSPECTED', count: 1 },
      { country: 'US', countryName: 'United States', status: 'UNDER_INVESTIGATION', count: 1 },
    ]);
    expect(stats.sourcesByPublisher).toContainEqual({
      publisherKey: 'fixture-courier',
      publisher: 'Fixture Courier',
      sources: 1,
      claims: 15,
      latest: '2023-04-18',
    });

    const text = await runCli(['stats']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Stations per country and status');
    expect(text.stdout).toMatch(/IE Ireland\s+1\s+0\s+0\s+1/);
  });
});

describe('outpost review', () => {
  beforeEach(importAll);

  it('lists the candidate duplicate and the flagged city', async () => {
    const result = await runCli(['review', 'list', '--json']);
    expect(result.status).toBe(0);
    const list = JSON.parse(result.stdout);
    expect(list.totals).toEqual({ candidates: 1, flagged: 1 });
    expect(list.candidates[0]).toMatchObject({
      id: CANDIDATE,
      status: 'OPEN',
      reason: 'NAME_ORDER',
    });
    expect(list.candidates[0].entities.map((e: { id: string }) => e.id)).toEqual([LU_REVERSED, LU]);
    expect(list.flagged[0]).toMatchObject({
      entityType: 'City',
      name: 'Frobnitz Heights',
      claims: 1,
    });
    const text = await runCli(['review', 'list']);
    expect(text.stdout).toContain('outpost review merge <keepId> <mergeId>');
  });

  it('merges one person into the other: claims, aliases and relationships move, the candidate is MERGED', async () => {
    const result = await runCli(['review', 'merge', LU, LU_REVERSED, '--json']);
    expect(result.status).toBe(0);
    const merge = JSON.parse(result.stdout);
    expect(merge).toMatchObject({
      keep: { id: LU },
      merged: { id: LU_REVERSED },
      claimsMoved: 2,
      candidatesMerged: 1,
    });
    expect(merge.aliasesAdded.sort()).toEqual(['Harry Lu', 'Jianwang Lu']);
    expect(await node(LU_REVERSED)).toBeUndefined();
    expect(await node(LU)).toMatchObject({ age: 61, role: 'DEFENDANT' });
    const resident = (await links(LU)).find((r) => r.type === 'RESIDENT_OF');
    expect(resident).toMatchObject({
      to: 'city:US:frobnitz-heights',
      props: { claimCount: 1, publishers: ['fixture-tribune'] },
    });
    expect(await node(CANDIDATE)).toMatchObject({
      status: 'MERGED',
      mergedInto: LU,
      mergedFrom: LU_REVERSED,
    });
    const list = JSON.parse((await runCli(['review', 'list', '--json'])).stdout);
    expect(list.totals.candidates).toBe(0);
  });

  it('dismisses a candidate, and refuses unknown ids and mismatched types with exit 1', async () => {
    const dismissed = await runCli(['review', 'dismiss', CANDIDATE]);
    expect(dismissed.status).toBe(0);
    expect(dismissed.stdout).toContain('are not the same');
    expect(await node(CANDIDATE)).toMatchObject({ status: 'DISMISSED' });
    expect(JSON.parse((await runCli(['review', 'list', '--json'])).stdout).totals.candidates).toBe(
      0,
    );

    const unknown = await runCli(['review', 'dismiss', 'dup:nothing']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain(`code ${ErrorCode.NOT_FOUND}`);
    const types = await runCli(['review', 'merge', LU, 'city:2964574']);
    expect(types.status).toBe(1);
    expect(types.stderr).toContain('cannot merge a City (city:2964574) into a Person');
  });
});

describe('src/graph/review', () => {
  beforeEach(importAll);

  it('re-derives relationships on the kept entity: claim counts add up, nothing dangles', async () => {
    // Two stations said to be the same: both OPERATED_BY a bureau, in different documents.
    const keep = 'station:city:2964574:dublin-police-station';
    const other = 'station:city:5128581:manhattan-police-station';
    const before = await dump(graph());
    const claimsOf = (d: typeof before, id: string) =>
      d.relationships.filter((r) => (r.type === 'SUBJECT' || r.type === 'OBJECT') && r.to === id)
        .length;
    const result = await mergeEntities(graph(), keep, other, 'test');
    expect(result.claimsMoved).toBe(claimsOf(before, other));
    const after = await dump(graph());
    expect(claimsOf(after, keep)).toBe(claimsOf(before, keep) + claimsOf(before, other));
    const operated = after.relationships.filter((r) => r.from === keep && r.type === 'OPERATED_BY');
    expect(operated.map((r) => r.to).sort()).toEqual(['org:fuzhou-public-security-bureau']);
    expect(operated[0]?.props).toMatchObject({ claimCount: 2, publisherCount: 2 });
    expect(after.relationships.filter((r) => r.from === other || r.to === other)).toEqual([]);
    expect(after.nodes.filter((n) => n.labels.includes('Claim'))).toHaveLength(
      before.nodes.filter((n) => n.labels.includes('Claim')).length,
    );
    // The latest dated status wins: UNDER_INVESTIGATION (2023-04) over CLOSED (2022-10-27).
    expect(after.nodes.find((n) => n.props.id === keep)?.props).toMatchObject({
      status: 'UNDER_INVESTIGATION',
      statusAsOf: '2023-04',
    });
  });

  it('lists, dismisses and records "not the same" for the API', async () => {
    const list = await listReview(graph(), { limit: 10 });
    expect(list.candidates.map((c) => c.id)).toEqual([CANDIDATE]);
    const manual = await markNotDuplicate(
      graph(),
      'org:fuzhou-public-security-bureau',
      'org:lishui-public-security-bureau',
      'test',
    );
    expect(manual).toMatchObject({ status: 'DISMISSED', reason: 'MANUAL' });
    expect(manual.entities.map((e) => e.id)).toEqual([
      'org:fuzhou-public-security-bureau',
      'org:lishui-public-security-bureau',
    ]);
    const again = await markNotDuplicate(
      graph(),
      'org:lishui-public-security-bureau',
      'org:fuzhou-public-security-bureau',
      'test',
    );
    expect(again.id).toBe(manual.id);
    expect(await dismissCandidate(graph(), CANDIDATE, 'test')).toMatchObject({
      status: 'DISMISSED',
    });
    await expect(dismissCandidate(graph(), 'dup:none', 'test')).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await expect(mergeEntities(graph(), LU, LU, 'test')).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
    });
    await expect(mergeEntities(graph(), LU, 'person:nobody', 'test')).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await mergeEntities(graph(), LU, LU_REVERSED, 'test');
    await expect(dismissCandidate(graph(), CANDIDATE, 'test')).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
  });
});
