/**
 * `outpost import <files | folders | globs | URLs | ->`: each input becomes findings (by its
 * format), then is validated, resolved and written in its own transaction, up to `--concurrency`
 * at a time. One bad input never stops the others. Ctrl-C stops starting new documents, lets the
 * ones in flight finish (each is one transaction, so none is half-written), prints the summary
 * and exits 130; running the same command again skips what is already there ('unchanged').
 */
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { inputToFindings, type InputOptions } from '../../importers/index.js';
import { ErrorCode, isOutpostError } from '../errors.js';
import type { Findings } from '../findings/schema.js';
import { parseFindings } from '../findings/validate.js';
import type { Graph } from '../graph/gateway.js';
import { openGraph } from '../neo4j/connect.js';
import { writeValidFindings, type ImportResult } from '../pipeline/importFindings.js';
import {
  checkFormatOption,
  countJsonLines,
  detectInputFormat,
  expandInputs,
  jsonLines,
  readHead,
  type InputProblem,
} from './inputs.js';
import { parseConcurrency } from './options.js';
import { EXIT, usageError } from './output.js';
import { Progress } from './progress.js';

/** Options of `outpost import`, as commander gives them. */
export interface ImportOptions extends Omit<InputOptions, 'columns' | 'stdin'> {
  dryRun?: boolean;
  json?: boolean;
  quiet?: boolean;
  /** Reports: the path of the user's column mapping file. */
  columns?: string;
  concurrency?: string | number;
  /** Draw the progress bar (default: when stderr is a terminal). For tests. */
  progressBar?: boolean;
}

/** One input that failed, and why. */
export interface ImportFailure {
  input: string;
  code: string;
  message: string;
}

/** The totals of an import run (`--json` prints them with the documents and failures). */
export interface ImportTotals {
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
  /** True when Ctrl-C stopped the run early. */
  interrupted: boolean;
  /** Documents never started because of the interruption. */
  notStarted: number;
  /** With --dry-run: documents read and printed. */
  read: number;
  seconds: number;
}

/** One document to import: where it comes from and how to read it. */
interface Unit {
  origin: string;
  read(): Promise<{ findings: Findings; warnings: string[] }>;
}

