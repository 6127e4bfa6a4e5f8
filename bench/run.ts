/**
 * `npm run bench`: runs the benchmarks against a Neo4j of their own (data/neo4j-bench on port
 * 7689, or NEO4J_URI) and writes the figures into BENCHMARKS.md. Sections: api (us vs
 * @neo4j/graphql), writer (batch sizes, naive, LOAD CSV), extract (news importer vs cheerio).
 * `npm run bench -- api writer` runs some; `--quick` uses smaller corpora and shorter runs.
 * `npm run bench -- api --scale M` runs the API comparison on scale M (about 58k entities, 1.4M
 * claims; about 20 minutes) on a Neo4j of its own (data/neo4j-bench-m on port 7690, 2 GB heap
 * and 4 GB page cache unless OUTPOST_NEO4J_HEAP / OUTPOST_NEO4J_PAGECACHE say otherwise), into a
 * section of its own.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../src/config.js';
import { connectionSettings, openGraph } from '../src/neo4j/connect.js';
import { projectPath } from '../src/paths.js';
import { machineLine } from './measure.js';
import { writeSection } from './report.js';
import { scaleArgument } from './generate/scales.js';
import { runApiSection } from './sections/api.js';
import { runExtractSection } from './sections/extract.js';
import { runWriterSection } from './sections/writer.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const scale = scaleArgument(args);
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--scale');
const wanted = (name: string) => only.length === 0 || only.includes(name);

const external = Boolean(process.env.NEO4J_URI);
const config = loadConfig(
  external
    ? {}
    : scale === 'S'
      ? { dataDir: 'data/neo4j-bench', localPort: process.env.OUTPOST_BENCH_NEO4J_PORT ?? '7689' }
      : {
          dataDir: `data/neo4j-bench-${scale.toLowerCase()}`,
          localPort: process.env.OUTPOST_BENCH_NEO4J_PORT ?? '7690',
          heap: process.env.OUTPOST_NEO4J_HEAP ?? '2g',
          pagecache: process.env.OUTPOST_NEO4J_PAGECACHE ?? '4g',
        },
);
const opened = await openGraph(config, { start: !external, migrate: true });
const [server] = await opened.graph.read('read/server-components');
const peerVersion = (
  JSON.parse(readFileSync(projectPath('node_modules/@neo4j/graphql/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const machine = machineLine({
  Neo4j: `${String(server?.version)} ${String(server?.edition)}${
    external ? '' : ` (heap ${config.local.heap}, page cache ${config.local.pagecache})`
  }`,
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const began = performance.now();
process.stderr.write(`bench: ${machine}\n`);

try {
  if (wanted('api')) {
    const markdown = await runApiSection(opened.graph, connectionSettings(config), {
      quick,
      scale,
      machine,
      peerVersion,
      log,
    });
    writeSection(scale === 'S' || quick ? 'api' : `api-${scale}`, markdown);
  }
  if (wanted('writer')) {
    const markdown = await runWriterSection(opened.graph, {
      quick,
      machine,
      log,
      ...(external ? {} : { importDir: config.local.dataDir }),
    });
    writeSection('writer', markdown);
  }
  if (wanted('extract')) {
    writeSection('extract', await runExtractSection({ quick, machine, log }));
  }
} finally {
  await opened.graph.close();
  if (opened.started && !opened.started.alreadyRunning) await opened.local?.stop();
}
process.stderr.write(
  `bench: figures written to BENCHMARKS.md in ${((performance.now() - began) / 1000).toFixed(0)} s\n`,
);
