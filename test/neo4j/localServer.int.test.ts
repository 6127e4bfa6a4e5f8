import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ErrorCode, OutpostError } from '../../src/errors.js';
import { Graph } from '../../src/graph/gateway.js';
import { openGraph, waitForBolt } from '../../src/neo4j/connect.js';
import { LocalNeo4j } from '../../src/neo4j/localServer.js';
import { projectPath } from '../../src/paths.js';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function runCli(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [projectPath('bin/outpost.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: '', ...env },
    timeout: 240_000,
  });
}

describe('LocalNeo4j', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'outpost-neo4j-'));
  let server: LocalNeo4j;
  let port: number;
  const bolt = (uri: string, password: string) =>
    waitForBolt({ user: 'neo4j', database: undefined }, uri, password);

  beforeAll(async () => {
    port = await freePort();
    server = new LocalNeo4j(loadConfig({ dataDir, localPort: port }, {}).local, undefined);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps data written before stop after the next start', async () => {
    const first = await server.start(bolt);
    expect(first.alreadyRunning).toBe(false);
    expect(first.version).toMatch(/^5\.26\./);
    const settings = {
      uri: first.uri,
      user: 'neo4j',
      password: server.password(),
      database: undefined,
    };

    const graph = await Graph.connect(settings);
    await graph.runSchemaStatement("CREATE (:Probe {id: 'kept'})", 'test/probe');
    await graph.close();
    expect(await server.stop()).toBe(true);
    expect(server.status().running).toBe(false);

    const second = await server.start(bolt);
    expect(second.alreadyRunning).toBe(false);
    expect(second.pid).not.toBe(first.pid);
    const again = await Graph.connect(settings);
    const [row] = await again.read('read/count-nodes');
    await again.close();
    expect(row?.nodes).toBe(1);
  });

  it('treats a second start as a no-op that reports the running server', async () => {
    const before = server.status();
    expect(before.running).toBe(true);
    const result = await server.start(bolt);
    expect(result.alreadyRunning).toBe(true);
    expect(result.pid).toBe(before.pid);
  });

  it('keeps the generated password in the data folder, readable by its owner only', () => {
    const file = join(dataDir, 'password');
    expect(existsSync(file)).toBe(true);
    const mode = spawnSync('stat', ['-c', '%a', file], { encoding: 'utf8' }).stdout.trim();
    expect(mode).toBe('600');
    expect(server.password().length).toBeGreaterThanOrEqual(20);
  });

  it('reports URI, pid, Neo4j version and schema version through `outpost neo4j status`', () => {
    const result = runCli(['neo4j', 'status'], {
      OUTPOST_DATA_DIR: dataDir,
      OUTPOST_NEO4J_PORT: String(port),
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`bolt://127.0.0.1:${port}`);
    expect(result.stdout).toMatch(/neo4j version:\s+5\.26\.\d+ \(community\)/);
    expect(result.stdout).toMatch(/pid:\s+\d+/);
    expect(result.stdout).toMatch(/schema version:\s+none/);
  });

  it('refuses to start on a port in use, saying what to do', async () => {
    const blocker: Server = createServer();
    const busy = await freePort();
    await new Promise<void>((resolve) => blocker.listen(busy, '127.0.0.1', resolve));
    const other = new LocalNeo4j(
      loadConfig({ dataDir: mkdtempSync(join(tmpdir(), 'outpost-busy-')), localPort: busy }, {})
        .local,
      undefined,
    );
    try {
      await expect(other.start(bolt)).rejects.toMatchObject({ code: ErrorCode.PORT_IN_USE });
      await other.start(bolt).catch((error: OutpostError) => {
        expect(error.hint).toContain('OUTPOST_NEO4J_PORT');
        expect(error.hint).toContain('NEO4J_URI');
      });
      expect(other.status().running).toBe(false);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('says how to install Java when `java` is not on the PATH', () => {
    const result = runCli(['neo4j', 'start'], {
      PATH: '/nonexistent',
      OUTPOST_DATA_DIR: mkdtempSync(join(tmpdir(), 'outpost-nojava-')),
      OUTPOST_NEO4J_PORT: String(port + 1),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('JAVA_MISSING');
    expect(result.stderr).toContain('NEO4J_URI');
  });
});

describe('openGraph', () => {
  it('starts nothing when NEO4J_URI is given and uses that server', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'outpost-external-'));
    const { uri, user, password } = inject('neo4j');
    const config = loadConfig(
      { dataDir },
      { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password },
    );
    const opened = await openGraph(config, { start: true, migrate: false });
    try {
      expect(opened.local).toBeUndefined();
      expect(opened.started).toBeUndefined();
      expect(existsSync(join(dataDir, 'outpost-neo4j.pid'))).toBe(false);
      const [row] = await opened.graph.read('read/server-components');
      expect(row?.version).toMatch(/^5\./);
    } finally {
      await opened.graph.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a wrong password with UNAUTHENTICATED', async () => {
    const { uri } = inject('neo4j');
    await expect(
      Graph.connect({ uri, user: 'neo4j', password: 'not-the-password', database: undefined }),
    ).rejects.toMatchObject({ code: ErrorCode.UNAUTHENTICATED });
  });
});
