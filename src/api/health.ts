/**
 * A live check of Neo4j with a deadline: answers within `timeoutMs` whatever the driver is doing
 * (it retries a lost server for up to 30 s), for `GET /health` and the `health` query.
 */
import type { Graph } from '../graph/gateway.js';
import { VERSION } from '../version.js';

/** What the check found. */
export interface HealthReport {
  ok: boolean;
  version: string;
  neo4j: {
    reachable: boolean;
    version: string | null;
    edition: string | null;
    schemaVersion: string | null;
    /** Why Neo4j could not be reached (for operators; `/health` leaves it out). */
    error: string | null;
  };
}

/** Checks that Neo4j answers, within `timeoutMs`. */
export async function checkHealth(graph: Graph, timeoutMs: number): Promise<HealthReport> {
  const report: HealthReport = {
    ok: false,
    version: VERSION,
    neo4j: { reachable: false, version: null, edition: null, schemaVersion: null, error: null },
  };
  const probe = Promise.all([
    graph.read('read/server-components', {}, { timeoutMs }),
    graph.read('read/schema-version', {}, { timeoutMs }),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const result = await Promise.race([probe, deadline]);
    if (result === 'timeout') {
      probe.catch(() => undefined);
      report.neo4j.error = `Neo4j did not answer within ${timeoutMs} ms`;
      return report;
    }
    const [[server], [schema]] = result;
    report.ok = true;
    report.neo4j.reachable = true;
    report.neo4j.version = typeof server?.version === 'string' ? server.version : null;
    report.neo4j.edition = typeof server?.edition === 'string' ? server.edition : null;
    report.neo4j.schemaVersion = typeof schema?.latest === 'string' ? schema.latest : null;
  } catch (error) {
    report.neo4j.error = (error as Error).message;
  } finally {
    clearTimeout(timer);
  }
  return report;
}
