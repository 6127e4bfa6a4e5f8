/**
 * Smoke run of the benchmarks (bench/): each section's functions on tiny inputs, so the benchmark
 * code cannot rot. Shapes only (positive numbers, both servers answered alike); never a speed.
 */
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { compareApis } from '../../bench/api/compare.js';
import { runExtractBenchmark } from '../../bench/extract.js';
import { apiMarkdown, loadScale } from '../../bench/sections/api.js';
import { extractMarkdown } from '../../bench/sections/extract.js';
import { runBatchSweep } from '../../bench/sections/writer.js';
import { useTestGraph } from '../helpers/graph.js';

const graph = useTestGraph();
const external = process.env.NEO4J_URI !== undefined && process.env.NEO4J_URI !== '';
const importRoot = external
  ? undefined
  : resolve(process.env.OUTPOST_TEST_DATA_DIR ?? 'data/neo4j-test');

describe('benchmarks (smoke)', () => {
  it('compares our API and @neo4j/graphql on the same query set', async () => {
    const loaded = await loadScale(graph(), 'tiny', 7);
    expect(loaded.entities).toBeGreaterThan(0);
    expect(loaded.claims).toBeGreaterThan(0);
    const compare = { connections: [1], seconds: 1, runs: 1, roundTripRequests: 1, log: () => {} };
    const result = await compareApis(graph(), inject('neo4j'), compare);
    expect(result.queries).toHaveLength(5);
    for (const q of result.queries) {
      expect(q.oursCount, q.query).toBeGreaterThan(0);
      expect(q.peerCount, q.query).toBe(q.oursCount);
      expect(q.oursRoundTrips, q.query).toBeGreaterThan(0);
      expect(q.peerRoundTrips, q.query).toBeGreaterThan(0);
      for (const l of q.load) {
        expect(l.ours.requestsPerSecond.median).toBeGreaterThan(0);
        expect(l.peer.requestsPerSecond.median).toBeGreaterThan(0);
        expect(l.ours.p50Ms.median).toBeGreaterThanOrEqual(0);
        expect(l.ours.errors + l.peer.errors).toBe(0);
      }
    }
    const markdown = apiMarkdown(result.queries, {
      machine: 'test',
      peerVersion: 'test',
      scale: 'tiny',
      loaded: { ...loaded, concurrency: 1 },
      compare,
    });
    expect(markdown).toContain('| path between two entities | 1 |');
  });

  it('sweeps the writer batch sizes against naive and LOAD CSV', async () => {
    const markdown = await runBatchSweep(graph(), {
      quick: true,
      machine: 'test',
      log: () => {},
      ...(importRoot === undefined ? {} : { importDir: importRoot }),
      shape: { documents: 1, rows: 5 },
    });
    expect(markdown).toContain('writer, batchSize 10,000');
    expect(markdown).toContain('naive');
    if (importRoot !== undefined) expect(markdown).toContain('LOAD CSV inside Neo4j');
    expect(markdown).not.toMatch(/NaN|Infinity/);
  });

  it('measures extraction against cheerio alone', async () => {
    const result = await runExtractBenchmark({ pages: 3, seed: 1 });
    expect(result.articlesPerSecond).toBeGreaterThan(0);
    expect(result.cheerioOnlyPerSecond).toBeGreaterThan(0);
    expect(extractMarkdown([result], 'test')).toContain('articles/s');
  });
});
