/** Whole-graph operations for tests and benchmarks (never reachable from the API). */
import type { Graph } from './gateway.js';

/** Deletes all data (schema migration records excepted), in batches; returns how many nodes. */
export async function deleteAllData(graph: Graph): Promise<number> {
  const [row] = await graph.writeAutoCommit('admin/delete-all-data');
  return Number(row?.deleted ?? 0);
}
