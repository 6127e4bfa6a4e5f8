/**
 * The writer section of BENCHMARKS.md: batched writer vs one-statement-per-row, same corpus,
 * same run.
 */
import type { Graph } from '../../src/graph/gateway.js';
import { validateFindings } from '../../src/findings/validate.js';
import { resolveFindings } from '../../src/resolve/document.js';
import { generateFindings } from '../generate/findings.js';
import { loadCsv, writeCsvFiles } from '../loadcsv.js';
import { fmt } from '../measure.js';
import {
  benchWriter,
  prepareCorpus,
  writeBatched,
  writeConcurrently,
  writeNaive,
  type WriterFigures,
} from '../writer.js';
import { deleteAllData } from '../../src/graph/admin.js';

/** Documents written at a time in the concurrent row. */
const CONCURRENCY = 4;

/** Runs the writer benchmark and returns its markdown. */
export async function runWriterSection(
  graph: Graph,
  options: {
    quick: boolean;
    machine: string;
    log: (line: string) => void;
    /** Neo4j's import root (LOAD CSV); undefined: not local, the LOAD CSV row is skipped. */
    importDir?: string;
  },
): Promise<string> {
  const sweep = await runBatchSweep(graph, options);
  const reset = async () => {
    await deleteAllData(graph);
  };
  const small = options.quick ? 200 : 1000;
  const large = options.quick ? 1000 : 10_000;
  const rows: WriterFigures[] = [];

  const corpus = prepareCorpus(small, 7);
  options.log(`writer: ${small} documents resolved in ${corpus.resolveSeconds.toFixed(2)} s`);
  // The batched writer warms up on the whole corpus once: the figures are of a warm server.
  const batched = await benchWriter(
    graph,
    'batched (UNWIND, one tx per document)',
    corpus.docs,
    writeBatched,
    3,
    reset,
    corpus.docs.length,
  );
  options.log(`writer: batched ${fmt(batched.claimsPerSecond)} claims/s`);
  rows.push(batched);
  const concurrent = await benchWriter(
    graph,
    `batched, ${CONCURRENCY} documents at a time (import --concurrency ${CONCURRENCY})`,
    corpus.docs,
    (g, d) => writeConcurrently(g, d, CONCURRENCY),
    3,
    reset,
  );
  options.log(`writer: batched x${CONCURRENCY} ${fmt(concurrent.claimsPerSecond)} claims/s`);
  rows.push(concurrent);
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
  const concurrentRatio = concurrent.claimsPerSecond / naive.claimsPerSecond;
  const reports = corpus.docs.filter((d) => d.source.kind === 'ngo-report').length;
  return `## Writer: batched vs one statement per row

Machine: ${options.machine}. Corpus: synthetic findings (bench/generate/findings.ts, seeded):
${fmt(small - reports)} news-shaped documents (a station, its city, bureau, host organisation, a
person and a community, an event, about 9 claims quoting the text) and ${fmt(reports)} NGO-report
tables of 20-120 stations; ${(batched.entityRows / small).toFixed(1)} entity rows and
${(batched.claimRows / small).toFixed(1)} claim rows a document on average; stations spread over
real cities with a long tail of countries, and popular stations named again and again (so
relationships and statuses gather claims from many sources). Resolution (pure, before writing) took
${corpus.resolveSeconds.toFixed(2)} s for ${fmt(small)} documents. Rows are entity and claim rows
sent (shared entities are matched, not duplicated). Peak RSS is this Node process's.

| writer | documents | entity rows | claim rows | seconds: median (min–max, runs) | entities/s | claims/s | peak RSS MB |
| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |
${table}

**Batched / naive: ${ratio.toFixed(1)}× the claims per second** on the same ${fmt(small)} documents
in the same run, one document at a time (target: at least 10×); ${concurrentRatio.toFixed(1)}× with
${CONCURRENCY} documents at a time (the naive writer stays one row at a time). Every run starts from
an empty graph; the batched writer's first run is a warm-up over the whole corpus.

${sweep}
`;
}

