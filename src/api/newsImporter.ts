/**
 * The news importer (importers/news, written separately) loaded on first use, so that the API
 * runs without it and says so: `importDocument` answers SERVICE_UNAVAILABLE while it is absent.
 * URLs are fetched by the importer; they, and every URL they redirect to, must be http(s) and
 * must not name this machine or a private network (a writer key must not become a way to probe
 * the server's network). A name is checked as it resolves just before its request; a name that
 * resolves differently a moment later (DNS rebinding) is not caught.
 */
import { existsSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { pathToFileURL } from 'node:url';
import { ErrorCode, OutpostError } from '../errors.js';
import { projectPath } from '../paths.js';
import { badInput } from './errors.js';

/** What the API gives the importer: a URL to fetch, or the bytes of a page or text. */
export interface NewsInput {
  url?: string;
  bytes?: Buffer;
  format?: 'html' | 'text';
}

/** The importer's entry point, as the API uses it. */
export type NewsToFindings = (
  input: NewsInput,
  options: {
    published?: string;
    publisher?: string;
    /** Called before each request (the URL given, then each redirect); throws to refuse. */
    checkUrl?: (url: URL, from?: URL) => Promise<void>;
  },
) => Promise<{ findings: unknown; warnings?: string[] }>;

let loaded: Promise<NewsToFindings> | undefined;

/** Loads importers/news once; SERVICE_UNAVAILABLE when it is not there or lacks newsToFindings. */
export function loadNewsImporter(): Promise<NewsToFindings> {
  loaded ??= load().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}

async function load(): Promise<NewsToFindings> {
  const file = ['index.ts', 'index.js']
    .map((name) => projectPath('importers', 'news', name))
    .find((path) => existsSync(path));
  if (file === undefined) throw unavailable('importers/news is not installed');
  let module: { newsToFindings?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { newsToFindings?: unknown };
  } catch (error) {
    throw unavailable(`importers/news failed to load: ${(error as Error).message}`, error);
  }
  if (typeof module.newsToFindings !== 'function') {
    throw unavailable('importers/news has no newsToFindings()');
  }
  return module.newsToFindings as NewsToFindings;
}

function unavailable(detail: string, cause?: unknown): OutpostError {
  return new OutpostError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The news importer is not available on this server; import Findings with importFindings instead',
    { details: { reason: 'NEWS_IMPORTER_UNAVAILABLE' }, cause: cause ?? new Error(detail) },
  );
}

/**
 * The importer's `checkUrl`: the URL given was checked already (checkPublicUrl); a redirect must
 * pass the same test, and is refused naming where it pointed.
 */
export async function checkRedirect(url: URL, from?: URL): Promise<void> {
  if (from === undefined) return;
  try {
    await checkPublicUrl(url.href);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^input\.url: /, '') : '';
    throw badInput('input.url', `${from.href} redirects to ${url.href}: ${reason}`);
  }
}

/**
 * Checks that `url` is an http(s) URL whose host is public: not localhost, not a loopback,
 * private, link-local or unique-local address, literally or as the name resolves now.
 */
export async function checkPublicUrl(url: string): Promise<URL> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badInput('input.url', `"${url}" is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw badInput('input.url', 'only http and https URLs are fetched');
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) {
    throw badInput('input.url', 'URLs of this machine are not fetched');
  }
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      addresses = (await lookup(host, { all: true })).map((a) => a.address);
    } catch {
      throw badInput('input.url', `the host ${host} does not resolve`);
    }
  }
  if (addresses.some(isPrivateAddress)) {
    throw badInput('input.url', 'URLs of private or local networks are not fetched');
  }
  return parsed;
}

/** True for loopback, private, link-local, unique-local, unspecified and mapped-private addresses. */
export function isPrivateAddress(address: string): boolean {
  const v4 = /^(?:::ffff:)?(\d+)\.(\d+)\.(\d+)\.(\d+)$/i.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  const v6 = address.toLowerCase();
  return (
    v6 === '::' ||
    v6 === '::1' ||
    v6.startsWith('fc') ||
    v6.startsWith('fd') ||
    /^fe[89ab]/.test(v6)
  );
}
