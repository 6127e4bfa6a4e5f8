/**
 * The extraction section of BENCHMARKS.md: the news importer's articles/s against cheerio parsing
 * alone over the same seeded pages (bench/extract.ts `runExtractBenchmark`), several runs.
 */
import { runExtractBenchmark, type ExtractBenchmark } from '../extract.js';
import { fmt, stats } from '../measure.js';

/** Runs the extraction benchmark `runs` times and returns its markdown. */
export async function runExtractSection(options: {
  quick: boolean;
  machine: string;
  log: (line: string) => void;
}): Promise<string> {
  const pages = options.quick ? 20 : 200;
  const runs = options.quick ? 1 : 3;
  const results: ExtractBenchmark[] = [];
  for (let run = 0; run < runs; run++) {
    const r = await runExtractBenchmark({ pages, seed: 1 });
    options.log(
      `extract: run ${run + 1}: ${r.articlesPerSecond} articles/s, cheerio alone ${r.cheerioOnlyPerSecond}/s`,
    );
    results.push(r);
  }
  return extractMarkdown(results, options.machine);
}

/** The section's markdown from repeated runs. */
export function extractMarkdown(results: ExtractBenchmark[], machine: string): string {
  const a = stats(results.map((r) => r.articlesPerSecond));
  const c = stats(results.map((r) => r.cheerioOnlyPerSecond));
  const ratio = stats(results.map((r) => r.ratio));
  const first = results[0];
  return `## Extraction: the news importer vs cheerio alone

Machine: ${machine}. ${first?.pages ?? 0} seeded article pages (bench/generate/articles.ts, seed 1,
median ${first?.medianPageKb ?? 0} KB) through the whole news importer (decode, body extraction,
segmentation, recognition, linking, validation), and through \`cheerio.load\` alone as the floor,
in the same run (bench/extract.ts); one warm-up article first. Medians (min–max) over
${results.length} runs.

| pipeline | articles/s |
| --- | ---: |
| news importer (whole pipeline) | ${fmt(a.median, 1)} (${fmt(a.min, 1)}–${fmt(a.max, 1)}) |
| cheerio.load alone (baseline) | ${fmt(c.median, 1)} (${fmt(c.min, 1)}–${fmt(c.max, 1)}) |

Importer / cheerio alone: **${ratio.median.toFixed(3)}×** (${ratio.min.toFixed(3)}–${ratio.max.toFixed(3)}).
Peak RSS of the process: ${fmt(Math.max(...results.map((r) => r.peakRssMb)))} MB.
`;
}
