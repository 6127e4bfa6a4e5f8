/**
 * `Mutation.importFindings` and `Mutation.importDocument`: a Findings document (or a news article
 * turned into one by importers/news) through the import pipeline, in one transaction.
 */
import { validateFindings, parseFindings } from '../../findings/validate.js';
import type { Findings } from '../../findings/schema.js';
import { writeValidFindings } from '../../pipeline/importFindings.js';
import { resolveFindings } from '../../resolve/document.js';
import { recordAfter, recordInTransaction, type MutationEntry } from '../audit.js';
import type { ApiContext } from '../context.js';
import { checkPartialDate } from '../dates.js';
import { badInput } from '../errors.js';
import {
  checkPublicUrl,
  checkRedirect,
  loadNewsImporter,
  type NewsInput,
} from '../newsImporter.js';

/** What the ImportSummary type resolves from. */
interface ImportSummaryValue {
  outcome: 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'DRY_RUN';
  sourceId: string;
  entitiesCreated: number;
  entitiesMatched: number;
  claims: number;
  claimsReplaced: number;
  relationships: number;
  relationshipsRemoved: number;
  candidateDuplicates: number;
  review: string[];
  warnings: string[];
  findings: unknown;
}

interface ImportDocumentInput {
  url?: string | null;
  html?: string | null;
  text?: string | null;
  format?: 'HTML' | 'TEXT' | 'FINDINGS' | null;
  dryRun?: boolean | null;
  published?: string | null;
  publisher?: string | null;
}

/** Validates (done by the caller), resolves and, unless `dryRun`, writes; records the mutation. */
async function importValid(
  ctx: ApiContext,
  action: string,
  findings: Findings,
  warnings: string[],
  dryRun: boolean,
  extra: { findings?: unknown; origin?: string } = {},
): Promise<ImportSummaryValue> {
  const origin = extra.origin ?? findings.source.url ?? 'api';
  const entry = (s: {
    outcome: string;
    sourceId: string;
    claims: number;
    entitiesCreated: number;
  }): MutationEntry => ({
    action,
    target: s.sourceId,
    details: {
      outcome: s.outcome,
      origin,
      url: findings.source.url ?? null,
      claims: s.claims,
      entitiesCreated: s.entitiesCreated,
    },
  });
  if (dryRun) {
    const resolved = resolveFindings(findings);
    const summary: ImportSummaryValue = {
      outcome: 'DRY_RUN',
      sourceId: resolved.source.id,
      entitiesCreated: 0,
      entitiesMatched: 0,
      claims: resolved.claims.length,
      claimsReplaced: 0,
      relationships: 0,
      relationshipsRemoved: 0,
      candidateDuplicates: 0,
      review: resolved.entities.flatMap((e) => e.review.map((r) => `${e.type} "${e.name}": ${r}`)),
      warnings: [...warnings, ...resolved.warnings],
      findings: extra.findings ?? null,
    };
    // A dry run writes nothing but its audit record.
    await recordAfter(ctx.graph, ctx.principal, entry(summary));
    return summary;
  }
  // The audit record is written in the document's own transaction: both commit, or neither.
  const result = await writeValidFindings(ctx.graph, findings, origin, [], {
    inTransaction: (tx, written) =>
      recordInTransaction(
        tx,
        ctx.principal,
        entry({ ...written, outcome: written.outcome.toUpperCase() }),
      ),
  });
  return {
    ...result.summary,
    outcome: result.summary.outcome.toUpperCase() as ImportSummaryValue['outcome'],
    warnings: [...warnings, ...result.warnings],
    findings: null,
  };
}

function documentInput(input: ImportDocumentInput): {
  given: 'url' | 'html' | 'text';
  value: string;
} {
  const given = (['url', 'html', 'text'] as const).filter((key) => {
    const value = input[key];
    return value !== null && value !== undefined && value !== '';
  });
  if (given.length !== 1) {
    throw badInput(
      'input',
      `give exactly one of url, html or text (got ${given.join(', ') || 'none'})`,
    );
  }
  const key = given[0] as 'url' | 'html' | 'text';
  return { given: key, value: input[key] as string };
}

/** Resolvers of the import mutations and of ImportSummary. */
export const importResolvers = {
  Mutation: {
    importFindings: async (
      _root: unknown,
      args: { findings: unknown; dryRun?: boolean | null },
      ctx: ApiContext,
    ) => {
      const { findings, warnings } = validateFindings(args.findings, 'findings');
      return importValid(
        ctx,
        'importFindings',
        findings,
        warnings.map((w) => `${w.path}: ${w.message}`),
        args.dryRun === true,
      );
    },
    importDocument: async (
      _root: unknown,
      args: { input: ImportDocumentInput },
      ctx: ApiContext,
    ) => {
      const input = args.input;
      const { given, value } = documentInput(input);
      const dryRun = input.dryRun === true;
      const format = input.format ?? (given === 'html' ? 'HTML' : given === 'text' ? 'TEXT' : null);
      if (format === 'FINDINGS') {
        if (given !== 'text') throw badInput('input.format', 'FINDINGS needs the document in text');
        const { findings, warnings } = parseFindings(value, 'input.text');
        return importValid(
          ctx,
          'importDocument',
          findings,
          warnings.map((w) => `${w.path}: ${w.message}`),
          dryRun,
        );
      }
      const options = {
        ...(input.published
          ? { published: checkPartialDate(input.published, 'input.published') }
          : {}),
        ...(input.publisher ? { publisher: input.publisher } : {}),
        checkUrl: checkRedirect,
      };
      let news: NewsInput;
      if (given === 'url') {
        news = { url: (await checkPublicUrl(value)).href };
        if (format !== null) news.format = format === 'HTML' ? 'html' : 'text';
      } else {
        news = { bytes: Buffer.from(value, 'utf8'), format: format === 'HTML' ? 'html' : 'text' };
      }
      const newsToFindings = await loadNewsImporter();
      const produced = await newsToFindings(news, options);
      const { findings, warnings } = validateFindings(produced.findings, 'news importer');
      return importValid(
        ctx,
        'importDocument',
        findings,
        [...(produced.warnings ?? []), ...warnings.map((w) => `${w.path}: ${w.message}`)],
        dryRun,
        { findings, origin: given === 'url' ? value : `api:${given}` },
      );
    },
  },
  ImportSummary: {
    source: (summary: ImportSummaryValue, _args: unknown, ctx: ApiContext) =>
      summary.outcome === 'DRY_RUN' ? null : ctx.loaders.source(summary.sourceId),
  },
};
