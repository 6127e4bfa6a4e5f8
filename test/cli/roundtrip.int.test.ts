import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { resetGraph, useTestGraph } from '../helpers/graph.js';
import { claimsPerSource, graphCounts, type GraphCounts } from './graphCounts.js';
import { runCli } from './runCli.js';

const graph = useTestGraph();

describe('the findings round trip', () => {
  let dir: string;
  let original: GraphCounts;
  let originalClaims: Map<string, number>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-roundtrip-'));
    const imported = await runCli([
      'import',
      projectPath('samples'),
      projectPath('test/fixtures/cli/findings'),
      '--json',
    ]);
    expect(JSON.parse(imported.stdout)).toMatchObject({ failed: 0 });
    original = await graphCounts(graph());
    originalClaims = await claimsPerSource(graph());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a JSON-lines bundle', 'bundle.jsonl'],
    ['a folder of findings files', 'bundle'],
  ])(
    're-imports %s into an empty graph to the same entities, claims, sources and relationships',
    async (_name, target) => {
      const out = join(dir, target);
      const exported = await runCli(['export', '--format', 'findings', '--out', out]);
      expect(exported.status).toBe(0);
      await resetGraph(graph());
      const imported = await runCli(['import', out, '--json']);
      expect(imported.status).toBe(0);
      expect(JSON.parse(imported.stdout)).toMatchObject({
        imported: originalClaims.size,
        failed: 0,
      });
      expect(await graphCounts(graph())).toEqual(original);
      expect(await claimsPerSource(graph())).toEqual(originalClaims);
      expect(original.labels.Entity).toBeGreaterThan(30);
      expect(original.labels.CandidateDuplicate).toBe(1);

      const again = await runCli(['import', out, '--json']);
      expect(JSON.parse(again.stdout)).toMatchObject({
        imported: 0,
        unchanged: originalClaims.size,
      });
    },
  );
});
