import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { latticeFindings } from '../fixtures/api/outposts.js';
import { useTestGraph } from '../helpers/graph.js';
import { codeOf, startTestApi, type TestApi } from './helpers.js';

const graph = useTestGraph();
let t: TestApi;

// 14^5 (about 540,000) equally short paths from the root to the apex: ranking them all takes
// many seconds (10^5 once finished in 1.2 s on a quiet machine, before the monitor looked), longer
// than Neo4j's transaction monitor needs to end a transaction past its timeout (it looks every 2 s).
beforeAll(async () => {
  await importFindings(graph(), latticeFindings(5, 14), 'lattice');
  t = await startTestApi(graph(), { queryTimeoutMs: 100, pathCandidates: 1_000_000 });
});
afterAll(async () => t?.close());

describe('transaction timeout', () => {
  it('ends a read that runs past it with SERVICE_UNAVAILABLE (reason TIMEOUT), and logs it', async () => {
    const started = performance.now();
    const r = await t.gql(
      `{ paths(from: "org:lattice-root", to: "org:lattice-apex", maxHops: 6) { length } }`,
    );
    expect(codeOf(r)).toBe('SERVICE_UNAVAILABLE');
    expect(r.errors?.[0]?.extensions?.reason).toBe('TIMEOUT');
    expect(r.errors?.[0]?.message).toContain('longer than the time allowed');
    expect(performance.now() - started).toBeLessThan(6000);
    expect(t.logger.lines.join('\n')).toContain('TransactionTimedOut');
  });

  it('ranks only the first paths found by default, which keeps the same query quick', async () => {
    const quick = await startTestApi(graph(), { queryTimeoutMs: 5000 });
    try {
      const r = await quick.gql<{ paths: { length: number }[] }>(
        `{ paths(from: "org:lattice-root", to: "org:lattice-apex", maxHops: 6, limit: 3) { length } }`,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.paths).toEqual([{ length: 6 }, { length: 6 }, { length: 6 }]);
    } finally {
      await quick.close();
    }
  });
});
