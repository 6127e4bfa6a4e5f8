/**
 * The writer benchmark (issue 3): synthetic findings documents written by the batched writer
 * (one transaction per document, UNWIND batches) and, in the same run, by a naive writer that
 * sends one statement per row (each its own transaction). Reports entities/s, claims/s, the ratio
 * and the peak RSS of this process.
 */
import type { Graph } from '../src/graph/gateway.js';
import { writeDocument } from '../src/graph/writer.js';
import { validateFindings } from '../src/findings/validate.js';
import { PREDICATES, type PredicateRule } from '../src/findings/vocabulary.js';
import { resolveFindings, type ResolvedDocument } from '../src/resolve/document.js';
import { generateFindings } from './generate/findings.js';
import { measure, stats, type Stats } from './measure.js';

/** One writer's figures over one corpus. */
export interface WriterFigures {
  writer: string;
  documents: number;
  entityRows: number;
  claimRows: number;
  seconds: Stats;
  entitiesPerSecond: number;
  claimsPerSecond: number;
  peakRssMb: number;
}

/** Generates and resolves `documents` documents (resolution is timed apart from writing). */
export function prepareCorpus(
  documents: number,
  seed: number,
): { docs: ResolvedDocument[]; resolveSeconds: number } {
  const started = performance.now();
  const docs = generateFindings({ documents, seed }).map((input) =>
    resolveFindings(validateFindings(input).findings),
  );
  return { docs, resolveSeconds: (performance.now() - started) / 1000 };
}

/** Writes every document with the batched writer. */
export async function writeBatched(
  graph: Graph,
  docs: ResolvedDocument[],
  batchSize?: number,
): Promise<void> {
  for (const doc of docs)
    await writeDocument(graph, doc, batchSize === undefined ? {} : { batchSize });
}

/**
 * Writes every document with the batched writer, `concurrency` documents at a time (each still
 * in its own transaction), as `outpost import --concurrency` does. The documents may be made as
 * they are taken (a generator), so a large corpus is never held in memory.
 */
export async function writeConcurrently(
  graph: Graph,
  docs: Iterable<ResolvedDocument>,
  concurrency: number,
): Promise<void> {
  const next = docs[Symbol.iterator]();
  const worker = async () => {
    for (let item = next.next(); item.done !== true; item = next.next()) {
      await writeDocument(graph, item.value);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Writes every document one statement per row: the baseline. */
export async function writeNaive(graph: Graph, docs: ResolvedDocument[]): Promise<void> {
  for (const doc of docs) {
    await graph.write('bench/naive-source', { source: doc.source });
    for (const e of doc.entities) {
      await graph.write('bench/naive-entity', {
        id: e.id,
        type: e.type,
        name: e.name,
        nameKey: e.nameKey,
        tokenKey: e.tokenKey,
        aliases: e.aliases,
        props: Object.fromEntries(Object.entries(e.props).filter(([, v]) => v !== null)),
      });
    }
    for (const claim of doc.claims)
      await graph.write('bench/naive-claim', { sourceId: doc.source.id, claim });
    for (const claim of doc.claims) {
      const rule: PredicateRule = PREDICATES[claim.predicate];
      if (rule.relationship && claim.object !== null) {
        await graph.write('bench/naive-relationship', {
          subject: claim.subject,
          predicate: claim.predicate,
          object: claim.object,
        });
      }
    }
  }
}

/**
 * Runs `write` `runs` times on an emptied graph and summarises. Before them, one warm-up run of
 * `warmUp` documents (default 50), so that the server's JIT and query plans are warm.
 */
export async function benchWriter(
  graph: Graph,
  writer: string,
  docs: ResolvedDocument[],
  write: (graph: Graph, docs: ResolvedDocument[]) => Promise<void>,
  runs: number,
  reset: () => Promise<void>,
  warmUp = 50,
): Promise<WriterFigures> {
  const entityRows = docs.reduce((n, d) => n + d.entities.length, 0);
  const claimRows = docs.reduce((n, d) => n + d.claims.length, 0);
  const warm = docs.slice(0, Math.min(warmUp, docs.length));
  await reset();
  await write(graph, warm);
  const seconds: number[] = [];
  let peakRssMb = 0;
  for (let run = 0; run < runs; run++) {
    await reset();
    const measured = await measure(() => write(graph, docs));
    seconds.push(measured.seconds);
    peakRssMb = Math.max(peakRssMb, measured.peakRssMb);
  }
  const s = stats(seconds);
  return {
    writer,
    documents: docs.length,
    entityRows,
    claimRows,
    seconds: s,
    entitiesPerSecond: entityRows / s.median,
    claimsPerSecond: claimRows / s.median,
    peakRssMb,
  };
}