/** Batch sizes 1 … 10k on report-shaped documents, against naive and LOAD CSV, same rows. */
export async function runBatchSweep(
  graph: Graph,
  options: {
    quick: boolean;
    machine: string;
    log: (line: string) => void;
    importDir?: string;
    /** Override: documents and rows per document (the smoke test uses tiny ones). */
    shape?: { documents: number; rows: number };
  },
): Promise<string> {
  const reset = async () => {
    await deleteAllData(graph);
  };
  const shape =
    options.shape ?? (options.quick ? { documents: 1, rows: 100 } : { documents: 2, rows: 1000 });
  const docs = generateFindings({
    documents: shape.documents,
    seed: 23,
    reportShare: 1,
    reportRows: [shape.rows, shape.rows],
    stations: shape.rows * 20,
  }).map((input) => resolveFindings(validateFindings(input).findings));
  const rows: WriterFigures[] = [];
  for (const batchSize of [1, 100, 1000, 10_000]) {
    const runs = batchSize === 1 || options.quick ? 1 : 3;
    const figures = await benchWriter(
      graph,
      `writer, batchSize ${fmt(batchSize)}`,
      docs,
      (g, d) => writeBatched(g, d, batchSize),
      runs,
      reset,
    );
    options.log(`writer sweep: batch ${batchSize}: ${fmt(figures.claimsPerSecond)} claims/s`);
    rows.push(figures);
  }
  const naive = await benchWriter(
    graph,
    'naive (one statement and tx per row)',
    docs,
    writeNaive,
    1,
    reset,
  );
  options.log(`writer sweep: naive ${fmt(naive.claimsPerSecond)} claims/s`);
  rows.push(naive);
  let csvNote =
    'LOAD CSV was not run: Neo4j is not local (NEO4J_URI), so there is no import folder to write to.';
  if (options.importDir !== undefined) {
    const written = writeCsvFiles(options.importDir, docs, 'sweep');
    try {
      const csv = await benchWriter(
        graph,
        'LOAD CSV inside Neo4j (bulk ceiling)',
        docs,
        () => loadCsv(graph, written.files),
        options.quick ? 1 : 3,
        reset,
      );
      options.log(`writer sweep: LOAD CSV ${fmt(csv.claimsPerSecond)} claims/s`);
      rows.push(csv);
      csvNote = `LOAD CSV read the same rows from CSV files in \`bench-csv/\` under the local server's data
folder, by absolute \`file:\` URL: under our embedded launcher \`server.directories.import\` does
not confine file URLs (a path relative to the data folder is not found, an absolute one is), and
\`dbms.security.allow_csv_import_from_file_urls\` defaults to true; the launcher was not changed. It writes what the naive writer writes (no derived properties, no
corroboration counts beyond claimCount, no duplicate candidates, no idempotence bookkeeping), and
its peak RSS is this Node process's only, not Neo4j's.`;
    } finally {
      written.remove();
    }
  }
  await reset();
  const base = rows.find((r) => r.writer.startsWith('naive'))?.claimsPerSecond ?? 1;
  const table = rows
    .map(
      (r) =>
        `| ${r.writer} | ${fmt(r.entityRows)} | ${fmt(r.claimRows)} | ${r.seconds.median.toFixed(2)} (${r.seconds.min.toFixed(2)}–${r.seconds.max.toFixed(2)}, ${r.seconds.runs} runs) | ${fmt((r.entityRows + r.claimRows) / r.seconds.median)} | ${fmt(r.claimsPerSecond)} | ${(r.claimsPerSecond / base).toFixed(1)}× | ${fmt(r.peakRssMb)} |`,
    )
    .join('\n');
  return `### Batch sizes, against one statement per row and LOAD CSV

Report-shaped documents (an NGO report whose table lists ${fmt(shape.rows)} stations, 4 claims a
row), ${shape.documents} of them, seed 23, the same rows for every writer; one warm-up run, then
the runs shown (batch size 1 and naive once: they are slow). Rows/s counts entity and claim rows.

| writer | entity rows | claim rows | seconds: median (min–max, runs) | rows/s | claims/s | vs naive | peak RSS MB |
| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: |
${table}

${csvNote}`;
}
