/**
 * The API section of BENCHMARKS.md: our GraphQL API against @neo4j/graphql on the same Neo4j,
 * the same data (scale S, written through our writer) and the same query set.
 */
import type { ConnectionSettings, Graph } from '../../src/graph/gateway.js';
import { validateFindings } from '../../src/findings/validate.js';
import { resolveFindings } from '../../src/resolve/document.js';
import { compareApis, type CompareOptions, type QueryComparison } from '../api/compare.js';
import { generateScale, SCALES, type ScaleName } from '../generate/scales.js';
import { fmt } from '../measure.js';
import type { Stats } from '../measure.js';
import { deleteAllData } from '../../src/graph/admin.js';
import { writeConcurrently } from '../writer.js';

/**
 * Empties the graph and writes scale `scale` (seeded) through the writer, `concurrency`
 * documents at a time, each made and resolved as it is taken; returns its totals.
 */
export async function loadScale(
  graph: Graph,
  scale: ScaleName,
  seed: number,
  concurrency = 1,
): Promise<{ entities: number; claims: number; sources: number; seconds: number }> {
  await deleteAllData(graph);
  const started = performance.now();
  function* resolved() {
    for (const input of generateScale(scale, seed)) {
      yield resolveFindings(validateFindings(input).findings);
    }
  }
  await writeConcurrently(graph, resolved(), concurrency);
  const seconds = (performance.now() - started) / 1000;
  const [totals] = await graph.read('stats/totals');
  return {
    entities: Number(totals?.entities ?? 0),
    claims: Number(totals?.claims ?? 0),
    sources: Number(totals?.sources ?? 0),
    seconds,
  };
}

/** Runs the API comparison and returns its markdown. */
export async function runApiSection(
  graph: Graph,
  settings: ConnectionSettings,
  options: {
    quick: boolean;
    scale: ScaleName;
    machine: string;
    peerVersion: string;
    log: (line: string) => void;
  },
): Promise<string> {
  const scale: ScaleName = options.quick ? 'tiny' : options.scale;
  // Scale M is written four documents at a time (about ten minutes instead of forty).
  const concurrency = scale === 'M' ? 4 : 1;
  options.log(`api: writing scale ${scale} (${SCALES[scale].description}) ...`);
  const loaded = { ...(await loadScale(graph, scale, 7, concurrency)), concurrency };
  options.log(
    `api: scale ${scale}: ${loaded.entities} entities, ${loaded.claims} claims written in ${loaded.seconds.toFixed(1)} s`,
  );
  const compare: CompareOptions = {
    connections: [1, 16],
    seconds: options.quick ? 2 : 5,
    runs: options.quick ? 1 : 3,
    roundTripRequests: options.quick ? 5 : 20,
    log: options.log,
  };
  const result = await compareApis(graph, settings, compare);
  return apiMarkdown(result.queries, {
    ...options,
    scale,
    loaded,
    compare,
  });
}

const ms = (s: Stats) => `${fmt(s.median, 1)} (${fmt(s.min, 1)}–${fmt(s.max, 1)})`;

