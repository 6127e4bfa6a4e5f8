/**
 * The integration tests' way into the real Neo4j of the run (test/setup/neo4j.ts): each test file
 * opens its own gateway, starts from an empty graph and leaves it empty, so no file's data leaks
 * into another's (files of the integration tier run one at a time).
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { Graph, type Row } from '../../src/graph/gateway.js';
import { deleteAllData } from '../../src/graph/admin.js';

/** Connects to the test server. */
export async function connectTestGraph(): Promise<Graph> {
  return Graph.connect(inject('neo4j'));
}

/** Deletes all data (schema migration records excepted). */
export async function resetGraph(graph: Graph): Promise<void> {
  await deleteAllData(graph);
}

/** Every node and relationship, for exact before/after comparisons. */
export async function dumpGraph(graph: Graph): Promise<Row> {
  const [dump] = await graph.read('admin/dump');
  return dump ?? {};
}

/** Registers hooks that give the file an empty graph and clean up after it; returns a getter. */
export function useTestGraph(): () => Graph {
  let graph: Graph | undefined;
  beforeAll(async () => {
    graph = await connectTestGraph();
    await resetGraph(graph);
  });
  afterAll(async () => {
    if (graph !== undefined) {
      await resetGraph(graph);
      await graph.close();
    }
  });
  return () => {
    if (graph === undefined)
      throw new Error('useTestGraph: the graph is not open yet (use it inside tests)');
    return graph;
  };
}
