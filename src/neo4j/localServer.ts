/**
 * The local Neo4j Community server, the project's embedded default. `start` resolves Neo4j from
 * Maven Central (scripts/neo4j/pom.xml) on first use, starts scripts/neo4j/OutpostNeo4j.java with
 * Bolt on 127.0.0.1, and returns once Bolt answers; `stop` shuts it down cleanly; `status` says
 * what runs. The pid file, logs and generated password live in the data folder.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { LocalNeo4jConfig } from '../config.js';
import { ErrorCode, OutpostError } from '../errors.js';
import { projectPath } from '../paths.js';

/** Where the Maven pom and the Java launcher are, and where the jars go. */
export const NEO4J_POM = projectPath('scripts/neo4j/pom.xml');
export const NEO4J_LAUNCHER = projectPath('scripts/neo4j/OutpostNeo4j.java');
export const NEO4J_LIB = projectPath('.neo4j/lib');

const USE_ANOTHER =
  'Or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use any running Neo4j 5 server instead.';

/** What the pid file records about a running server. */
interface PidFile {
  pid: number;
  port: number;
  startedAt: string;
}

/** The outcome of `start`. */
export interface StartResult {
  uri: string;
  pid: number;
  version: string;
  alreadyRunning: boolean;
  /** Milliseconds spent resolving jars (0 when they were there) and starting. */
  resolveMs: number;
  startMs: number;
}

/** What `status` found. */
export interface LocalStatus {
  running: boolean;
  uri: string;
  pid: number | undefined;
  dataDir: string;
}

/** The Neo4j version that scripts/neo4j/pom.xml pins. */
export function pinnedNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(NEO4J_POM, 'utf8'));
  if (!match?.[1]) throw new OutpostError(ErrorCode.INTERNAL, `No <neo4j.version> in ${NEO4J_POM}`);
  return match[1];
}

/** Drives one local server, identified by its data folder. */
export class LocalNeo4j {
  readonly config: LocalNeo4jConfig;
  private readonly envPassword: string | undefined;

  constructor(config: LocalNeo4jConfig, envPassword: string | undefined) {
    this.config = config;
    this.envPassword = envPassword;
    if (envPassword !== undefined && envPassword.length < 8) {
      throw new OutpostError(
        ErrorCode.CONFIG_INVALID,
        'NEO4J_PASSWORD: Neo4j wants at least 8 characters',
        {
          hint: 'Choose a longer NEO4J_PASSWORD, or unset it to use a generated one.',
        },
      );
    }
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.config.port}`;
  }

  get pidFile(): string {
    return join(this.config.dataDir, 'outpost-neo4j.pid');
  }

  get passwordFile(): string {
    return join(this.config.dataDir, 'password');
  }

  get logFile(): string {
    return join(this.config.dataDir, 'logs', 'launcher.log');
  }

  /** The password clients use: NEO4J_PASSWORD, else the one generated on first start. */
  password(): string {
    if (this.envPassword !== undefined) return this.envPassword;
    if (!existsSync(this.passwordFile)) {
      mkdirSync(this.config.dataDir, { recursive: true });
      writeFileSync(this.passwordFile, `${randomBytes(18).toString('base64url')}\n`, {
        mode: 0o600,
        flag: 'wx',
      });
    }
    return readFileSync(this.passwordFile, 'utf8').trim();
  }

  /** The pid of our server for this data folder, if one runs (a stale pid file is removed). */
  runningPid(): number | undefined {
    const recorded = this.readPidFile();
    if (recorded === undefined) return undefined;
    if (isOurProcess(recorded.pid)) return recorded.pid;
    rmSync(this.pidFile, { force: true });
    return undefined;
  }

  /** Starts the server, or returns at once when it already runs. */
  async start(
    waitForBolt: (uri: string, password: string) => Promise<string>,
  ): Promise<StartResult> {
    const running = this.runningPid();
    if (running !== undefined) {
      const version = await waitForBolt(this.uri, this.password());
      return {
        uri: this.uri,
        pid: running,
        version,
        alreadyRunning: true,
        resolveMs: 0,
        startMs: 0,
      };
    }
    checkJava();
    const resolveStarted = performance.now();
    ensureJars();
    const resolveMs = performance.now() - resolveStarted;
    await assertPortFree(this.config.port);

    const started = performance.now();
    mkdirSync(join(this.config.dataDir, 'logs'), { recursive: true });
    const password = this.password();
    const logFd = openSync(this.logFile, 'w');
    const child = spawn(
      'java',
      [
        `-Xmx${this.config.heap}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-cp',
        `${NEO4J_LIB}/*`,
        NEO4J_LAUNCHER,
        '--home',
        this.config.dataDir,
        '--port',
        String(this.config.port),
        '--pagecache',
        this.config.pagecache,
      ],
      {
        detached: true,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, OUTPOST_NEO4J_PASSWORD: password },
      },
    );
    closeSync(logFd);
    const pid = child.pid;
    if (pid === undefined) {
      throw new OutpostError(ErrorCode.NEO4J_START_FAILED, 'Could not start java', {
        hint: USE_ANOTHER,
      });
    }
    child.unref();
    const record: PidFile = { pid, port: this.config.port, startedAt: new Date().toISOString() };
    writeFileSync(this.pidFile, JSON.stringify(record), { mode: 0o600 });

    try {
      await this.waitForReady(pid);
      const version = await waitForBolt(this.uri, password);
      return {
        uri: this.uri,
        pid,
        version,
        alreadyRunning: false,
        resolveMs,
        startMs: performance.now() - started,
      };
    } catch (error) {
      killQuietly(pid);
      rmSync(this.pidFile, { force: true });
      throw error;
    }
  }

  /** Stops the server cleanly (SIGTERM, then waits); returns false when none was running. */
  async stop(timeoutMs = 90_000): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === undefined) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) {
      process.kill(pid, 'SIGKILL');
      rmSync(this.pidFile, { force: true });
      throw new OutpostError(
        ErrorCode.NEO4J_START_FAILED,
        `Neo4j (pid ${pid}) did not stop within ${timeoutMs / 1000} s and was killed`,
        { hint: `See ${this.logFile}. Neo4j recovers its store on the next start.` },
      );
    }
    rmSync(this.pidFile, { force: true });
    return true;
  }

  /** Whether a server runs for this data folder, and where. */
  status(): LocalStatus {
    const pid = this.runningPid();
    return { running: pid !== undefined, uri: this.uri, pid, dataDir: this.config.dataDir };
  }

  private readPidFile(): PidFile | undefined {
    if (!existsSync(this.pidFile)) return undefined;
    try {
      return JSON.parse(readFileSync(this.pidFile, 'utf8')) as PidFile;
    } catch {
      rmSync(this.pidFile, { force: true });
      return undefined;
    }
  }

  private async waitForReady(pid: number): Promise<void> {
    const deadline = Date.now() + this.config.startTimeoutMs;
    for (;;) {
      const log = existsSync(this.logFile) ? readFileSync(this.logFile, 'utf8') : '';
      if (/^READY /m.test(log)) return;
      if (!isAlive(pid)) {
        throw new OutpostError(ErrorCode.NEO4J_START_FAILED, 'Neo4j exited while starting', {
          hint: `${tail(log)}\nSee ${this.logFile} and ${join(this.config.dataDir, 'logs', 'debug.log')}. ${USE_ANOTHER}`,
        });
      }
      if (Date.now() > deadline) {
        throw new OutpostError(
          ErrorCode.NEO4J_START_FAILED,
          `Neo4j did not answer within ${this.config.startTimeoutMs / 1000} s`,
          {
            hint: `Raise OUTPOST_NEO4J_START_TIMEOUT, or see ${this.logFile}. ${USE_ANOTHER}`,
          },
        );
      }
      await sleep(250);
    }
  }
}

