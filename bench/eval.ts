/**
 * `npm run eval`: runs the news importer and extractor over the hand-written evaluation articles
 * (test/fixtures/eval/articles) and scores the result against their gold files
 * (test/fixtures/eval/gold): entities by type and normalised name (aliases and near spellings
 * tolerated), relations by subject, predicate and object, events by type and date (when the gold
 * gives one; a date matches at the precision of the less precise of the two). Prints precision,
 * recall and F1 per entity type, for relations and for events, with micro totals, and writes the
 * table to bench/results/eval.md.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newsToFindings } from '../importers/news/index.js';
import type { Findings, FindingsEntity } from '../src/findings/schema.js';
import { projectPath } from '../src/paths.js';
import { isNearSpelling, normaliseName } from '../src/resolve/names.js';

/** One gold file. */
export interface Gold {
  article: string;
  published?: string;
  entities: Array<{ type: string; name: string; aliases?: string[] }>;
  relations: Array<{ subject: string; predicate: string; object: string }>;
  events: Array<{ type: string; date?: string }>;
}

/** True/false positives and false negatives of one category. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** The scores of one article. */
export interface ArticleScore {
  article: string;
  entities: Record<string, Counts>;
  relations: Counts;
  events: Counts;
  misses: string[];
  extras: string[];
}

const EVAL_DIR = projectPath('test/fixtures/eval');
const LITERAL = new Set([
  'HAS_STATUS',
  'HAS_AGE',
  'HAS_TITLE',
  'HAS_ROLE',
  'HAS_ADDRESS',
  'CHARGED_WITH',
  'HAS_FIGURE',
]);

