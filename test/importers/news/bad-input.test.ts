import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readStreamCapped } from '../../../importers/news/acquire.js';
import { readArticle } from '../../../importers/news/index.js';
import { projectPath } from '../../../src/paths.js';

const fixture = (name: string) => path.join(projectPath('test/fixtures/news'), name);
const dir = mkdtempSync(path.join(tmpdir(), 'outpost-news-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

const PARAGRAPH =
  '<p>The Metropolitan Police said on Monday that it was looking into claims of a Chinese police station in Croydon.</p>';

describe('readArticle on bad input', () => {
  it('refuses an empty file with BAD_USER_INPUT', async () => {
    await expect(readArticle({ path: file('empty.html', '') })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/empty/),
    });
    await expect(readArticle({ path: file('blank.txt', ' \n\t\n') })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
  });

  it('refuses binary files and names what they are', async () => {
    await expect(
      readArticle({
        path: file('report.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')),
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/PDF/),
    });
    const noise = Buffer.alloc(4096);
    for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 256;
    await expect(readArticle({ path: file('noise.bin', noise) })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/binary/),
    });
  });

  it('refuses a missing file with INPUT_UNREADABLE', async () => {
    await expect(readArticle({ path: path.join(dir, 'nope.html') })).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      message: expect.stringMatching(/no such file/),
    });
  });

  it('reads truncated HTML as far as it goes, with a warning', async () => {
    const article = await readArticle({ path: fixture('truncated-article.html.raw') });
    expect(article.text).toContain('Chinese police station in Rotterdam had been closed');
    expect(article.warnings.join(' ')).toMatch(/truncated/);
  });

  it('refuses a 50 MB file without reading it, and says how to raise the limit', async () => {
    const big = path.join(dir, 'big.html');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const started = Date.now();
    await expect(readArticle({ path: big })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/50 MB, over the 10 MB limit/),
      hint: expect.stringMatching(/maxBytes/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(
      readArticle({ path: fixture('jsonld-article.html') }, { maxBytes: 100 }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  }, 30_000);

  it('flattens HTML nested 10,000 levels deep and still finds the article, quickly', async () => {
    const depth = 10_000;
    const html = `<!doctype html><html><body>${'<div>'.repeat(depth)}${PARAGRAPH}${PARAGRAPH.replace('Croydon', 'Hendon')}${'</div>'.repeat(depth)}</body></html>`;
    const started = Date.now();
    const article = await readArticle({ path: file('nested.html', html) });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(article.text).toContain('Chinese police station in Croydon');
    expect(article.warnings.join(' ')).toMatch(/nests deeper than 256 levels/);
  }, 30_000);

  it('refuses a page with no article', async () => {
    await expect(readArticle({ path: fixture('no-article.html') })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      message: expect.stringMatching(/no article text/),
    });
  });

  it('reads a page whose declared charset is wrong, with a warning', async () => {
    const article = await readArticle({ path: fixture('wrong-charset-article.html.raw') });
    expect(article.text).toContain('Garda Síochána');
    expect(article.warnings.join(' ')).toMatch(/declares UTF-8 but its bytes are not UTF-8/);
  });

  it('sniffs a page with no charset, with a warning', async () => {
    const article = await readArticle({ path: fixture('no-charset-article.html.raw') });
    expect(article.text).toContain('“overdue”');
    expect(article.warnings.join(' ')).toMatch(/no charset is declared/);
  });

  it('reads a page that declares an unknown charset, with a warning', async () => {
    const html = `<html><head><meta charset="x-klingon"></head><body><article>${PARAGRAPH}</article></body></html>`;
    const article = await readArticle({ path: file('klingon.html', html) });
    expect(article.text).toContain('Croydon');
    expect(article.warnings.join(' ')).toMatch(/unknown/);
  });

  it('stops reading stdin past the byte cap', async () => {
    const chunks = Array.from({ length: 100 }, () => Buffer.alloc(1024, 0x61));
    await expect(readStreamCapped(Readable.from(chunks), 10 * 1024, 'stdin')).rejects.toMatchObject(
      {
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/stdin is more than the 10 KB limit/),
      },
    );
    expect(
      (await readStreamCapped(Readable.from(chunks.slice(0, 2)), 10 * 1024, 'stdin')).length,
    ).toBe(2048);
  });

  it('needs exactly one input', async () => {
    await expect(readArticle({})).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