/** Runs the import verb; resolves to the exit code (0 all good, 1 some failed, 2 usage, 130 Ctrl-C). */
export async function importCommand(
  config: Config,
  args: string[],
  options: ImportOptions,
): Promise<number> {
  const concurrency = parseConcurrency(options.concurrency);
  checkFormatOption(options.format);
  if (options.dryRun && options.json) {
    throw usageError('--dry-run prints findings on stdout; it cannot be combined with --json');
  }
  const { inputs, problems } = await expandInputs(args);
  if (inputs.length === 0 && problems.length === 0) {
    throw usageError(`no input files found in ${args.join(' ')}`, {
      hint: 'Give findings JSON (.json, .jsonl), news articles (.html, .htm, .txt), folders of them, URLs or -.',
    });
  }

  const total = await countUnits(inputs, options.format);
  const progress = new Progress(total, {
    quiet: options.quiet || options.json,
    unit: 'docs',
    ...(options.progressBar === undefined ? {} : { bar: options.progressBar }),
  });
  const failures: ImportFailure[] = [];
  const fail = (failure: ImportFailure) => {
    failures.push(failure);
    if (!options.json)
      progress.log(`✗ ${failure.input}: ${failure.message} (${failure.code})`, true);
  };
  problems.forEach((problem: InputProblem) => fail(problem));

  const opened = options.dryRun
    ? undefined
    : await openGraph(config, { start: true, migrate: true });
  const results: ImportResult[] = [];
  const dryRuns: Findings[] = [];
  let interrupted = false;
  let fatal: unknown;
  let taken = 0;
  let signals = 0;
  const onSignal = () => {
    signals++;
    if (signals > 1) {
      progress.log(
        'Interrupted again: stopping now (the documents in flight are rolled back).',
        true,
      );
      process.exit(EXIT.INTERRUPTED);
    }
    interrupted = true;
    progress.log(
      'Interrupted: finishing the documents in flight, starting no new ones (Ctrl-C again to stop now)...',
      true,
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const queue = units(inputs, options);
  const worker = async (graph: Graph | undefined) => {
    for (;;) {
      if (interrupted || fatal !== undefined) return;
      let next: IteratorResult<Unit | ImportFailure>;
      try {
        next = await queue.next();
      } catch (error) {
        fatal = error;
        return;
      }
      if (next.done) return;
      taken++;
      const unit = next.value;
      if (!('read' in unit)) {
        fail(unit);
        progress.tick();
        continue;
      }
      progress.working(unit.origin);
      try {
        const { findings, warnings } = await unit.read();
        if (graph === undefined) {
          dryRuns.push(findings);
        } else {
          const result = await writeValidFindings(graph, findings, unit.origin);
          result.warnings.unshift(...warnings);
          results.push(result);
          if (!progress.bar) progress.log(describe(result));
          else for (const line of notable(result)) progress.log(line);
        }
      } catch (error) {
        if (isFatal(error)) {
          fatal = error;
          return;
        }
        fail(toFailure(unit.origin, error));
      }
      progress.tick();
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker(opened?.graph)));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.return(undefined);
    await opened?.graph.close();
    progress.finish();
  }

  if (options.dryRun) {
    const out =
      total === 1 && dryRuns.length === 1
        ? `${JSON.stringify(dryRuns[0], null, 2)}\n`
        : dryRuns.map((findings) => `${JSON.stringify(findings)}\n`).join('');
    process.stdout.write(out);
  }
  const totals = summarise(results, failures, {
    interrupted,
    notStarted: Math.max(0, total - taken),
    seconds: progress.elapsed,
    read: dryRuns.length,
  });
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify(
        { ...totals, documents: results.map(documentSummary), failures },
        null,
        2,
      )}\n`,
    );
  } else if (!options.quiet) {
    progress.log(formatTotals(totals, options.dryRun === true));
  }
  if (fatal !== undefined) throw fatal;
  if (interrupted) return EXIT.INTERRUPTED;
  return failures.length > 0 ? EXIT.FAILED : EXIT.OK;
}

/** How many documents the inputs hold (a JSON-lines bundle counts its lines). */
async function countUnits(inputs: string[], format: string | undefined): Promise<number> {
  let total = 0;
  for (const input of inputs) {
    let lines = false;
    try {
      lines =
        detectInputFormat(input, format, input === '-' ? undefined : readHead(input)) ===
        'findings-lines';
    } catch {
      lines = false;
    }
    total += lines ? await countJsonLines(input).catch(() => 1) : 1;
  }
  return total;
}

/** The documents of the inputs, in order; an input that cannot be read yields its failure. */
async function* units(
  inputs: string[],
  options: ImportOptions,
): AsyncGenerator<Unit | ImportFailure, void, undefined> {
  const readOptions = {
    ...(options.published === undefined ? {} : { published: options.published }),
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
    ...(options.url === undefined ? {} : { url: options.url }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.edition === undefined ? {} : { edition: options.edition }),
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
  for (const input of inputs) {
    let format;
    let stdin: Buffer | undefined;
    try {
      if (input === '-') stdin = readFileSync(0);
      const head = stdin ?? (/^https?:\/\//i.test(input) ? undefined : readHead(input));
      format = detectInputFormat(input, options.format, head);
    } catch (error) {
      yield toFailure(input, error);
      continue;
    }
    if (format === 'findings-lines') {
      try {
        for await (const { line, text } of jsonLines(input)) {
          const origin = `${input}:${line}`;
          yield { origin, read: async () => findingsFromText(text, origin) };
        }
      } catch (error) {
        yield toFailure(input, error);
      }
      continue;
    }
    if (stdin !== undefined) {
      const bytes = stdin;
      yield {
        origin: '-',
        read: async () => {
          if (format === 'findings') return findingsFromText(bytes.toString('utf8'), 'stdin');
          return inputToFindings('-', { ...readOptions, format, stdin: bytes });
        },
      };
      continue;
    }
    yield { origin: input, read: () => inputToFindings(input, { ...readOptions, format }) };
  }
}

function findingsFromText(
  text: string,
  origin: string,
): { findings: Findings; warnings: string[] } {
  const { findings, warnings } = parseFindings(text, origin);
  return { findings, warnings: warnings.map((w) => `${w.path}: ${w.message}`) };
}

/** Errors after which no other document can succeed: the server is gone or refuses us. */
function isFatal(error: unknown): boolean {
  return (
    isOutpostError(error, ErrorCode.SERVICE_UNAVAILABLE) ||
    isOutpostError(error, ErrorCode.UNAUTHENTICATED)
  );
}

function toFailure(input: string, error: unknown): ImportFailure {
  if (isOutpostError(error)) return { input, code: error.code, message: error.message };
  return {
    input,
    code: ErrorCode.INTERNAL,
    message: `unexpected error (please report it): ${(error as Error)?.message ?? String(error)}`,
  };
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
  return [`✓ ${result.origin} (${s.outcome}): ${parts.join(', ')}`, ...notable(result)].join('\n');
}

/** The lines of a document's result worth a person's attention: review flags and warnings. */
function notable(result: ImportResult): string[] {
  return [
    ...result.summary.review.map((item) => `  review (${result.origin}): ${item}`),
    ...result.warnings.map((warning) => `  warning (${result.origin}): ${warning}`),
  ];
}

function documentSummary(result: ImportResult) {
  return { origin: result.origin, ...result.summary, warnings: result.warnings };
}

/** Adds up the results of a run. */
export function summarise(
  results: ImportResult[],
  failures: ImportFailure[],
  run: { interrupted: boolean; notStarted: number; seconds: number; read?: number },
): ImportTotals {
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
    interrupted: run.interrupted,
    notStarted: run.notStarted,
    read: run.read ?? 0,
    seconds: Math.round(run.seconds * 10) / 10,
  };
}

/** The summary line a person reads at the end. */
export function formatTotals(t: ImportTotals, dryRun = false): string {
  const head = dryRun
    ? `Dry run, nothing written: ${t.read} documents read, ${t.failed} failed.`
    : `Documents: ${t.imported} imported, ${t.unchanged} unchanged, ${t.failed} failed` +
      (t.interrupted ? `, ${t.notStarted} not started (interrupted)` : '') +
      `. Entities: ${t.entitiesCreated} created, ${t.entitiesMatched} matched. Claims: ${t.claims}. ` +
      `Relationships: ${t.relationships}. Candidate duplicates: ${t.candidateDuplicates}. ` +
      `Flagged for review: ${t.review}. Warnings: ${t.warnings}.`;
  return `${head} (${t.seconds} s)`;
}
