/** The `outpost` program: one verb per job, each with --help and examples. */
import { writeFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { FINDINGS_SCHEMA_FILE, findingsJsonSchema } from '../findings/schema.js';
import { loadConfig, type ConfigOptions } from '../config.js';
import { VERSION } from '../version.js';
import type { ImportOptions } from './importCommand.js';
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
    .addHelpText('after', '\nExample:\n  npx outpost start --port 4000')
    .action(async (opts: { port?: string }) => {
      await serve(loadConfig(portOption(opts)), { startNeo4j: true, loadSamples: true });
    });

  program
    .command('serve')
    .description('serve GraphQL over the graph at NEO4J_URI, or the local Neo4j if it runs')
    .option('-p, --port <port>', 'HTTP port (default: PORT, else 4000)')
    .addHelpText(
      'after',
      '\nExample:\n  NEO4J_URI=neo4j+s://xxxx.databases.neo4j.io NEO4J_PASSWORD=... npx outpost serve',
    )
    .action(async (opts: { port?: string }) => {
      await serve(loadConfig(portOption(opts)), { startNeo4j: false });
    });

  program
    .command('import')
    .description('import findings JSON, news articles (HTML or text) and folders of them')
    .argument('<inputs...>', 'files, folders, URLs, or - for standard input')
    .option('--dry-run', 'print the findings instead of writing them (review, edit, then import)')
    .option('--json', 'print a machine-readable summary on stdout')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-f, --format <format>', 'force the input format: findings | news')
    .option(
      '--published <date>',
      'publication date (YYYY, YYYY-MM or YYYY-MM-DD) when the document lacks one',
    )
    .option('--publisher <name>', 'publisher when the document lacks one')
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  npx outpost import samples/findings/2022-10-dublin-station-closed.findings.json',
        '  npx outpost import article.html --dry-run > article.findings.json   # review and edit, then:',
        '  npx outpost import article.findings.json',
        '  npx outpost import reports/ --json',
      ].join('\n'),
    )
    .action(async (inputs: string[], opts: ImportOptions) => {
      const { importCommand } = await import('./importCommand.js');
      process.exitCode = await importCommand(loadConfig(), inputs, opts);
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
