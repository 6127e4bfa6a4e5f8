/**
 * The extraction benchmark: seeded pages (bench/generate/articles.ts) through the whole news
 * importer (decode, body extraction, segmentation, recognition, linking, validation) against
 * cheerio.load alone over the same pages, in the same run. `node --import tsx bench/extract.ts
 * [--pages N] [--seed S]` prints the figures.
 */
import * as cheerio from 'cheerio';
import { pathToFileURL } from 'node:url';
import { newsToFindings } from '../importers/news/index.js';
import { generateArticles } from './generate/articles.js';

/** What one benchmark run measured. */
export interface ExtractBenchmark {
  articlesPerSecond: number;
  cheerioOnlyPerSecond: number;
  /** articlesPerSecond / cheerioOnlyPerSecond. */
  ratio: number;
  peakRssMb: number;
  pages: number;
  medianPageKb: number;
}

/** Runs the whole pipeline and the cheerio-only baseline over the same seeded pages. */
export async function runExtractBenchmark(opts: {
  pages: number;
  seed: number;
}): Promise<ExtractBenchmark> {
  const pages = generateArticles(opts.pages, opts.seed).map((html) => Buffer.from(html, 'utf8'));
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  // Warm up: the first article loads the gazetteers and lexicons.
  await newsToFindings({ bytes: pages[0] as Buffer, contentType: 'text/html' });

  const cheerioStart = performance.now();
  for (const page of pages) {
    cheerio.load(page.toString('utf8'));
    sample();
  }
  const cheerioSeconds = (performance.now() - cheerioStart) / 1000;

  const start = performance.now();
  for (const page of pages) {
    await newsToFindings({ bytes: page, contentType: 'text/html' });
    sample();
  }
  const seconds = (performance.now() - start) / 1000;

  const sizes = pages.map((p) => p.length / 1024).sort((a, b) => a - b);
  const articlesPerSecond = pages.length / seconds;
  const cheerioOnlyPerSecond = pages.length / cheerioSeconds;
  return {
    articlesPerSecond: round(articlesPerSecond),
    cheerioOnlyPerSecond: round(cheerioOnlyPerSecond),
    ratio: round(articlesPerSecond / cheerioOnlyPerSecond, 3),
    peakRssMb: round(peak / (1024 * 1024)),
    pages: pages.length,
    medianPageKb: round(sizes[Math.floor(sizes.length / 2)] ?? 0),
  };
}

function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? undefined : Number(process.argv[index + 1]);
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runExtractBenchmark({ pages: option('pages', 100), seed: option('seed', 1) })
    .then((result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`))
    .catch((error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    });
}
