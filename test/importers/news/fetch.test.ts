import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../importers/news/index.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Station closed</title>
<meta property="article:published_time" content="2023-04-18"></head><body><article>
<p>New York — Federal prosecutors said two men ran a Chinese police station in Manhattan.</p></article></body></html>`;

let server: Server;
let base: string;
/** Paths the server was asked for, in order. */
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    const redirect = (location: string) => {
      response.writeHead(302, { location });
      response.end();
    };
    switch (request.url) {
      case '/moved':
        return redirect('/moved-again');
      case '/moved-again':
        return redirect(`${base}/article`);
      case '/loop':
        return redirect('/loop');
      case '/to-ftp':
        return redirect('ftp://127.0.0.1/file');
      case '/to-secret':
        return redirect('/secret');
      case '/article':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(PAGE);
        return;
      case '/slow':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html><body>');
        setTimeout(() => response.end('</body></html>'), 2000).unref();
        return;
      case '/huge': {
        // No content-length: the cap must hold while streaming.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        let sent = 0;
        const pump = () => {
          while (sent < 4 * 1024 * 1024) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        pump();
        return;
      }
      case '/declared-huge':
        response.writeHead(200, {
          'content-type': 'text/html',
          'content-length': String(20 * 1024 * 1024),
        });
        response.end();
        return;
      case '/pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' });
        response.end('%PDF-1.7');
        return;
      default:
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readArticle from a URL', () => {
  it('follows redirects, relative ones too, checking each target before asking for it', async () => {
    const checked: string[] = [];
    const article = await readArticle(
      { url: `${base}/moved` },
      { checkUrl: (url, from) => void checked.push(`${from?.pathname ?? '-'} > ${url.pathname}`) },
    );
    expect(article.url).toBe(`${base}/article`);
    expect(article.title).toBe('Station closed');
    expect(checked).toEqual(['- > /moved', '/moved > /moved-again', '/moved-again > /article']);
  });

  it('stops at a redirect its check refuses, without requesting it', async () => {
    requested.length = 0;
    await expect(
      readArticle(
        { url: `${base}/to-secret` },
        {
          checkUrl: (url) => {
            if (url.pathname === '/secret') throw new Error('refused: /secret');
          },
        },
      ),
    ).rejects.toThrow('refused: /secret');
    expect(requested).toEqual(['/to-secret']);
  });

  it('refuses endless redirects and redirects away from http', async () => {
    await expect(readArticle({ url: `${base}/loop` })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringContaining('more than 5 redirects'),
    });
    await expect(readArticle({ url: `${base}/to-ftp` })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringContaining('redirects to ftp: URL'),
    });
  });

  it('fetches a page and keeps its URL', async () => {
    const article = await readArticle({ url: `${base}/article` });
    expect(article).toMatchObject({
      url: `${base}/article`,
      published: '2023-04-18',
      title: 'Station closed',
    });
    expect(article.text).toContain('Chinese police station in Manhattan');
  });

  it('gives up after the timeout with INPUT_UNREADABLE', async () => {
    await expect(readArticle({ url: `${base}/slow` }, { timeoutMs: 300 })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/within 300 ms/),
    });
  });

  it('stops reading a page past the byte cap', async () => {
    await expect(
      readArticle({ url: `${base}/huge` }, { maxBytes: 256 * 1024 }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/limit/) });
    await expect(readArticle({ url: `${base}/declared-huge` })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/20 MB, over the 10 MB limit/),
    });
  });

  it('reports a 404 with INPUT_UNREADABLE', async () => {
    await expect(readArticle({ url: `${base}/missing` })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/HTTP 404/),
    });
  });

  it('refuses a content type that is not HTML or text', async () => {
    await expect(readArticle({ url: `${base}/pdf` })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/application\/pdf/),
    });
  });

  it('refuses URLs that are not http or https', async () => {
    await expect(readArticle({ url: 'ftp://127.0.0.1/file' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    await expect(readArticle({ url: 'not a url' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });
});
