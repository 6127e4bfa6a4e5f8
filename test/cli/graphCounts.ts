/** Counts of a graph by node label and relationship type, for before/after comparisons. */
import type { Graph } from '../../src/graph/gateway.js';
import { dumpGraph } from '../helpers/graph.js';

/** What the graph holds, counted. */
export interface GraphCounts {
  labels: Record<string, number>;
  relationships: Record<string, number>;
}

interface Dump {
  nodes: { labels: string[]; props: Record<string, unknown> }[];
  relationships: { from: string; type: string; to: string; props: Record<string, unknown> }[];
}

/** The whole graph (small test graphs only). */
export async function dump(graph: Graph): Promise<Dump> {
  return (await dumpGraph(graph)) as unknown as Dump;
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...keys].sort()) out[key] = (out[key] ?? 0) + 1;
  return out;
}

/** Nodes per label and relationships per type. */
export async function graphCounts(graph: Graph): Promise<GraphCounts> {
  const d = await dump(graph);
  return {
    labels: tally(d.nodes.flatMap((n) => n.labels)),
    relationships: tally(d.relationships.map((r) => r.type)),
  };
}

/** Claims per source URL (or title when it has none): whole documents have all their claims. */
export async function claimsPerSource(graph: Graph): Promise<Map<string, number>> {
  const d = await dump(graph);
  const sources = new Map(
    d.nodes
      .filter((n) => n.labels.includes('Source'))
      .map((n) => [String(n.props.id), String(n.props.url ?? n.props.title)]),
  );
  const out = new Map<string, number>([...sources.values()].map((key) => [key, 0]));
  for (const r of d.relationships) {
    if (r.type !== 'CITES') continue;
    const key = sources.get(r.to);
    if (key !== undefined) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}
