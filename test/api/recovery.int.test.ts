/**
 * Neo4j going away and coming back, on a server of this file's own (a separate LocalNeo4j in a
 * temporary folder on a free port: the shared test server is never stopped), and the API's
 * graceful shutdown.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Graph } from '../../src/graph/gateway.js';
import { migrate } from '../../src/graph/migrate.js';
import { waitForBolt } from '../../src/neo4j/connect.js';
import { LocalNeo4j } from '../../src/neo4j/localServer.js';
import { importFindings } from '../../src/pipeline/importFindings.js';
import { gazetteFindings } from '../fixtures/api/outposts.js';
import { codeOf, startTestApi, type TestApi } from './helpers.js';
import { ID } from './ids.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const dataDir = mkdtempSync(join(tmpdir(), 'outpost-api-recovery-'));
const bolt = (uri: string, password: string) =>
  waitForBolt({ user: 'neo4j', database: undefined }, uri, password, 120_000);
let neo4j: LocalNeo4j;
let graph: Graph;
let t: TestApi;

beforeAll(async () => {
  neo4j = new LocalNeo4j(loadConfig({ dataDir, localPort: await freePort() }, {}).local, undefined);
  const started = await neo4j.start(bolt);
  graph = await Graph.connect({
    uri: started.uri,
    user: 'neo4j',
    password: neo4j.password(),
    database: undefined,
  });
  await migrate(graph);
  await importFindings(graph, gazetteFindings(), 'gazette');
  t = await startTestApi(graph, { healthTimeoutMs: 2000 });
});
afterAll(async () => {
  await t?.close();
  await graph?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const health = async () => {
  const res = await fetch(t.api.url.replace('/graphql', '/health'));
  return {
    status: res.status,
    body: (await res.json()) as { ok: boolean; neo4j: { reachable: boolean } },
  };
};
const QUERY = `{ entity(id: "${ID.lu}") { name } }`;

describe('Neo4j going away', () => {
  it('gives SERVICE_UNAVAILABLE while Neo4j is down, and recovers by itself when it is back', async () => {
    expect((await t.gql(QUERY)).data).toEqual({ entity: { name: 'Lu Jianwang' } });
    expect((await health()).status).toBe(200);

    expect(await neo4j.stop()).toBe(true);
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, neo4j: { reachable: false } });
    const failed = await t.gql(QUERY);
    expect(codeOf(failed)).toBe('SERVICE_UNAVAILABLE');
    expect(failed.errors?.[0]?.message).not.toContain('bolt://');
    expect(t.logger.lines.join('\n')).toContain('not reachable');

    await neo4j.start(bolt);
    let answer = await t.gql(QUERY);
    for (let attempt = 0; attempt < 30 && answer.errors !== undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      answer = await t.gql(QUERY);
    }
    expect(answer.data).toEqual({ entity: { name: 'Lu Jianwang' } });
    expect((await health()).status).toBe(200);
    // The driver retries a lost server for 30 s before giving up, and a restart takes a while.
  }, 300_000);
});

describe('graceful shutdown', () => {
  it('lets a request in flight finish, then closes and takes no new connection', async () => {
    const body = JSON.stringify({ query: QUERY });
    const url = new URL(t.api.url);
    // A request whose body is still coming in is in flight when close() is called.
    const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => req.end(body.slice(10)), 500);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    let closed = false;
    const closing = t.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(false);
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toEqual({ data: { entity: { name: 'Lu Jianwang' } } });
    await closing;
    await expect(fetch(t.api.url, { method: 'POST' })).rejects.toThrow();
  });
});
