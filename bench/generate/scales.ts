/**
 * Benchmark scales: how many findings documents (bench/generate/findings.ts) make a graph of
 * about the wanted size. A normal document adds up to about 2.5 entities (its station and host are
 * shared with a third of the others; its person and event are new until the generator's pools of
 * names and dates run out) and 8 claims; one in ten is an NGO report listing 20-120 stations (4
 * claims each). So claims ≈ 35 × documents, and entities ≈ 2.5 × documents at S but only 1.4 ×
 * at M, where people and events repeat. The real counts of a run are read back and reported.
 */
import { findingsStream } from './findings.js';
import type { FindingsInput } from '../../src/findings/schema.js';

export const SCALES = {
  /** About 1k entities (events included), 11k claims: the API benchmark's graph; writes in about a minute. */
  S: { documents: 400, description: 'about 1k entities, 11k claims' },
  /** About 8k entities, 130k claims. */
  I: { documents: 4000, description: 'about 8k entities, 130k claims' },
  /** The M (`npm run bench -- api --scale M`): measured 58k entities, 1.44M claims. */
  M: { documents: 40_000, description: 'about 58k entities, 1.4M claims' },
  /** A handful of documents, for the smoke test. */
  tiny: { documents: 12, description: 'a dozen documents' },
} as const;

export type ScaleName = keyof typeof SCALES;

/** The documents of `scale`, seeded, made one at a time. */
export function generateScale(scale: ScaleName, seed: number): Iterable<FindingsInput> {
  return findingsStream({ documents: SCALES[scale].documents, seed });
}

/** A scale's name from the command line (`--scale M` or `--scale=M`); S when not given. */
export function scaleArgument(args: readonly string[]): ScaleName {
  const at = args.findIndex((a) => a === '--scale' || a.startsWith('--scale='));
  if (at === -1) return 'S';
  const value = args[at]!.includes('=') ? args[at]!.split('=')[1] : args[at + 1];
  if (value === undefined || !(value in SCALES)) {
    throw new Error(`--scale takes one of ${Object.keys(SCALES).join(', ')}`);
  }
  return value as ScaleName;
}
