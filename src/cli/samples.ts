/**
 * The sample documents `npm start` loads into an empty graph: our own articles, reports and
 * hand-written findings under samples/. An article that has hand-written findings (same base
 * name) is loaded through those, not extracted a second time.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IMPORTABLE_EXTENSIONS, inputToFindings } from '../../importers/index.js';
import type { Graph } from '../graph/gateway.js';
import { projectPath } from '../paths.js';
import { writeValidFindings } from '../pipeline/importFindings.js';

/** The folder of sample documents. */
export const SAMPLES_DIR = projectPath('samples');

/** The sample files to load, findings first. */
export function sampleFiles(dir: string = SAMPLES_DIR): string[] {
  const list = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => IMPORTABLE_EXTENSIONS.has(f.slice(f.lastIndexOf('.')).toLowerCase()))
          .sort()
          .map((f) => join(dir, sub, f))
      : [];
  const findings = list('findings');
  const curated = new Set(findings.map((f) => basename(f).replace(/\.findings\.json$/, '')));
  const articles = list('articles').filter(
    (f) => !curated.has(basename(f).replace(/\.[^.]+$/, '')),
  );
  return [...findings, ...list('reports'), ...articles];
}

/** Loads the samples when the graph holds nothing; returns how many documents were loaded. */
export async function loadSamplesIfEmpty(
  graph: Graph,
  log: (line: string) => void,
): Promise<number> {
  const [row] = await graph.read('read/count-nodes');
  if (Number(row?.nodes ?? 0) > 0) return 0;
  let loaded = 0;
  for (const file of sampleFiles()) {
    try {
      const { findings } = await inputToFindings(file);
      await writeValidFindings(graph, findings, file);
      loaded++;
    } catch (error) {
      log(`sample ${file} not loaded: ${(error as Error).message}`);
    }
  }
  log(`Loaded ${loaded} sample documents into the empty graph`);
  return loaded;
}
