import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillTemplate, type BundleManifest } from '../../src/web/bundle.js';
import { CONTENT_SECURITY_POLICY, createExplorer } from '../../src/web/serveExplorer.js';

let server: Server;
let base: string;
let manifest: BundleManifest;

beforeAll(async () => {
  const explorer = createExplorer();
  manifest = await explorer.ready();
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    void explorer.handle(req, res, pathname).then((handled) => {
      if (!handled) res.writeHead(418).end('not the explorer');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serveExplorer', () => {
  it('serves the page at / with a strict same-origin CSP and revalidation', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|https?:|data:|blob:|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain(`src="/assets/${manifest.script}"`);
    expect(html).toContain(`href="/assets/${manifest.style}"`);
    expect(html).toContain(`content="/assets/${manifest.atlas}"`);
    expect(html).not.toMatch(/<script>|<style|style="|https?:\/\//);
  });

  it('serves hashed assets with their content types, cached for good', async () => {
    const cases: [string, string][] = [
      [manifest.script, 'text/javascript; charset=utf-8'],
      [manifest.style, 'text/css; charset=utf-8'],
      [manifest.atlas, 'application/json; charset=utf-8'],
      [manifest.favicon, 'image/svg+xml'],
    ];
    for (const [name, type] of cases) {
      const res = await fetch(`${base}/assets/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get('content-type'), name).toBe(type);
      expect(res.headers.get('cache-control'), name).toBe('public, max-age=31536000, immutable');
      await res.arrayBuffer();
    }
    const atlas = (await (await fetch(`${base}/assets/${manifest.atlas}`)).json()) as {
      type: string;
      objects: Record<string, unknown>;
    };
    expect(atlas.type).toBe('Topology');
    expect(Object.keys(atlas.objects)).toContain('countries');
  });

  it('answers 304 to a matching ETag and gzips when asked', async () => {
    const first = await fetch(`${base}/assets/${manifest.script}`);
    const etag = first.headers.get('etag') as string;
    await first.arrayBuffer();
    const again = await fetch(`${base}/assets/${manifest.script}`, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const zipped = await new Promise<{ encoding: string | undefined; body: Buffer }>(
      (resolve, reject) => {
        const url = `${base}/assets/${manifest.script}`;
        get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        }).on('error', reject);
      },
    );
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString('utf8')).toContain('/graphql');
  });

  it('refuses unknown assets, path tricks and other methods', async () => {
    expect((await fetch(`${base}/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/assets/manifest.json`)).status).toBe(404);
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves every other path to the API', async () => {
    const res = await fetch(`${base}/graphql`);
    expect(res.status).toBe(418);
  });
});

describe('bundle', () => {
  it('fills the page template and refuses unknown placeholders', () => {
    expect(fillTemplate('<script src="%SCRIPT%">', { script: 'app-1.js' })).toBe(
      '<script src="/assets/app-1.js">',
    );
    expect(() => fillTemplate('%NOPE%', {})).toThrow(/NOPE/);
  });
});
