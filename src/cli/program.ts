/** The `outpost` program: one verb per job, each with --help and examples. */
import { Command, CommanderError } from 'commander';
import { loadConfig, type ConfigOptions } from '../config.js';
import { VERSION } from '../version.js';
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
    .description('start (or reuse) the local Neo4j, apply the schema and serve GraphQL')
    .option('-p, --port <port>', 'HTTP port (default: PORT, else 4000)')
    .addHelpText('after', '\nExample:\n  npx outpost start --port 4000')
    .action(async (opts: { port?: string }) => {
      await serve(loadConfig(portOption(opts)), { startNeo4j: true });
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
