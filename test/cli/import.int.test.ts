import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors.js';
import { projectPath } from '../../src/paths.js';
import { resetGraph, useTestGraph } from '../helpers/graph.js';
import { claimsPerSource, graphCounts } from './graphCounts.js';
import { runCli } from './runCli.js';

const FIXTURES = projectPath('test/fixtures/cli/findings');
const SAMPLE = projectPath('samples/findings/2022-10-dublin-station-closed.findings.json');

interface Summary {
  imported: number;
  unchanged: number;
  failed: number;
  entitiesCreated: number;
  claims: number;
  candidateDuplicates: number;
  review: number;
  interrupted: boolean;
  documents: { origin: string; outcome: string; claims: number }[];
  failures: { input: string; code: string; message: string }[];
}

const graph = useTestGraph();

describe('outpost import', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-import-'));
    mkdirSync(join(dir, 'good', 'nested'), { recursive: true });
    mkdirSync(join(dir, 'broken'));
    const fixtures = readdirSync(FIXTURES).sort();
    copyFileSync(join(FIXTURES, fixtures[0] as string), join(dir, 'good', fixtures[0] as string));
    for (const name of fixtures.slice(1))
      copyFileSync(join(FIXTURES, name), join(dir, 'good', 'nested', name));
    writeFileSync(join(dir, 'broken', 'not-json.json'), '{"format": "outpost-findings/1", ');
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as { claims: { object?: string }[] };
    (sample.claims[0] as { object?: string }).object = 'nowhere';
    writeFileSync(join(dir, 'broken', 'unknown-ref.json'), JSON.stringify(sample));
    writeFileSync(join(dir, 'broken', 'stations.pdf'), '%PDF-1.4\n% a scanned station list\n');
    writeFileSync(join(dir, 'broken', 'empty.txt'), '   \n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(async () => resetGraph(graph()));

  it('imports a folder of good and broken files: every good one, each failure named with its reason, exit 1', async () => {
    const result = await runCli(['import', dir, '--json']);
    expect(result.status).toBe(1);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary).toMatchObject({
      imported: 3,
      unchanged: 0,
      failed: 4,
      candidateDuplicates: 1,
      review: 1,
      interrupted: false,
    });
    expect(summary.documents.map((d) => d.outcome)).toEqual(['created', 'created', 'created']);
    const failures = new Map(summary.failures.map((f) => [f.input.slice(dir.length + 1), f]));
    expect([...failures.keys()].sort()).toEqual([
      'broken/empty.txt',
      'broken/not-json.json',
      'broken/stations.pdf',
      'broken/unknown-ref.json',
    ]);
    expect(failures.get('broken/stations.pdf')).toMatchObject({
      code: ErrorCode.FORMAT_UNSUPPORTED,
      message: 'PDF files are not supported yet',
    });
    expect(failures.get('broken/unknown-ref.json')).toMatchObject({
      code: ErrorCode.FINDINGS_INVALID,
    });
    expect(failures.get('broken/unknown-ref.json')?.message).toContain(
      '$.claims[0].object: unknown ref "nowhere"',
    );
    expect(failures.get('broken/not-json.json')?.code).toBe(ErrorCode.FINDINGS_INVALID);
    expect(failures.get('broken/empty.txt')?.code).toBe(ErrorCode.BAD_USER_INPUT);
    const counts = await graphCounts(graph());
    expect(counts.labels.Source).toBe(3);
    expect(counts.labels.Claim).toBe(summary.claims);
  });

  it('says on stderr, line by line, what each document did and the totals', async () => {
    const result = await runCli(['import', join(dir, 'good'), join(dir, 'broken', 'stations.pdf')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /✓ .*2022-09-fixture-report\.findings\.json \(created\): \d+ entities created/,
    );
    expect(result.stderr).toContain('review (');
    expect(result.stderr).toMatch(
      /✗ .*stations\.pdf: PDF files are not supported yet \(FORMAT_UNSUPPORTED\)/,
    );
    expect(result.stderr).toMatch(/Documents: 3 imported, 0 unchanged, 1 failed\./);
  });

  it('skips unchanged documents when run again, and exits 0 when all went well', async () => {
    expect((await runCli(['import', join(dir, 'good'), '-q'])).status).toBe(0);
    const before = await graphCounts(graph());
    const again = await runCli(['import', join(dir, 'good'), '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 3, failed: 0 });
    expect(await graphCounts(graph())).toEqual(before);
  });

  it('expands globs itself (as on Windows, where the shell does not)', async () => {
    const result = await runCli(['import', join(dir, '**', '*-court.findings.json'), '--json']);
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as Summary;
    expect(summary.documents.map((d) => d.origin)).toEqual([
      join(dir, 'good', 'nested', '2023-04-brooklyn-court.findings.json'),
    ]);
  });

  it('reads findings from standard input', async () => {
    const result = await runCli(['import', '-', '--json'], { input: readFileSync(SAMPLE, 'utf8') });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 1, claims: 21 });
  });

  it('writes nothing on --dry-run and prints the findings, one JSON document per line', async () => {
    const result = await runCli(['import', join(dir, 'good'), '--dry-run']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines)
      expect(JSON.parse(line)).toMatchObject({ format: 'outpost-findings/1' });
    expect(await graphCounts(graph())).toEqual({ labels: {}, relationships: {} });
  });

  it('imports with --concurrency to the same graph as one at a time', async () => {
    expect((await runCli(['import', join(dir, 'good'), SAMPLE, '-q'])).status).toBe(0);
    const sequential = {
      counts: await graphCounts(graph()),
      claims: await claimsPerSource(graph()),
    };
    await resetGraph(graph());
    const result = await runCli([
      'import',
      join(dir, 'good'),
      SAMPLE,
      '--concurrency',
      '4',
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ imported: 4, failed: 0 });
    expect({ counts: await graphCounts(graph()), claims: await claimsPerSource(graph()) }).toEqual(
      sequential,
    );
  });

  it('exits 2 on a usage error and 1 when an input does not exist', async () => {
    const usage = await runCli(['import', join(dir, 'good'), '--concurrency', '0']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--concurrency must be a whole number from 1 to 32');
    const missing = await runCli(['import', join(dir, 'missing.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('missing.json: no such file or folder (INPUT_UNREADABLE)');
  });
});
