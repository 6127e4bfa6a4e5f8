/**
 * Runs `node bin/outpost.js` as a person would, against the integration tier's Neo4j (NEO4J_URI,
 * NEO4J_USER, NEO4J_PASSWORD from the global setup), and collects its exit code and output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { projectPath } from '../../src/paths.js';

/** What a run printed and how it ended. */
export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment that points the CLI at the test server. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const neo4j = inject('neo4j');
  return {
    ...process.env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: neo4j.user,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_DATABASE: neo4j.database ?? '',
    FORCE_COLOR: '0',
    ...extra,
  };
}

/** Starts the CLI; the caller reads its streams and waits for `done`. */
export function startCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): { child: ChildProcess; done: Promise<CliResult>; stdout: () => string; stderr: () => string } {
  const child = spawn(process.execPath, [projectPath('bin/outpost.js'), ...args], {
    env: cliEnv(options.env),
    cwd: options.cwd ?? projectPath('.'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (options.input !== undefined) child.stdin?.end(options.input);
  else child.stdin?.end();
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}

/** Runs the CLI to the end. */
export async function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<CliResult> {
  return startCli(args, options).done;
}

/** Resolves when `read()` matches `pattern` (polling), or rejects after `timeoutMs`. */
export async function waitFor(
  read: () => string,
  pattern: RegExp,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(read())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; got:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