/** Throws JAVA_MISSING unless a Java 17+ runtime answers on the PATH. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new OutpostError(
      ErrorCode.JAVA_MISSING,
      'No `java` on the PATH: the local Neo4j needs Java 17',
      {
        hint: `Install a Java 17 runtime (e.g. apt-get install openjdk-17-jdk-headless). ${USE_ANOTHER}`,
      },
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? '0');
  if (major < 17) {
    throw new OutpostError(
      ErrorCode.JAVA_MISSING,
      `Java ${major} found; Neo4j 5 needs Java 17 or newer`,
      {
        hint: `Install Java 17 and put it first on the PATH. ${USE_ANOTHER}`,
      },
    );
  }
}

/** Copies Neo4j's jars from Maven Central into .neo4j/lib unless they are there already. */
export function ensureJars(): void {
  const version = pinnedNeo4jVersion();
  const marker = join(NEO4J_LIB, `neo4j-${version}.jar`);
  const bolt = join(NEO4J_LIB, `neo4j-bolt-${version}.jar`);
  if (existsSync(marker) && existsSync(bolt)) return;
  const probe = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (probe.error) {
    throw new OutpostError(
      ErrorCode.MAVEN_MISSING,
      `No \`mvn\` on the PATH: it fetches Neo4j ${version} from Maven Central on first start`,
      { hint: `Install Maven (e.g. apt-get install maven). ${USE_ANOTHER}` },
    );
  }
  if (existsSync(NEO4J_LIB)) {
    // A different pinned version: start from a clean folder so that no stale jar is loaded.
    for (const file of readdirSync(NEO4J_LIB)) rmSync(join(NEO4J_LIB, file), { force: true });
  }
  const result = spawnSync('mvn', ['-q', '-B', '-f', NEO4J_POM, 'dependency:copy-dependencies'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !existsSync(marker)) {
    throw new OutpostError(
      ErrorCode.NEO4J_RESOLVE_FAILED,
      `Maven could not resolve Neo4j ${version} (org.neo4j:neo4j and org.neo4j:neo4j-bolt)`,
      {
        hint: `${tail(`${result.stdout ?? ''}${result.stderr ?? ''}`)}\nCheck that Maven Central is reachable (mvn -f ${NEO4J_POM} dependency:copy-dependencies). ${USE_ANOTHER}`,
      },
    );
  }
}

/** Throws PORT_IN_USE when something already listens on 127.0.0.1:port. */
export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new OutpostError(ErrorCode.PORT_IN_USE, `Port ${port} on 127.0.0.1 is already in use`, {
      hint: `Stop what uses it, or choose another port with OUTPOST_NEO4J_PORT. ${USE_ANOTHER}`,
      details: { port },
    });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when `pid` is alive and is our launcher (a reused pid is not mistaken for it). */
function isOurProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true; // no /proc: trust the pid file
  try {
    if (statSync(cmdline).isFile()) return readFileSync(cmdline, 'utf8').includes('OutpostNeo4j');
  } catch {
    return false;
  }
  return false;
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
