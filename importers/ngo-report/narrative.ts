/**
 * The narrative of a report (its paragraphs outside the tables) through the news extractor: the
 * paragraphs become an Article whose text is the start of the report's stored text, so the
 * extractor's offsets stay true; its entities, claims and events come back with refs renamed
 * ("x." + ref) so they cannot clash with the table's. A narrative the extractor cannot read is
 * left out with a warning; the tables are still imported.
 */
import type { Article } from '../../src/extract/article.js';
import { extractFindings } from '../../src/extract/index.js';
import type { FindingsInput } from '../../src/findings/schema.js';
import { validateFindings } from '../../src/findings/validate.js';
import type { ReportMeta } from './table.js';

type Part = Required<Pick<FindingsInput, 'entities' | 'claims' | 'events'>>;

/** Prefix of the refs the narrative's entities and events get in the report's findings. */
export const NARRATIVE_REF_PREFIX = 'x.';

/** The narrative's entities, claims and events (offsets into `text`), and warnings. */
export interface NarrativeFindings extends Part {
  warnings: string[];
}

/** Runs the news extractor over the narrative `text` (paragraphs joined by a blank line). */
export function narrativeFindings(text: string, meta: ReportMeta): NarrativeFindings {
  const empty: NarrativeFindings = { entities: [], claims: [], events: [], warnings: [] };
  if (text.trim() === '') return empty;
  const article: Article = { text, warnings: [] };
  if (meta.title !== undefined) article.title = meta.title;
  if (meta.publisher !== undefined) article.publisher = meta.publisher;
  if (meta.author !== undefined) article.author = meta.author;
  if (meta.published !== undefined) article.published = meta.published;
  if (meta.language !== undefined) article.language = meta.language;
  if (meta.url !== undefined) article.url = meta.url;
  let extracted: { findings: FindingsInput; warnings: string[] };
  let valid;
  try {
    extracted = extractFindings(article);
    // Checked on its own first, so that a fault of the extractor costs the narrative, not the tables.
    valid = validateFindings(
      { ...extracted.findings, source: { ...extracted.findings.source, kind: 'ngo-report', text } },
      'the narrative',
    );
  } catch (error) {
    return {
      ...empty,
      warnings: [
        `the report's narrative was not extracted (its tables are imported): ${(error as Error).message}`,
      ],
    };
  }
  const rename = (ref: string) => `${NARRATIVE_REF_PREFIX}${ref}`.slice(0, 200);
  const { findings } = valid;
  return {
    entities: findings.entities.map((entity) => ({ ...entity, ref: rename(entity.ref) })),
    claims: findings.claims.map((claim) => ({
      ...claim,
      subject: rename(claim.subject),
      ...(claim.object !== undefined ? { object: rename(claim.object) } : {}),
    })),
    events: findings.events.map((event) => ({
      ...event,
      ref: rename(event.ref),
      ...(event.place !== undefined ? { place: rename(event.place) } : {}),
      participants: event.participants.map((p) => ({ ...p, ref: rename(p.ref) })),
    })),
    warnings: [
      ...article.warnings,
      ...extracted.warnings.map((w) => `narrative: ${w}`),
      ...valid.warnings.map((w) => `narrative ${w.path}: ${w.message}`),
    ],
  };
}
