import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticle, newsToFindings } from '../../../importers/news/index.js';
import { projectPath } from '../../../src/paths.js';

const fixture = (name: string) => path.join(projectPath('test/fixtures/news'), name);

describe('readArticle', () => {
  // The first article loads the gazetteers used by newsToFindings.
  beforeAll(async () => {
    await newsToFindings({ path: fixture('jsonld-article.html') });
  }, 60_000);

  it('takes headline, publisher, author and date from JSON-LD before the meta tags', async () => {
    const article = await readArticle({ path: fixture('jsonld-article.html') });
    expect(article).toMatchObject({
      title: 'Police station in Rotterdam closed',
      publisher: 'Herald Media',
      author: 'Anna de Vries',
      published: '2022-11-02',
      language: 'en',
    });
  });

  it('falls back to Open Graph, article:published_time and the author meta tag', async () => {
    const article = await readArticle({ path: fixture('opengraph-article.html') });
    expect(article).toMatchObject({
      title: 'Rotterdam station closed',
      publisher: 'Example Herald',
      author: 'Jan Smit',
      published: '2022-11-03',
    });
  });

  it('keeps the article paragraphs and drops nav, scripts, cookie banner, share buttons, related links and comments', async () => {
    const article = await readArticle({ path: fixture('jsonld-article.html') });
    expect(article.text.split('\n\n')).toEqual([
      'Rotterdam, Nov. 2 — Dutch authorities said on Wednesday that a Chinese police station in Rotterdam had been closed.',
      'The station was reported by Safeguard Defenders, a human rights group based in Madrid.',
    ]);
    expect(article.text).not.toMatch(/cookie|Share on|reader comment|Another story|not text|Home/i);
  });

  it('reads windows-1252, GBK and Big5 pages through their declared charset', async () => {
    expect((await readArticle({ path: fixture('cp1252-article.html.raw') })).text).toContain(
      'Garda Síochána said the office on Capel Street was closed, according to the Department’s statement',
    );
    expect((await readArticle({ path: fixture('gbk-article.html.raw') })).text).toContain(
      'Fuzhou Public Security Bureau (福州市公安局)',
    );
    expect((await readArticle({ path: fixture('big5-article.html.raw') })).text).toContain(
      'Taipei (台北)',
    );
  });

  it('honours a byte-order mark', async () => {
    const article = await readArticle({ path: fixture('bom-article.html.raw') });
    expect(article.text.startsWith('Dublin — The Garda Síochána')).toBe(true);
    expect(article.warnings).toEqual([]);
  });

  it('reads the dateline of a plain-text article and warns that its date has no year', async () => {
    const article = await readArticle({ path: fixture('dateline-article.txt') });
    expect(article.dateline).toMatchObject({ place: 'Montreal, Canada' });
    expect(article.dateline?.date).toBeUndefined();
    expect(article.warnings.join(' ')).toMatch(/without a year.*--published/);
  });

  it('takes the year of a dateline from the --published option', async () => {
    const article = await readArticle(
      { path: fixture('dateline-article.txt') },
      { published: '2023' },
    );
    expect(article.dateline?.date).toBe('2023-03-09');
    expect(article.published).toBe('2023-03-09');
  });

  it('reads bytes in hand and detects the language when the page does not say', async () => {
    const text =
      'La polizia ha chiuso la stazione di polizia cinese di Prato dopo una lunga indagine della procura.';
    const article = await readArticle(
      { bytes: Buffer.from(text), format: 'text' },
      { published: '2022-12-05', publisher: 'Cronache' },
    );
    expect(article).toMatchObject({
      text,
      language: 'it',
      published: '2022-12-05',
      publisher: 'Cronache',
    });
  });

  it('refuses a publication date that is not a date', async () => {
    await expect(
      readArticle({ path: fixture('dateline-article.txt') }, { published: '28/04/2023' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('turns an article into valid findings whose quotes sit at their offsets', async () => {
    const { findings } = await newsToFindings({ path: fixture('jsonld-article.html') });
    expect(findings.source).toMatchObject({
      kind: 'news',
      title: 'Police station in Rotterdam closed',
      published: '2022-11-02',
    });
    const station = findings.entities.find((e) => e.type === 'Station');
    expect(station?.name).toBe('Rotterdam police station');
    for (const claim of findings.claims)
      expect(findings.source.text?.slice(claim.offsets?.start, claim.offsets?.end)).toBe(
        claim.quote,
      );
  });
});
