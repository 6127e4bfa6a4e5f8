/**
 * Serves the explorer over node:http: the page at `/` and its built files at `/assets/<name>`,
 * from memory, with their content types, an ETag, caching fit for each (the page is revalidated
 * every time; content-hashed assets are immutable), gzip when the client accepts it, and a strict
 * Content-Security-Policy that lets the page load and fetch only from its own origin. The bundle is
 * built on the first request when it is missing or stale (src/web/bundle.ts), and checked again
 * at most every `recheckMs`, so edits to web/ show on the next reload.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST_DIR, ensureBundle, sourceFingerprint, type BundleManifest } from './bundle.js';

/** Only 'self': no inline script or style, no other origin, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every explorer response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** Content types by file extension; a file of another kind is not served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page: revalidated on every load. Hashed assets: cached for a year, never revalidated. */
const PAGE_CACHE = 'no-cache';
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/** Public names of built files: a hash in the name, no path. */
const ASSET_NAME = /^[A-Za-z0-9_.-]+$/;

interface Asset {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
  etag: string;
  cache: string;
}

interface Loaded {
  fingerprint: string;
  page: Asset;
  assets: Map<string, Asset>;
}

/** Options of `createExplorer`. */
export interface ExplorerOptions {
  /** How often, at most, the sources are checked for changes (ms; default 2000). */
  recheckMs?: number;
}

/** The explorer's request handler. */
export interface Explorer {
  /**
   * Answers `req` when `pathname` is the explorer's (`/`, `/index.html`, `/assets/…`) and returns
   * true; returns false, writing nothing, for any other path.
   */
  handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean>;
  /** The bundle in use, built first if needed (for a server to warm up, and for tests). */
  ready(): Promise<BundleManifest>;
}

/** An explorer over web/dist/, building it when missing or stale. */
export function createExplorer(options: ExplorerOptions = {}): Explorer {
  const recheckMs = options.recheckMs ?? 2000;
  let current: Promise<Loaded> | undefined;
  let manifest: BundleManifest | undefined;
  let checkedAt = 0;

  const load = (): Promise<Loaded> => {
    const now = Date.now();
    if (current !== undefined && now - checkedAt < recheckMs) return current;
    checkedAt = now;
    const previous = current;
    current = (async () => {
      const fingerprint = await sourceFingerprint();
      const before = await previous?.catch(() => undefined);
      if (before?.fingerprint === fingerprint) return before;
      manifest = await ensureBundle();
      return loadManifest(manifest);
    })();
    // A failed build is retried at the next check, not cached for ever.
    current.catch(() => undefined);
    return current;
  };

  return {
    async handle(req, res, pathname) {
      const isPage = pathname === '/' || pathname === '/index.html';
      const assetName = pathname.startsWith('/assets/') ? pathname.slice(8) : undefined;
      if (!isPage && assetName === undefined) return false;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD' }).end();
        return true;
      }
      let loaded: Loaded;
      try {
        loaded = await load();
      } catch (error) {
        res
          .writeHead(500, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
          .end(`The explorer could not be built:\n${(error as Error).message}\n`);
        return true;
      }
      const asset = isPage
        ? loaded.page
        : assetName !== undefined && ASSET_NAME.test(assetName)
          ? loaded.assets.get(assetName)
          : undefined;
      if (asset === undefined) {
        res
          .writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
          .end('Not found\n');
        return true;
      }
      send(req, res, asset);
      return true;
    },
    async ready() {
      await load();
      if (manifest === undefined) throw new Error('explorer: no bundle loaded');
      return manifest;
    },
  };
}

let shared: Explorer | undefined;

/**
 * The hook for src/api/server.ts: serves the explorer at `/` and `/assets/…` through one shared
 * Explorer; returns false for every other path.
 */
export function serveExplorer(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  shared ??= createExplorer();
  return shared.handle(req, res, pathname);
}

async function loadManifest(manifest: BundleManifest): Promise<Loaded> {
  const assets = new Map<string, Asset>();
  for (const name of manifest.files) {
    const type = CONTENT_TYPES[extname(name)];
    if (type === undefined) continue;
    assets.set(name, toAsset(await readFile(join(DIST_DIR, name)), type, ASSET_CACHE));
  }
  const page = toAsset(Buffer.from(manifest.html), CONTENT_TYPES['.html'] as string, PAGE_CACHE);
  return { fingerprint: manifest.fingerprint, page, assets };
}

function toAsset(body: Buffer, type: string, cache: string): Asset {
  const compressible = !type.startsWith('image/') || type === 'image/svg+xml';
  const gzip = compressible && body.length > 1024 ? gzipSync(body) : undefined;
  // Weak: the same tag stands for the plain and the gzipped body.
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { body, gzip, type, etag, cache };
}

function send(req: IncomingMessage, res: ServerResponse, asset: Asset): void {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-type': asset.type,
    'cache-control': asset.cache,
    etag: asset.etag,
    vary: 'accept-encoding',
  };
  const tags = req.headers['if-none-match'];
  if (tags !== undefined && tags.split(',').some((tag) => tag.trim() === asset.etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  const gzip = asset.gzip !== undefined && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  const body = gzip ? (asset.gzip as Buffer) : asset.body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
