/** The `outpost` program: one verb per job, each with --help and examples. */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { FINDINGS_SCHEMA_FILE, findingsJsonSchema } from '../findings/schema.js';
import { loadApiConfig, loadConfig, type ApiConfigOptions, type ConfigOptions } from '../config.js';
import { VERSION } from '../version.js';
import type { ExportCommandOptions } from './exportCommand.js';
import type { ImportOptions } from './importCommand.js';
import { MAX_CONCURRENCY } from './options.js';
import { EXIT, reportError } from './output.js';
import { neo4jStart, neo4jStatus, neo4jStop } from './neo4jCommand.js';
import { serve } from './serveCommand.js';

/** Builds the program; `run` parses and executes. Exported for tests of the argument handling. */
export function buildProgram(): Command {
  const program = new Command('outpost')
    .description('outpost-graph: an incident knowledge graph of covert overseas police stations')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError();

  program
    .command('start')
    .description(
      'start (or reuse) the local Neo4j, apply the schema, load the samples into an empty graph, serve GraphQL',
    )
    .option('-p, --port <port>', 'HTTP port (default: PORT, else 4000)')
    .option('--keys-file <path>', 'JSON file of API keys (default: OUTPOST_API_KEYS_FILE)')
    .option(
      '--read-access <mode>',
      'open | key: who may read (default: OUTPOST_READ_ACCESS, else open)',
    )
    .addHelpText('after', '\nExample:\n  npx outpost start --port 4000 --keys-file keys.json')
    .action(async (opts: ServeOptions) => {
      await serve(loadConfig(portOption(opts)), {
        startNeo4j: true,
        loadSamples: true,
        api: loadApiConfig(apiOptions(opts)),
      });
    });

  program
    .command('serve')
    .description('serve GraphQL over the graph at NEO4J_URI, or the local Neo4j if it runs')
    .option('-p, --port <port>', 'HTTP port (default: PORT, else 4000)')
    .option('--keys-file <path>', 'JSON file of API keys (default: OUTPOST_API_KEYS_FILE)')
    .option(
      '--read-access <mode>',
      'open | key: who may read (default: OUTPOST_READ_ACCESS, else open)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=... npx outpost serve',
        '  OUTPOST_API_KEYS="alice:admin:<sha256 of her key>" npx outpost serve --read-access key',
      ].join('\n'),
    )
    .action(async (opts: ServeOptions) => {
      await serve(loadConfig(portOption(opts)), {
        startNeo4j: false,
        api: loadApiConfig(apiOptions(opts)),
      });
    });

  program
    .command('import')
    .description('import findings JSON, news articles (HTML or text), folders and globs of them')
    .argument(
      '<inputs...>',
      'files, folders (recursive), globs ("reports/**/*.json"), URLs, or - for stdin',
    )
    .option('--dry-run', 'print the findings instead of writing them (review, edit, then import)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .option(
      '-f, --format <format>',
      'force the input format: findings | news | ngo-report | csv | tsv | xlsx',
    )
    .option(
      '-c, --concurrency <n>',
      `documents in flight at once, each in its own transaction (1-${MAX_CONCURRENCY})`,
      '1',
    )
    .option(
      '--published <date>',
      'publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the document lacks one',
    )
    .option('--publisher <name>', 'publisher when the document lacks one')
    .option('--url <url>', 'reports: the URL that identifies the report (with its edition)')
    .option('--title <text>', 'reports: the title when the document has none')
    .option('--edition <text>', 'reports: the edition when the document states none')
    .option(
      '--columns <mapping.json>',
      'reports: your own column names, {"columns": {"Staat": "country"}}',
    )
    .addHelpText(
      'after',
      [
        '',
        'Formats: .json findings; .jsonl/.ndjson findings, one document per line (what export',
        '--format findings writes); .html/.htm NGO reports when they hold a station table, else news',
        'articles; .txt news articles; .csv/.tsv/.xlsx station tables; others by content.',
        'Exit codes: 0 all imported, 1 some failed (each named with its reason), 2 usage error,',
        '130 interrupted (Ctrl-C: the documents in flight finish, none is half-written; run the',
        'same command again to continue, imported documents are skipped as unchanged).',
        '',
        'Examples:',
        '  npx outpost import samples/findings/2022-10-dublin-station-closed.findings.json',
        '  npx outpost import article.html --dry-run > article.findings.json   # review and edit, then:',
        '  npx outpost import article.findings.json',
        '  npx outpost import reports/ --concurrency 4',
        '  npx outpost import "findings/**/*.json" --json > summary.json',
        '  curl -s https://example.org/article | npx outpost import - --publisher "Example News"',
      ].join('\n'),
    )
    .action(async (inputs: string[], opts: ImportOptions) => {
      const { importCommand } = await import('./importCommand.js');
      process.exitCode = await importCommand(loadConfig(), inputs, opts);
    });

  program
    .command('export')
    .description(
      'export the graph for Gephi (graphml, gexf), spreadsheets (csv), re-import (findings) or Aleph (ftm)',
    )
    .requiredOption('-f, --format <format>', 'graphml | gexf | csv | findings | ftm')
    .option(
      '-o, --out <path>',
      'file to write (csv and findings: a folder; findings: a .jsonl file too); default: stdout',
    )
    .option(
      '--country <country>',
      'only entities in this country (ISO code or name) and those linked to them',
    )
    .option(
      '--type <type>',
      'only entities of this type (Station, Person...) and those linked to them',
    )
    .option(
      '--since <date>',
      'only entities with a claim dated on or after YYYY[-MM[-DD]], and those linked to them',
    )
    .option('--bom', 'csv: start each file with a byte order mark, for Excel')
    .option('-q, --quiet', 'no progress and no summary line')
    .addHelpText(
      'after',
      [
        '',
        'Every format streams: memory stays small however large the graph. A file is written as',
        'NAME.partial and renamed when complete.',
        '',
        'Examples:',
        '  npx outpost export --format gexf --out outposts.gexf          # open in Gephi',
        '  npx outpost export --format graphml --country NL --out nl.graphml',
        '  npx outpost export --format csv --out export/ --bom            # nodes.csv, edges.csv, claims.csv',
        '  npx outpost export --format findings --out bundle.jsonl        # re-import: outpost import bundle.jsonl',
        '  npx outpost export --format findings --out findings/           # one file per source',
        '  npx outpost export --format ftm --since 2023 > outposts.ftm.json   # ftm / Aleph / OpenSanctions',
      ].join('\n'),
    )
    .action(async (opts: ExportCommandOptions) => {
      const { exportCommand } = await import('./exportCommand.js');
      process.exitCode = await exportCommand(loadConfig(), opts);
    });

  program
    .command('stats')
    .description(
      'counts: entities per type, stations per country and status, sources per publisher',
    )
    .option('--json', 'print one JSON object on stdout')
    .addHelpText(
      'after',
      '\nExamples:\n  npx outpost stats\n  npx outpost stats --json | jq .totals',
    )
    .action(async (opts: { json?: boolean }) => {
      const { statsCommand } = await import('./statsCommand.js');
      process.exitCode = await statsCommand(loadConfig(), opts);
    });

  const review = program
    .command('review')
    .description('candidate duplicates and flagged entities: list them, merge or dismiss')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  npx outpost review list',
        '  npx outpost review merge person:lu-jianwang person:jianwang-lu   # keep the first',
        '  npx outpost review dismiss "dup:person:jianwang-lu|person:lu-jianwang"',
      ].join('\n'),
    );
  review
    .command('list')
    .description('open candidate duplicates and entities flagged for review')
    .option('--json', 'print one JSON object on stdout')
    .option('--limit <n>', 'at most this many of each (default 100)')
    .action(async (opts: { json?: boolean; limit?: string }) => {
      const { reviewList } = await import('./reviewCommand.js');
      process.exitCode = await reviewList(loadConfig(), opts);
    });
  review
    .command('dismiss')
    .description('the two entities of a candidate duplicate are not the same: dismiss it')
    .argument('<candidateId>', 'the candidate duplicate, as `review list` shows it')
    .option('--json', 'print the dismissed candidate as JSON on stdout')
    .action(async (id: string, opts: { json?: boolean }) => {
      const { reviewDismiss } = await import('./reviewCommand.js');
      process.exitCode = await reviewDismiss(loadConfig(), id, opts);
    });
  review
    .command('merge')
    .description(
      'merge an entity into another: claims, aliases and links move, the merged one goes',
    )
    .argument('<keepId>', 'the entity that stays')
    .argument('<mergeId>', 'the entity merged into it (deleted)')
    .option('--json', 'print what the merge did as JSON on stdout')
    .action(async (keepId: string, mergeId: string, opts: { json?: boolean }) => {
      const { reviewMerge } = await import('./reviewCommand.js');
      process.exitCode = await reviewMerge(loadConfig(), keepId, mergeId, opts);
    });

  program
    .command('findings-schema')
    .description(
      'print the JSON Schema of the Findings format (or --write it to schema/findings.schema.json)',
    )
    .option('--write', 'write schema/findings.schema.json')
    .action((opts: { write?: boolean }) => {
      const text = `${JSON.stringify(findingsJsonSchema(), null, 2)}\n`;
      if (opts.write) writeFileSync(FINDINGS_SCHEMA_FILE, text);
      else process.stdout.write(text);
    });

  const neo4j = program
    .command('neo4j')
    .description('manage the local Neo4j Community server (the embedded default)');
  neo4j
    .command('start')
    .description('start it (a no-op when it runs), apply the schema and print its Bolt URI')
    .action(async () => neo4jStart(loadConfig()));
  neo4j
    .command('stop')
    .description('shut it down cleanly')
    .action(async () => neo4jStop(loadConfig()));
  neo4j
    .command('status')
    .description('print URI, pid, Neo4j version and schema version (exit 1 when stopped)')
    .action(async () => {
      if (!(await neo4jStatus(loadConfig()))) process.exitCode = EXIT.FAILED;
    });

  return program;
}

function portOption(opts: { port?: string }): ConfigOptions {
  return opts.port === undefined ? {} : { port: opts.port };
}

/** Options of `serve` and `start`. */
interface ServeOptions {
  port?: string;
  keysFile?: string;
  readAccess?: string;
}

function apiOptions(opts: ServeOptions): ApiConfigOptions {
  return {
    ...(opts.keysFile === undefined ? {} : { apiKeysFile: opts.keysFile }),
    ...(opts.readAccess === undefined ? {} : { readAccess: opts.readAccess }),
  };
}

/** Parses `argv` and runs the verb; resolves to the exit code. */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    return reportError(error);
  }
}
