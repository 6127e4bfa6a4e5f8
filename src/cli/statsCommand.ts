/**
 * `outpost stats [--json]`: the graph in numbers — totals, entities per type, stations per
 * country and status, sources per publisher. Tables for a person, or one JSON object on stdout.
 */
import type { Config } from '../config.js';
import type { Graph } from '../graph/gateway.js';
import { openGraph } from '../neo4j/connect.js';
import { EXIT, writeOut } from './output.js';

/** The numbers `outpost stats` prints. */
export interface GraphStats {
  totals: {
    entities: number;
    sources: number;
    publishers: number;
    claims: number;
    retractedClaims: number;
    relationships: number;
    openDuplicates: number;
    needsReview: number;
  };
  entitiesByType: { type: string; count: number }[];
  /** Stations per country (null: no country known) and current status (null: none stated). */
  stations: {
    country: string | null;
    countryName: string | null;
    status: string | null;
    count: number;
  }[];
  sourcesByPublisher: {
    publisherKey: string;
    publisher: string | null;
    sources: number;
    claims: number;
    latest: string | null;
  }[];
}

/** Reads the numbers (four reads in one transaction, so they agree). */
export async function readStats(graph: Graph): Promise<GraphStats> {
  return graph.readTransaction(async (tx) => {
    const [totals] = await tx.run('stats/totals');
    const types = await tx.run('stats/entities-by-type');
    const stations = await tx.run('stats/stations-by-country');
    const publishers = await tx.run('stats/sources-by-publisher');
    const n = (value: unknown) => Number(value ?? 0);
    const s = (value: unknown) => (value === null || value === undefined ? null : String(value));
    return {
      totals: {
        entities: n(totals?.entities),
        sources: n(totals?.sources),
        publishers: n(totals?.publishers),
        claims: n(totals?.claims),
        retractedClaims: n(totals?.retractedClaims),
        relationships: n(totals?.relationships),
        openDuplicates: n(totals?.openDuplicates),
        needsReview: n(totals?.needsReview),
      },
      entitiesByType: types.map((r) => ({ type: String(r.type), count: n(r.count) })),
      stations: stations.map((r) => ({
        country: s(r.country),
        countryName: s(r.countryName),
        status: s(r.status),
        count: n(r.count),
      })),
      sourcesByPublisher: publishers.map((r) => ({
        publisherKey: String(r.publisherKey),
        publisher: s(r.publisher),
        sources: n(r.sources),
        claims: n(r.claims),
        latest: s(r.latest),
      })),
    };
  }, 'stats');
}

/** Runs the stats verb. */
export async function statsCommand(config: Config, options: { json?: boolean }): Promise<number> {
  const { graph } = await openGraph(config, { start: true, migrate: true });
  let stats: GraphStats;
  try {
    stats = await readStats(graph);
  } finally {
    await graph.close();
  }
  await writeOut(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
  return EXIT.OK;
}

/** The tables a person reads. */
export function formatStats(stats: GraphStats): string {
  const t = stats.totals;
  const out: string[] = [
    `Entities ${t.entities}, sources ${t.sources} from ${t.publishers} publishers, claims ${t.claims}` +
      (t.retractedClaims > 0 ? ` (${t.retractedClaims} retracted)` : '') +
      `, relationships ${t.relationships}.`,
    `To review: ${t.openDuplicates} candidate duplicates, ${t.needsReview} flagged entities (outpost review list).`,
    '',
    'Entities per type',
    table(
      ['type', 'count'],
      stats.entitiesByType.map((r) => [r.type, r.count]),
    ),
  ];
  const statuses = [...new Set(stats.stations.map((r) => r.status ?? 'unknown'))].sort();
  const countries = new Map<string, Map<string, number>>();
  for (const r of stats.stations) {
    const key =
      r.country === null ? 'unknown' : `${r.country}${r.countryName ? ` ${r.countryName}` : ''}`;
    const row = countries.get(key) ?? new Map<string, number>();
    row.set(r.status ?? 'unknown', (row.get(r.status ?? 'unknown') ?? 0) + r.count);
    countries.set(key, row);
  }
  out.push('', 'Stations per country and status');
  out.push(
    countries.size === 0
      ? '  (no stations)'
      : table(
          ['country', ...statuses, 'total'],
          [...countries.entries()].map(([country, row]) => [
            country,
            ...statuses.map((status) => row.get(status) ?? 0),
            [...row.values()].reduce((a, b) => a + b, 0),
          ]),
        ),
  );
  out.push('', 'Sources per publisher');
  out.push(
    stats.sourcesByPublisher.length === 0
      ? '  (no sources)'
      : table(
          ['publisher', 'sources', 'claims', 'latest'],
          stats.sourcesByPublisher.map((r) => [
            r.publisher ?? r.publisherKey,
            r.sources,
            r.claims,
            r.latest ?? '',
          ]),
        ),
  );
  return `${out.join('\n')}\n`;
}

/** A plain text table: left-aligned text, right-aligned numbers. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'),
  );
  return cells
    .map((row) =>
      `  ${row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ')}`.trimEnd(),
    )
    .join('\n');
}
