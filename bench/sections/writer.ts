/**
 * The writer section of BENCHMARKS.md: batched writer vs one-statement-per-row, same corpus,
 * same run.
 */
import type { Graph } from '../../src/graph/gateway.js';
import { fmt } from '../measure.js';
import {
  benchWriter,
  prepareCorpus,
  writeBatched,
  writeNaive,
  type WriterFigures,
} from '../writer.js';

/** Runs the writer benchmark and returns its markdown. */
export async function runWriterSection(
  graph: Graph,
  options: { quick: boolean; machine: string; log: (line: string) => void },
): Promise<string> {
  const reset = async () => {
    await graph.write('admin/delete-all-data');
  };
  const small = options.quick ? 200 : 1000;
  const large = options.quick ? 1000 : 10_000;
  const rows: WriterFigures[] = [];

  const corpus = prepareCorpus(small, 7);
  options.log(`writer: ${small} documents resolved in ${corpus.resolveSeconds.toFixed(2)} s`);
  const batched = await benchWriter(
    graph,
    'batched (UNWIND, one tx per document)',
    corpus.docs,
    writeBatched,
    3,
    reset,
  );
  options.log(`writer: batched ${fmt(batched.claimsPerSecond)} claims/s`);
  rows.push(batched);
  const naive = await benchWriter(
    graph,
    'naive (one statement and tx per row)',
    corpus.docs,
    writeNaive,
    1,
    reset,
  );
  options.log(`writer: naive ${fmt(naive.claimsPerSecond)} claims/s`);
  rows.push(naive);

  const big = prepareCorpus(large, 11);
  const batchedLarge = await benchWriter(
    graph,
    'batched (UNWIND, one tx per document)',
    big.docs,
    writeBatched,
    1,
    reset,
  );
  options.log(`writer: batched ${large} docs ${fmt(batchedLarge.claimsPerSecond)} claims/s`);
  rows.push(batchedLarge);
  await reset();

  const table = rows
    .map(
      (r) =>
        `| ${r.writer} | ${fmt(r.documents)} | ${fmt(r.entityRows)} | ${fmt(r.claimRows)} | ${r.seconds.median.toFixed(2)} (${r.seconds.min.toFixed(2)}–${r.seconds.max.toFixed(2)}, ${r.seconds.runs} runs) | ${fmt(r.entitiesPerSecond)} | ${fmt(r.claimsPerSecond)} | ${fmt(r.peakRssMb)} |`,
    )
    .join('\n');
  const ratio = batched.claimsPerSecond / naive.claimsPerSecond;
  return `## Writer: batched vs one statement per row

Machine: ${options.machine}. Corpus: synthetic findings (bench/generate/findings.ts, seeded), each
document one source with 6 entities, one event and 9 claims quoting its text; stations spread over
real cities with a long tail of countries. Resolution (pure, before writing) took
${corpus.resolveSeconds.toFixed(2)} s for ${fmt(small)} documents. Rows are entity and claim rows
sent (shared entities are matched, not duplicated). Peak RSS is this Node process's.

| writer | documents | entity rows | claim rows | seconds: median (min–max, runs) | entities/s | claims/s | peak RSS MB |
| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |
${table}

**Batched / naive: ${ratio.toFixed(1)}× the claims per second** on the same ${fmt(small)} documents
in the same run (target: at least 10×).
`;
}
