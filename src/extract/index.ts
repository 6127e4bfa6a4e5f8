/**
 * The extractor: an Article in, Findings out, through small pure stages —
 * segment (paragraphs, sentences) -> recognise (dates, places, organisations, people,
 * communities, station terms) -> stations (mentions resolved to stations) -> link (entities,
 * claims, events) -> findings. Every claim and event quotes its sentence with exact offsets.
 */
import type { FindingsInput } from '../findings/schema.js';
import type { Article } from './article.js';
import { link } from './link.js';
import { countryPlace, resolvePlace } from './places.js';
import { recognise, type RecogniseContext } from './recognise.js';
import { segment } from './segment.js';
import { resolveStations, stationMentions } from './stations.js';
import { chunks, tokenize } from './tokens.js';
import { demonymCountry } from './places.js';

export type { Article, Dateline } from './article.js';

/** Options of the extractor. */
export interface ExtractOptions {
  /** The article's language when it does not say (ISO 639-1); default "en". */
  language?: string;
}

/** Extracts entities, claims and events from an article; the result validates as Findings. */
export function extractFindings(
  article: Article,
  options: ExtractOptions = {},
): { findings: FindingsInput; warnings: string[] } {
  const sentences = segment(article.text);
  const countries = articleCountries(
    article,
    sentences.map((s) => s.text),
  );
  const context: RecogniseContext = {
    countries,
    language: article.language ?? options.language ?? 'en',
    persons: new Map(),
    ...(article.published !== undefined ? { reference: article.published } : {}),
  };
  const recognised = sentences.map((sentence) => recognise(sentence, context));
  const articleHasStations = recognised.some((r) => r.stationTerms.length > 0);
  const mentions = recognised.map((r) => stationMentions(r, articleHasStations));
  const stations = resolveStations(mentions.flat());
  const { builder, warnings } = link({ article, recognised, mentions, stations, countries });
  if (article.published === undefined)
    warnings.push('the article has no date: claims are undated and relative dates unresolved');
  return { findings: builder.build(), warnings };
}

/** The countries an article names (by name, demonym, or its dateline), most mentioned first. */
export function articleCountries(article: Article, sentences: string[]): Set<string> {
  const counts = new Map<string, number>();
  const add = (code: string | undefined, weight = 1) => {
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + weight);
  };
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    for (const chunk of chunks(sentence, tokens)) {
      const n = chunk.tokens.length;
      for (let i = 0; i < n; i += 1) {
        for (let j = i; j < Math.min(n, i + 4); j += 1) {
          const a = chunk.tokens[i];
          const b = chunk.tokens[j];
          if (a === undefined || b === undefined) continue;
          add(countryPlace(sentence.slice(a.start, b.end))?.country);
        }
        add(demonymCountry(chunk.tokens[i]?.text ?? ''));
      }
    }
  }
  const place = article.dateline?.place;
  if (place !== undefined) {
    for (const part of place.split(/\s*,\s*/))
      add(resolvePlace(part, { countries: new Set(counts.keys()) }, true)?.country, 3);
  }
  return new Set([...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code));
}
