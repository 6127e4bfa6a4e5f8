/**
 * `outpost review list | dismiss | merge`: candidate duplicates and flagged entities, decided from
 * the terminal. The logic is src/graph/review.ts, shared with the GraphQL API.
 */
import { userInfo } from 'node:os';
import type { Config } from '../config.js';
import type { Graph } from '../graph/gateway.js';
import {
  dismissCandidate,
  listReview,
  mergeEntities,
  type ReviewEntity,
  type ReviewList,
} from '../graph/review.js';
import { openGraph } from '../neo4j/connect.js';
import { parseWhole } from './options.js';
import { EXIT, writeOut } from './output.js';
import { table } from './statsCommand.js';

/** Who decides, as recorded on the candidate duplicates: `cli:<user name>`. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

async function withGraph<T>(config: Config, work: (graph: Graph) => Promise<T>): Promise<T> {
  const { graph } = await openGraph(config, { start: true, migrate: true });
  try {
    return await work(graph);
  } finally {
    await graph.close();
  }
}

/** `outpost review list [--json] [--limit N]`. */
export async function reviewList(
  config: Config,
  options: { json?: boolean; limit?: string },
): Promise<number> {
  const limit =
    options.limit === undefined ? 100 : parseWhole('--limit', options.limit, 1, 100_000);
  const list = await withGraph(config, (graph) => listReview(graph, { limit }));
  await writeOut(options.json ? `${JSON.stringify(list, null, 2)}\n` : formatReviewList(list));
  return EXIT.OK;
}

/** `outpost review dismiss <candidateId>`. */
export async function reviewDismiss(
  config: Config,
  id: string,
  options: { json?: boolean },
): Promise<number> {
  const candidate = await withGraph(config, (graph) => dismissCandidate(graph, id, cliActor()));
  await writeOut(
    options.json
      ? `${JSON.stringify(candidate, null, 2)}\n`
      : `Dismissed ${candidate.id}: ${candidate.entities.map(label).join(' and ')} are not the same.\n`,
  );
  return EXIT.OK;
}

/** `outpost review merge <keepId> <mergeId>`. */
export async function reviewMerge(
  config: Config,
  keepId: string,
  mergeId: string,
  options: { json?: boolean },
): Promise<number> {
  const result = await withGraph(config, (graph) =>
    mergeEntities(graph, keepId, mergeId, cliActor()),
  );
  await writeOut(
    options.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : `Merged ${label(result.merged)} into ${label(result.keep)}: ${result.claimsMoved} claim links moved, ` +
          `${result.aliasesAdded.length} aliases added, ${result.relationships} relationships re-derived.\n`,
  );
  return EXIT.OK;
}

function label(entity: ReviewEntity): string {
  return `${entity.name} (${entity.id})`;
}

/** The review list a person reads, with the commands to act on it. */
export function formatReviewList(list: ReviewList): string {
  const out: string[] = [];
  out.push(`Candidate duplicates: ${list.totals.candidates} open`);
  if (list.candidates.length > 0) {
    out.push(
      table(
        ['candidate', 'reason', 'score', 'entity', 'claims', 'other entity', 'claims'],
        list.candidates.map((c) => [
          c.id,
          c.reason,
          c.score,
          c.entities[0] ? label(c.entities[0]) : '',
          c.entities[0]?.claims ?? 0,
          c.entities[1] ? label(c.entities[1]) : '',
          c.entities[1]?.claims ?? 0,
        ]),
      ),
    );
    out.push(
      '  merge:   outpost review merge <keepId> <mergeId>',
      '  dismiss: outpost review dismiss <candidate>',
    );
  }
  out.push('', `Flagged for review: ${list.totals.flagged} entities`);
  if (list.flagged.length > 0) {
    out.push(
      table(
        ['entity', 'type', 'claims', 'reasons'],
        list.flagged.map((e) => [
          label(e),
          e.entityType,
          e.claims ?? 0,
          (e.reviewReasons ?? []).join('; '),
        ]),
      ),
    );
  }
  const shown = list.candidates.length + list.flagged.length;
  if (shown < list.totals.candidates + list.totals.flagged)
    out.push('', '(more than shown: use --limit)');
  return `${out.join('\n')}\n`;
}
