/**
 * `npm run bench`: runs the benchmarks against a Neo4j of their own (data/neo4j-bench on port
 * 7689, or NEO4J_URI) and writes the figures into BENCHMARKS.md. `npm run bench -- writer` runs
 * one section; `--quick` uses smaller corpora.
 */
import { loadConfig } from '../src/config.js';
import { openGraph } from '../src/neo4j/connect.js';
import { machineLine } from './measure.js';
import { writeSection } from './report.js';
import { runWriterSection } from './sections/writer.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.filter((a) => !a.startsWith('--'));
const wanted = (name: string) => only.length === 0 || only.includes(name);

const external = Boolean(process.env.NEO4J_URI);
const config = loadConfig(
  external
    ? {}
    : { dataDir: 'data/neo4j-bench', localPort: process.env.OUTPOST_BENCH_NEO4J_PORT ?? '7689' },
);
const opened = await openGraph(config, { start: !external, migrate: true });
const [server] = await opened.graph.read('read/server-components');
const machine = machineLine({ Neo4j: `${String(server?.version)} ${String(server?.edition)}` });
process.stderr.write(`bench: ${machine}\n`);

try {
  if (wanted('writer')) {
    const markdown = await runWriterSection(opened.graph, {
      quick,
      machine,
      log: (l) => process.stderr.write(`${l}\n`),
    });
    writeSection('writer', markdown);
  }
} finally {
  await opened.graph.close();
  if (opened.started && !opened.started.alreadyRunning) await opened.local?.stop();
}
process.stderr.write('bench: figures written to BENCHMARKS.md\n');
