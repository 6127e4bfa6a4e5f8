/**
 * Query latency, us vs @neo4j/graphql: both servers up at once over the same Neo4j and data, the
 * same query set, checked (no errors, result counts compared), round trips per request counted,
 * then loaded with autocannon at each connection count, alternating us / peer run by run.
 */
import type { ConnectionSettings, Graph } from '../../src/graph/gateway.js';
import { startApi } from '../../src/api/server.js';
import type { Logger } from '../../src/api/types.js';
import { stats, type Stats } from '../measure.js';
import { load, type LoadFigures } from './load.js';
import { startPeer } from './peer.js';
import { BENCH_QUERIES, pickFixtures, post, type Fixtures } from './queries.js';

/** Per query: what each side returned and cost in round trips, and the load figures. */
export interface QueryComparison {
  query: string;
  note: string;
  oursCount: number;
  peerCount: number;
  oursRoundTrips: number;
  peerRoundTrips: number;
  /** Neo4j's own time per request (resultAvailableAfter + resultConsumedAfter, summed). */
  oursServerMs: number;
  peerServerMs: number;
  load: {
    connections: number;
    ours: SideFigures;
    peer: SideFigures;
  }[];
}

/** Medians (and spreads) over the runs of one side at one connection count. */
export interface SideFigures {
  p50Ms: Stats;
  p99Ms: Stats;
  requestsPerSecond: Stats;
  errors: number;
}

export interface CompareOptions {
  connections: number[];
  /** Seconds per autocannon run. */
  seconds: number;
  /** Measured runs per side (after one warm-up run each). */
  runs: number;
  /** Sequential requests per query and side for counting round trips. */
  roundTripRequests: number;
  log: (line: string) => void;
}

const quiet: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** Runs the comparison over the graph already loaded. */
export async function compareApis(
  graph: Graph,
  settings: ConnectionSettings,
  options: CompareOptions,
): Promise<{ fixtures: Fixtures; queries: QueryComparison[] }> {
  const ours = await startApi(graph, 0, '127.0.0.1', {
    readAccess: 'open',
    keys: [],
    logger: { ...quiet, error: (m) => options.log(`[ours] ${m}`) },
  });
  const peer = await startPeer(settings, 0);
  try {
    const fixtures = await pickFixtures(ours.url);
    options.log(`api: fixtures ${JSON.stringify(fixtures)}`);
    const results: QueryComparison[] = [];
    for (const q of BENCH_QUERIES) {
      const oursReq = q.ours(fixtures);
      const peerReq = q.peer(fixtures);
      const oursCount = q.countOurs(await post(ours.url, oursReq));
      const peerCount = q.countPeer(await post(peer.url, peerReq));
      const n = options.roundTripRequests;
      let oursServer = 0;
      const stopListening = graph.onQuery((event) => {
        oursServer += (event.serverMs?.available ?? 0) + (event.serverMs?.consumed ?? 0);
      });
      let before = graph.roundTrips;
      for (let i = 0; i < n; i++) await post(ours.url, oursReq);
      stopListening();
      const oursRoundTrips = (graph.roundTrips - before) / n;
      before = peer.counter.roundTrips;
      const peerServerBefore = peer.counter.serverMs;
      for (let i = 0; i < n; i++) await post(peer.url, peerReq);
      const peerRoundTrips = (peer.counter.roundTrips - before) / n;
      const oursServerMs = oursServer / n;
      const peerServerMs = (peer.counter.serverMs - peerServerBefore) / n;
      options.log(
        `api: ${q.name}: counts ${oursCount} / ${peerCount}, round trips ${oursRoundTrips} / ${peerRoundTrips}, server ms ${oursServerMs.toFixed(1)} / ${peerServerMs.toFixed(1)}`,
      );
      const loads: QueryComparison['load'] = [];
      for (const connections of options.connections) {
        const runs = { ours: [] as LoadFigures[], peer: [] as LoadFigures[] };
        // One warm-up run each (JIT, plan caches, connection pools), then alternate; the side
        // that goes first swaps every run so neither always follows the other.
        await load(ours.url, oursReq, connections, Math.min(2, options.seconds));
        await load(peer.url, peerReq, connections, Math.min(2, options.seconds));
        for (let run = 0; run < options.runs; run++) {
          const order = run % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const);
          for (const side of order) {
            const url = side === 'ours' ? ours.url : peer.url;
            const req = side === 'ours' ? oursReq : peerReq;
            runs[side].push(await load(url, req, connections, options.seconds));
          }
        }
        const summary = (list: LoadFigures[]): SideFigures => ({
          p50Ms: stats(list.map((l) => l.p50Ms)),
          p99Ms: stats(list.map((l) => l.p99Ms)),
          requestsPerSecond: stats(list.map((l) => l.requestsPerSecond)),
          errors: list.reduce((n, l) => n + l.errors + l.non2xx, 0),
        });
        const entry = { connections, ours: summary(runs.ours), peer: summary(runs.peer) };
        options.log(
          `api: ${q.name} c=${connections}: ours ${entry.ours.requestsPerSecond.median.toFixed(1)} req/s p50 ${entry.ours.p50Ms.median} ms, peer ${entry.peer.requestsPerSecond.median.toFixed(1)} req/s p50 ${entry.peer.p50Ms.median} ms`,
        );
        loads.push(entry);
      }
      results.push({
        query: q.name,
        note: q.note,
        oursCount,
        peerCount,
        oursRoundTrips,
        peerRoundTrips,
        oursServerMs,
        peerServerMs,
        load: loads,
      });
    }
    return { fixtures, queries: results };
  } finally {
    await ours.close();
    await peer.close();
  }
}