function empty(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

function namesOf(entity: { name: string; aliases?: string[] | undefined }): string[] {
  return [entity.name, ...(entity.aliases ?? [])].map(normaliseName).filter((n) => n !== '');
}

/** True when two entities of the same type name the same thing (alias and spelling tolerant). */
export function sameEntity(
  gold: { name: string; aliases?: string[] },
  found: { name: string; aliases?: string[] | undefined },
): boolean {
  const a = namesOf(gold);
  const b = namesOf(found);
  return a.some((x) =>
    b.some((y) => x === y || (Math.min(x.length, y.length) >= 6 && isNearSpelling(x, y))),
  );
}

function tokens(text: string): Set<string> {
  return new Set(
    normaliseName(text)
      .split(' ')
      .filter((t) => t.length > 2),
  );
}

/** True when an extracted literal value says what the gold value says. */
export function sameValue(
  predicate: string,
  gold: string,
  found: { value?: string | number | undefined; unit?: string | undefined },
): boolean {
  const value = found.value;
  if (value === undefined) return false;
  switch (predicate) {
    case 'HAS_FIGURE': {
      const [number, ...unit] = gold.split(' ');
      return (
        Number(number) === value &&
        normaliseName(unit.join(' ')) === normaliseName(found.unit ?? '')
      );
    }
    case 'HAS_AGE':
      return Number(gold) === Number(value);
    case 'HAS_STATUS':
    case 'HAS_ROLE':
      return gold.toUpperCase() === String(value).toUpperCase();
    default: {
      const x = normaliseName(gold);
      const y = normaliseName(String(value));
      if (x === y || x.includes(y) || y.includes(x)) return true;
      const a = tokens(gold);
      const b = tokens(String(value));
      const shared = [...a].filter((t) => b.has(t)).length;
      return shared / Math.max(1, Math.min(a.size, b.size)) >= 0.6;
    }
  }
}

/** Dates agree at the precision of the less precise one ("2022-12" and "2022-12-05"). */
export function sameDate(gold: string | undefined, found: string | undefined): boolean {
  if (gold === undefined) return true;
  if (found === undefined) return false;
  return gold.startsWith(found) || found.startsWith(gold);
}

/** Scores one article's findings against its gold. */
export function scoreArticle(gold: Gold, findings: Findings): ArticleScore {
  const score: ArticleScore = {
    article: gold.article,
    entities: {},
    relations: empty(),
    events: empty(),
    misses: [],
    extras: [],
  };
  const counts = (type: string) => (score.entities[type] ??= empty());
  // Entities: one-to-one, gold order.
  const matched = new Map<string, FindingsEntity>();
  const used = new Set<string>();
  for (const g of gold.entities) {
    const found = findings.entities.find(
      (e) => e.type === g.type && !used.has(e.ref) && sameEntity(g, e),
    );
    if (found !== undefined) {
      used.add(found.ref);
      matched.set(g.name, found);
      counts(g.type).tp += 1;
    } else {
      counts(g.type).fn += 1;
      score.misses.push(`entity ${g.type} ${g.name}`);
    }
  }
  for (const e of findings.entities) {
    if (!used.has(e.ref)) {
      counts(e.type).fp += 1;
      score.extras.push(`entity ${e.type} ${e.name}`);
    }
  }
  // Relations: gold names map to the entity they matched, else to any entity of that name.
  const refOf = (name: string): string | undefined =>
    matched.get(name)?.ref ?? findings.entities.find((e) => sameEntity({ name }, e))?.ref;
  const found = new Map<
    string,
    { subject: string; predicate: string; object?: string; value?: string | number; unit?: string }
  >();
  for (const c of findings.claims) {
    const key = `${c.subject}|${c.predicate}|${c.object ?? `${c.value}|${c.unit ?? ''}`}`;
    if (!found.has(key)) {
      const relation: {
        subject: string;
        predicate: string;
        object?: string;
        value?: string | number;
        unit?: string;
      } = { subject: c.subject, predicate: c.predicate };
      if (c.object !== undefined) relation.object = c.object;
      if (c.value !== undefined) relation.value = c.value;
      if (c.unit !== undefined) relation.unit = c.unit;
      found.set(key, relation);
    }
  }
  const usedRelations = new Set<string>();
  for (const g of gold.relations) {
    const subject = refOf(g.subject);
    const hit = [...found.entries()].find(([key, r]) => {
      if (usedRelations.has(key) || r.subject !== subject || r.predicate !== g.predicate)
        return false;
      return LITERAL.has(g.predicate)
        ? sameValue(g.predicate, g.object, r)
        : r.object !== undefined && r.object === refOf(g.object);
    });
    if (hit !== undefined) {
      usedRelations.add(hit[0]);
      score.relations.tp += 1;
    } else {
      score.relations.fn += 1;
      score.misses.push(`relation ${g.subject} ${g.predicate} ${g.object}`);
    }
  }
  const nameOf = (ref: string) => findings.entities.find((e) => e.ref === ref)?.name ?? ref;
  for (const [key, r] of found) {
    if (usedRelations.has(key)) continue;
    score.relations.fp += 1;
    score.extras.push(
      `relation ${nameOf(r.subject)} ${r.predicate} ${r.object !== undefined ? nameOf(r.object) : `${r.value}${r.unit ? ` ${r.unit}` : ''}`}`,
    );
  }
  // Events.
  const usedEvents = new Set<number>();
  for (const g of gold.events) {
    const index = findings.events.findIndex(
      (e, i) => !usedEvents.has(i) && e.type === g.type && sameDate(g.date, e.date),
    );
    if (index >= 0) {
      usedEvents.add(index);
      score.events.tp += 1;
    } else {
      score.events.fn += 1;
      score.misses.push(`event ${g.type} ${g.date ?? ''}`);
    }
  }
  findings.events.forEach((e, i) => {
    if (usedEvents.has(i)) return;
    score.events.fp += 1;
    score.extras.push(`event ${e.type} ${e.date ?? ''}`);
  });
  return score;
}

function add(into: Counts, from: Counts): void {
  into.tp += from.tp;
  into.fp += from.fp;
  into.fn += from.fn;
}

/** Precision, recall and F1 of counts (1 when there is nothing to find and nothing found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Runs the evaluation over every gold file and returns the per-article scores and the table. */
export async function runEval(dir = EVAL_DIR): Promise<{ scores: ArticleScore[]; table: string }> {
  const goldFiles = readdirSync(path.join(dir, 'gold'))
    .filter((f) => f.endsWith('.gold.json'))
    .sort();
  const scores: ArticleScore[] = [];
  for (const file of goldFiles) {
    const gold = JSON.parse(readFileSync(path.join(dir, 'gold', file), 'utf8')) as Gold;
    const { findings } = await newsToFindings(
      { path: path.join(dir, 'articles', gold.article) },
      gold.published === undefined ? {} : { published: gold.published },
    );
    scores.push(scoreArticle(gold, findings));
  }
  const byType = new Map<string, Counts>();
  const relations = empty();
  const events = empty();
  for (const s of scores) {
    for (const [type, c] of Object.entries(s.entities))
      add(byType.get(type) ?? (byType.set(type, empty()).get(type) as Counts), c);
    add(relations, s.relations);
    add(events, s.events);
  }
  const entitiesTotal = empty();
  for (const c of byType.values()) add(entitiesTotal, c);
  const micro = empty();
  add(micro, entitiesTotal);
  add(micro, relations);
  add(micro, events);
  const row = (label: string, c: Counts) => {
    const { p, r, f1 } = prf(c);
    return `| ${label} | ${c.tp} | ${c.fp} | ${c.fn} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f1.toFixed(2)} |`;
  };
  const order = [
    'Station',
    'Organisation',
    'Network',
    'Person',
    'Community',
    'City',
    'Region',
    'Country',
  ];
  const lines = [
    `# Extraction evaluation`,
    '',
    `${scores.length} hand-written articles (test/fixtures/eval), scored by \`npm run eval\` (bench/eval.ts).`,
    '',
    '| | TP | FP | FN | Precision | Recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...order.filter((t) => byType.has(t)).map((t) => row(`Entity: ${t}`, byType.get(t) as Counts)),
    ...[...byType.keys()]
      .filter((t) => !order.includes(t))
      .map((t) => row(`Entity: ${t}`, byType.get(t) as Counts)),
    row('**Entities (micro)**', entitiesTotal),
    row('**Relations**', relations),
    row('**Events**', events),
    row('**All (micro)**', micro),
    '',
  ];
  return { scores, table: lines.join('\n') };
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const { scores, table } = await runEval();
  if (verbose) {
    for (const s of scores) {
      process.stdout.write(`\n## ${s.article}\n`);
      for (const m of s.misses) process.stdout.write(`  - missed ${m}\n`);
      for (const e of s.extras) process.stdout.write(`  + extra  ${e}\n`);
    }
  }
  process.stdout.write(`${table}\n`);
  mkdirSync(projectPath('bench/results'), { recursive: true });
  writeFileSync(projectPath('bench/results/eval.md'), `${table}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
