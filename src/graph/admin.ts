/** Whole-graph operations for tests and benchmarks (never reachable from the API). */
import type { Graph } from './gateway.js';
import type { QueryName } from './queryNames.js';

/** Nodes deleted per transaction. */
const DELETE_BATCH = 5000;

/**
 * Deletes all data (schema migration records excepted), a batch of nodes per transaction, so
 * that a large graph never has to fit in the server's transaction memory; returns how many nodes.
 */
export async function deleteAllData(graph: Graph): Promise<number> {
  // Claims first: they hold most relationships, which would otherwise go with the hubs.
  return (
    (await deleteInBatches(graph, 'admin/delete-claims')) +
    (await deleteInBatches(graph, 'admin/delete-all-data'))
  );
}

async function deleteInBatches(graph: Graph, name: QueryName): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await graph.write(name, { limit: DELETE_BATCH });
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted < DELETE_BATCH) return total;
  }
}
