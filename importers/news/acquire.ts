/**
 * Getting the bytes of an article: from a file, a URL (global fetch with a timeout and a streamed
 * byte cap), stdin, or bytes in hand. Every failure is an OutpostError that says what went wrong
 * and what to do; nothing here reads more than `maxBytes` (+1 to know it was more).
 */
import { open, stat } from 'node:fs/promises';
import { ErrorCode, OutpostError } from '../../src/errors.js';

/** Default cap on what one article may weigh: 10 MB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** Default time a URL has to answer in full: 20 s. */
export const DEFAULT_TIMEOUT_MS = 20_000;
/** Most redirects followed from one URL. */
export const MAX_REDIRECTS = 5;

/**
 * Called before every request for a URL: the one given (`from` undefined) and each redirect
 * (`from`: the URL that redirected). Throw to refuse it. The API uses it to keep a writer's URL,
 * and wherever it redirects, off this machine and private networks.
 */
export type UrlCheck = (url: URL, from?: URL) => Promise<void> | void;

/** What bounds a read: bytes, time, and which URLs may be fetched. */
export interface AcquireLimits {
  maxBytes: number;
  timeoutMs: number;
  checkUrl?: UrlCheck;
}

/** Raw bytes with what the transport said about them. */
export interface Acquired {
  bytes: Buffer;
  /** The Content-Type header of a URL, or the one the caller gave. */
  contentType?: string;
  /** The file path or URL, for messages. */
  origin: string;
  /** The final URL after redirects. */
  url?: string;
}

/** Where an article comes from: exactly one of path, url, stdin or bytes. */
export interface ArticleInput {
  path?: string;
  url?: string;
  stdin?: boolean;
  bytes?: Buffer;
  contentType?: string;
  format?: 'html' | 'text';
}

/** Reads the input's bytes, refusing more than `maxBytes` and URLs that take longer than `timeoutMs`. */
export async function acquire(input: ArticleInput, limits: AcquireLimits): Promise<Acquired> {
  const given = ['path', 'url', 'stdin', 'bytes'].filter(
    (key) =>
      input[key as keyof ArticleInput] !== undefined && input[key as keyof ArticleInput] !== false,
  );
  if (given.length !== 1) {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `an article input needs exactly one of path, url, stdin or bytes (got ${given.length === 0 ? 'none' : given.join(', ')})`,
      { hint: 'Pass a file path, an http(s) URL or - for stdin.' },
    );
  }
  const withType = (acquired: Acquired): Acquired =>
    input.contentType === undefined ? acquired : { ...acquired, contentType: input.contentType };
  if (input.bytes !== undefined) {
    checkSize(input.bytes.length, limits.maxBytes, 'the given bytes');
    return withType({ bytes: input.bytes, origin: 'bytes' });
  }
  if (input.path !== undefined) return withType(await readFileCapped(input.path, limits.maxBytes));
  if (input.url !== undefined) return fetchCapped(input.url, limits, input.contentType);
  return withType({
    bytes: await readStreamCapped(process.stdin, limits.maxBytes, 'stdin'),
    origin: 'stdin',
  });
}

function checkSize(size: number, maxBytes: number, origin: string): void {
  if (size > maxBytes) throw tooLarge(origin, size, maxBytes);
}

function tooLarge(origin: string, size: number | undefined, maxBytes: number): OutpostError {
  const what = size === undefined ? 'more than' : `${formatBytes(size)}, over`;
  return new OutpostError(
    ErrorCode.BAD_USER_INPUT,
    `${origin} is ${what} the ${formatBytes(maxBytes)} limit for one article`,
    {
      hint: 'Check that this is a single article; if it is, raise the limit (options.maxBytes).',
      details: { size, maxBytes },
    },
  );
}