/** The section's markdown. */
export function apiMarkdown(
  queries: QueryComparison[],
  o: {
    machine: string;
    peerVersion: string;
    scale: ScaleName;
    loaded: {
      entities: number;
      claims: number;
      sources: number;
      seconds: number;
      concurrency: number;
    };
    compare: CompareOptions;
  },
): string {
  const rows: string[] = [];
  for (const q of queries) {
    for (const l of q.load) {
      const ratio = l.ours.requestsPerSecond.median / l.peer.requestsPerSecond.median;
      const p50ratio = l.ours.p50Ms.median / l.peer.p50Ms.median;
      rows.push(
        `| ${q.query} | ${l.connections} | ${ms(l.ours.p50Ms)} | ${ms(l.peer.p50Ms)} | ${ms(l.ours.p99Ms)} | ${ms(l.peer.p99Ms)} | ${fmt(l.ours.requestsPerSecond.median, 1)} | ${fmt(l.peer.requestsPerSecond.median, 1)} | **${ratio.toFixed(2)}×** | ${p50ratio.toFixed(2)}× | ${l.ours.errors}/${l.peer.errors} |`,
      );
    }
  }
  const checks = queries
    .map(
      (q) =>
        `| ${q.query} | ${q.note} | ${q.oursCount} | ${q.peerCount} | ${fmt(q.oursRoundTrips, 1)} | ${fmt(q.peerRoundTrips, 1)} | ${fmt(q.oursServerMs, 1)} | ${fmt(q.peerServerMs, 1)} |`,
    )
    .join('\n');
  return `## API: our GraphQL API vs @neo4j/graphql, scale ${o.scale}

Machine: ${o.machine}; peer: @neo4j/graphql ${o.peerVersion} on Apollo Server (standalone), type
definitions in bench/api/peer.ts mapping onto our labels and relationships. Same Neo4j, same data:
scale ${o.scale} (${SCALES[o.scale].description}; written: ${fmt(o.loaded.entities)} entities,
${fmt(o.loaded.claims)} claims, ${fmt(o.loaded.sources)} sources, through our writer in
${fmt(o.loaded.seconds, 0)} s, ${o.loaded.concurrency} document(s) at a time; seed 7), same questions
(bench/api/queries.ts). Both servers run in the bench process; autocannon runs as a child process.
Per query and connection count: one warm-up run per side, then ${o.compare.runs} runs of
${o.compare.seconds} s per side, alternating us / peer (the side going first swaps each run).
Figures are medians (min–max over the runs). **us/peer** is requests/s ours over the peer's
(above 1: we are faster); p50 us/peer below 1: we are faster.

| query | connections | p50 ms us | p50 ms peer | p99 ms us | p99 ms peer | req/s us | req/s peer | us/peer req/s | us/peer p50 | errors us/peer |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

What each side returned (checked before loading; both must answer without errors), Neo4j round
trips per request (ours: the gateway's \`roundTrips\` delta; the peer: a driver wrapper counting
\`session.run\` and transaction \`run\` calls) and Neo4j's own time per request (its
\`resultAvailableAfter\` + \`resultConsumedAfter\` of every statement, summed; whole milliseconds
per statement, so under 1 ms can read 0); ${o.compare.roundTripRequests} sequential requests each:

| query | count of | us | peer | round trips us | round trips peer | server ms us | server ms peer |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
${checks}

Where the queries differ in meaning (so a sceptic can weigh the ratio):

- **stations page**: ours also computes \`country\` through the city or region and lists each
  station's claims newest first (as subject or object); the peer's \`claims\` are unordered, as
  subject only, and its country is nested under the city. Why ours is slower: @neo4j/graphql
  compiles the selection into one Cypher statement; ours runs the page, then one batched
  statement per kind of field (places, each link type, claims) in one transaction. Ordering is
  the cost that remains: to keep a station's newest 20 claims, ours reads the rank of every claim
  link of the station (about 80 each at scale S, 4,000 for the page), where the unordered peer stops at
  20. The rank is kept on the links (src/graph/claimRank.ts) and the claims statement reads only
  the properties selected, which took that statement from about 48 to about 16 ms of server time
  at scale S.
- **neighbourhood**: ours is one query that walks every direct relationship type (restricted here
  to Station, City, Country, Organisation so that the two are comparable), ranks by corroboration
  and caps at 500 nodes; the peer has no such query, so it is the nested selection a
  @neo4j/graphql user would write (city → country and stations, bureau → stations, host →
  stations). Counts can differ where ours reaches nodes the nested selection does not spell out.
- **search**: ours is typo-tolerant (prefix and one-typo Lucene terms over names and aliases; a
  second typo in long words only when that finds nothing) and returns the entity's type-specific
  fields; the peer passes the phrase as it is to the same \`entity_names\` index. A two-typo term
  made every search several times slower (at scale S, 6 ms of server time for "Amsterdam"
  against 1 without it): Lucene walks its whole term dictionary for one.
- **stations per country**: ours counts stations placed in a country directly, through a city or a
  region; the peer's is a \`@cypher\` field (through the city only) on every Country.
- **path**: ours ranks up to ${200} equally short paths by corroboration and returns their
  relationships' evidence; the peer's is a \`@cypher\` field with \`shortestPath\` (it has no path
  queries).
`;
}
