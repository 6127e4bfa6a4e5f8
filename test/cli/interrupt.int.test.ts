import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingsInput } from '../../src/findings/schema.js';
import { claimOf, documentOf } from '../fixtures/findings/builders.js';
import { useTestGraph } from '../helpers/graph.js';
import { claimsPerSource } from './graphCounts.js';
import { startCli, runCli, waitFor } from './runCli.js';

const DOCUMENTS = 120;
const UNITS = ['offices', 'volunteers', 'events', 'reports'];

/** Document i: one town and 1 to 4 figures about it, each its own sentence. */
function document(i: number): { url: string; findings: FindingsInput; claims: number } {
  const count = 1 + (i % UNITS.length);
  const url = `https://interrupt.example/${i}`;
  const doc = documentOf(
    UNITS.slice(0, count).map((unit, j) => `Town ${i} had ${j + i} ${unit}.`),
    { url, published: '2023-03-01' },
  );
  const findings = doc.build(
    [{ ref: 't', type: 'City', name: `Interrupt Town ${i}`, country: 'NL' }],
    UNITS.slice(0, count).map((unit, j) =>
      claimOf(doc, j, { subject: 't', predicate: 'HAS_FIGURE', value: j + i, unit }),
    ),
  );
  return { url, findings, claims: count };
}

const graph = useTestGraph();

describe('outpost import interrupted with Ctrl-C', () => {
  let dir: string;
  const expected = new Map<string, number>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'outpost-interrupt-'));
    for (let i = 0; i < DOCUMENTS; i++) {
      const { url, findings, claims } = document(i);
      expected.set(url, claims);
      writeFileSync(
        join(dir, `${String(i).padStart(3, '0')}.findings.json`),
        JSON.stringify(findings),
      );
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finishes the documents in flight, writes no half document, exits 130, and the same command continues', async () => {
    const run = startCli(['import', dir, '--concurrency', '2']);
    await waitFor(run.stderr, /^✓ /m);
    run.child.kill('SIGINT');
    const first = await run.done;
    expect(first.stderr).toContain('Interrupted: finishing the documents in flight');
    expect(first.status).toBe(130);
    expect(first.stderr).toMatch(
      /Documents: \d+ imported, 0 unchanged, 0 failed, \d+ not started \(interrupted\)/,
    );

    const partial = await claimsPerSource(graph());
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(DOCUMENTS);
    for (const [url, claims] of partial)
      expect({ url, claims }).toEqual({ url, claims: expected.get(url) });

    const again = await runCli(['import', dir, '--json']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      unchanged: partial.size,
      imported: DOCUMENTS - partial.size,
      failed: 0,
      interrupted: false,
    });
    expect(await claimsPerSource(graph())).toEqual(expected);
  });
});