/** "10 MB", "512 KB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}

async function readFileCapped(path: string, maxBytes: number): Promise<Acquired> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new OutpostError(ErrorCode.BAD_USER_INPUT, `${path} is a folder, not an article file`, {
        hint: 'Give the path of one .html or .txt file.',
      });
    }
    size = info.size;
  } catch (error) {
    if (error instanceof OutpostError) throw error;
    throw unreadable(path, error);
  }
  checkSize(size, maxBytes, path);
  try {
    const handle = await open(path, 'r');
    try {
      // Read at most maxBytes + 1 even if the file grew since stat.
      const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
      let filled = 0;
      while (filled < buffer.length) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      checkSize(filled, maxBytes, path);
      return { bytes: buffer.subarray(0, filled), origin: path };
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof OutpostError) throw error;
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): OutpostError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? (error as Error).message);
  return new OutpostError(ErrorCode.INPUT_UNREADABLE, `cannot read ${path}: ${reason}`, {
    hint: 'Check the path and that the file can be read.',
    cause: error,
  });
}

/** Reads a Node stream, stopping with an error as soon as it passes `maxBytes`. */
export async function readStreamCapped(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  origin: string,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buffer.length;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(origin, undefined, maxBytes);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/** Where a redirect's Location points, resolved against the URL that sent it: http(s) only. */
function redirectTarget(location: string, from: URL, original: string): URL {
  let target: URL;
  try {
    target = new URL(location, from);
  } catch {
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot fetch ${original}: ${from.href} redirects to "${location}", which is not a URL`,
      { hint: 'Save the page and import the file.' },
    );
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `cannot fetch ${original}: ${from.href} redirects to ${target.protocol} URL, and only http and https are read`,
      { hint: 'Save the page and import the file.' },
    );
  }
  return target;
}

const FETCHABLE =
  /^(?:text\/html|application\/xhtml\+xml|text\/plain|text\/xml|application\/xml)\b/i;

async function fetchCapped(
  url: string,
  limits: AcquireLimits,
  givenType: string | undefined,
): Promise<Acquired> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OutpostError(ErrorCode.BAD_USER_INPUT, `"${url}" is not a valid URL`, {
      hint: 'Give a full http:// or https:// address.',
    });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `cannot fetch ${url}: only http and https URLs are read`,
      {
        hint: 'Download the document and import the file instead.',
      },
    );
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const timedOut = () =>
    new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `${url} did not answer in full within ${limits.timeoutMs} ms`,
      {
        hint: 'Try again later, raise the timeout (options.timeoutMs), or save the page and import the file.',
      },
    );
  // Redirects are followed here, one at a time, so that each target is checked before it is
  // requested (fetch's own 'follow' would request it first).
  await limits.checkUrl?.(parsed);
  let response: Response;
  for (let hops = 0; ; hops++) {
    try {
      response = await fetch(parsed, {
        signal,
        redirect: 'manual',
        headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
      });
    } catch (error) {
      if (signal.aborted) throw timedOut();
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new OutpostError(
        ErrorCode.INPUT_UNREADABLE,
        `cannot fetch ${parsed.href}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
        {
          hint: 'Check the address and the network, or save the page and import the file.',
          cause: error,
        },
      );
    }
    const location = response.headers.get('location');
    if (![301, 302, 303, 307, 308].includes(response.status) || location === null) break;
    await response.body?.cancel().catch(() => undefined);
    if (hops === MAX_REDIRECTS) {
      throw new OutpostError(
        ErrorCode.INPUT_UNREADABLE,
        `cannot fetch ${url}: more than ${MAX_REDIRECTS} redirects`,
        { hint: 'Open the address in a browser, then import the page it ends on, or its file.' },
      );
    }
    const from = parsed;
    parsed = redirectTarget(location, from, url);
    await limits.checkUrl?.(parsed, from);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot fetch ${url}: the server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      {
        hint:
          response.status === 404
            ? 'Check the address: the page is not there.'
            : 'Try again later, or save the page and import the file.',
        details: { status: response.status },
      },
    );
  }
  const contentType = givenType ?? response.headers.get('content-type') ?? undefined;
  if (
    contentType !== undefined &&
    contentType.trim() !== '' &&
    !FETCHABLE.test(contentType.trim())
  ) {
    await response.body?.cancel().catch(() => undefined);
    throw new OutpostError(
      ErrorCode.BAD_USER_INPUT,
      `${url} is ${contentType.split(';')[0]}, not an HTML or text article`,
      {
        hint: 'Import HTML pages or plain text; convert other documents to text first.',
        details: { contentType },
      },
    );
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, declared, limits.maxBytes);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    const reader = response.body?.getReader();
    if (reader !== undefined) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > limits.maxBytes) {
          await reader.cancel().catch(() => undefined);
          throw tooLarge(url, undefined, limits.maxBytes);
        }
        chunks.push(Buffer.from(value));
      }
    }
  } catch (error) {
    if (error instanceof OutpostError) throw error;
    if (signal.aborted) throw timedOut();
    throw new OutpostError(
      ErrorCode.INPUT_UNREADABLE,
      `cannot read ${url}: ${(error as Error).message}`,
      {
        hint: 'Try again, or save the page and import the file.',
        cause: error,
      },
    );
  }
  const acquired: Acquired = {
    bytes: Buffer.concat(chunks, total),
    origin: url,
    url: parsed.href,
  };
  if (contentType !== undefined) acquired.contentType = contentType;
  return acquired;
}
