/**
 * `outpost import <files | folders | URLs | ->`: each input becomes findings (by its format),
 * then is validated, resolved and written in its own transaction. One bad input never stops the
 * others; `--dry-run` prints the findings instead of writing them.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Config } from '../config.js';
import {
  IMPORTABLE_EXTENSIONS,
  inputToFindings,
  isImportFormat,
  IMPORT_FORMATS,
} from '../../importers/index.js';
import { ErrorCode, isOutpostError } from '../errors.js';
import type { Findings } from '../findings/schema.js';
import { openGraph } from '../neo4j/connect.js';
import { writeValidFindings, type ImportResult } from '../pipeline/importFindings.js';
import { EXIT, info } from './output.js';

export interface ImportOptions {
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
  format?: string;
  published?: string;
  publisher?: string;
}

interface Failure {
  input: string;
  code: string;
  message: string;
}

/** Runs the import verb; resolves to the exit code (0 all good, 1 some failed, 2 usage). */
export async function importCommand(
  config: Config,
  inputs: string[],
  options: ImportOptions,
): Promise<number> {
  if (options.format !== undefined && !isImportFormat(options.format)) {
    info(`outpost import: --format must be one of ${IMPORT_FORMATS.join(', ')}`);
    return EXIT.USAGE;
  }
  const expanded = expandInputs(inputs);
  if (expanded.length === 0) {
    info('outpost import: no input files found');
    return EXIT.USAGE;
  }
  const opened = options.dryRun
    ? undefined
    : await openGraph(config, { start: true, migrate: true });
  const results: ImportResult[] = [];
  const failures: Failure[] = [];
  const dryRuns: Findings[] = [];
  try {
    for (const input of expanded) {
      try {
        const { findings, warnings } = await inputToFindings(input, options);
        if (opened === undefined) {
          dryRuns.push(findings);
          continue;
        }
        const result = await writeValidFindings(opened.graph, findings, input);
        result.warnings.unshift(...warnings);
        results.push(result);
        if (!options.quiet && !options.json) info(describe(result));
      } catch (error) {
        if (!isOutpostError(error) || error.code === ErrorCode.SERVICE_UNAVAILABLE) throw error;
        failures.push({ input, code: error.code, message: error.message });
        if (!options.json) info(`✗ ${input}: ${error.message} (${error.code})`);
      }
    }
  } finally {
    await opened?.graph.close();
  }

  if (options.dryRun) {
    process.stdout.write(
      `${JSON.stringify(dryRuns.length === 1 ? dryRuns[0] : dryRuns, null, 2)}\n`,
    );
  } else {
    const totals = summarise(results, failures);
    if (options.json)
      process.stdout.write(
        `${JSON.stringify({ ...totals, documents: results, failures }, null, 2)}\n`,
      );
    else if (!options.quiet) info(formatTotals(totals));
  }
  return failures.length > 0 ? EXIT.FAILED : EXIT.OK;
}

/** Files under folders (recursively, importable extensions only), in a stable order. */
export function expandInputs(inputs: string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-' || /^https?:\/\//i.test(input)) {
      out.push(input);
      continue;
    }
    let stats;
    try {
      stats = statSync(input);
    } catch {
      out.push(input); // reported as a failure when read
      continue;
    }
    if (stats.isDirectory()) {
      const children = readdirSync(input, { withFileTypes: true })
        .filter((entry) => !entry.name.startsWith('.'))
        .map((entry) => join(input, entry.name))
        .sort();
      out.push(
        ...expandInputs(
          children.filter(
            (c) => statSync(c).isDirectory() || IMPORTABLE_EXTENSIONS.has(extname(c).toLowerCase()),
          ),
        ),
      );
    } else out.push(input);
  }
  return out;
}

function describe(result: ImportResult): string {
  const s = result.summary;
  if (s.outcome === 'unchanged') return `= ${result.origin}: unchanged, skipped`;
  const parts = [
    `${s.entitiesCreated} entities created, ${s.entitiesMatched} matched`,
    `${s.claims} claims`,
    `${s.relationships} relationships`,
  ];
  if (s.claimsReplaced > 0) parts.push(`${s.claimsReplaced} earlier claims replaced`);
  if (s.candidateDuplicates > 0) parts.push(`${s.candidateDuplicates} candidate duplicates`);
  const lines = [`✓ ${result.origin} (${s.outcome}): ${parts.join(', ')}`];
  for (const item of s.review) lines.push(`  review: ${item}`);
  for (const warning of result.warnings) lines.push(`  warning: ${warning}`);
  return lines.join('\n');
}

interface Totals {
  imported: number;
  unchanged: number;
  failed: number;
  entitiesCreated: number;
  entitiesMatched: number;
  claims: number;
  relationships: number;
  candidateDuplicates: number;
  review: number;
  warnings: number;
}

function summarise(results: ImportResult[], failures: Failure[]): Totals {
  const sum = (pick: (r: ImportResult) => number) =>
    results.reduce((total, r) => total + pick(r), 0);
  return {
    imported: results.filter((r) => r.summary.outcome !== 'unchanged').length,
    unchanged: results.filter((r) => r.summary.outcome === 'unchanged').length,
    failed: failures.length,
    entitiesCreated: sum((r) => r.summary.entitiesCreated),
    entitiesMatched: sum((r) => r.summary.entitiesMatched),
    claims: sum((r) => r.summary.claims),
    relationships: sum((r) => r.summary.relationships),
    candidateDuplicates: sum((r) => r.summary.candidateDuplicates),
    review: sum((r) => r.summary.review.length),
    warnings: sum((r) => r.warnings.length),
  };
}

function formatTotals(t: Totals): string {
  return (
    `Documents: ${t.imported} imported, ${t.unchanged} unchanged, ${t.failed} failed. ` +
    `Entities: ${t.entitiesCreated} created, ${t.entitiesMatched} matched. Claims: ${t.claims}. ` +
    `Relationships: ${t.relationships}. Candidate duplicates: ${t.candidateDuplicates}. ` +
    `Flagged for review: ${t.review}. Warnings: ${t.warnings}.`
  );
}
