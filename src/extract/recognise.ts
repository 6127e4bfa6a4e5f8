/**
 * The recognise stage: the mentions of one sentence. Dates (chrono), targeted communities (the
 * community lexicon), organisations (the curated alias table first, then public security bureau
 * phrases, organisation nouns, demonym + collective, capital-for-government), places (gazetteer
 * lookups on windows of proper-noun chunks) and people (capitalised names with a cue: an age, a
 * title, a verb of saying, a court context). Each span is claimed once, in that order.
 */
import { resolveCommunity } from '../resolve/communities.js';
import { tokenKey } from '../resolve/names.js';
import { guessOrganisationKind, resolveOrganisation } from '../resolve/organisations.js';
import type { OrganisationKind } from '../findings/vocabulary.js';
import { findDates, type DateMention } from './dates.js';
import { getLexicon, squashLower, type PhraseMatch } from './lexicon.js';
import {
  countryPlace,
  countryPlaceByCode,
  demonymCountry,
  resolvePlace,
  type Place,
  type PlaceContext,
} from './places.js';
import { resolveRegion } from '../resolve/places.js';
import type { Sentence } from './segment.js';
import { chunks, isStopword, tokenize, type Chunk, type Token } from './tokens.js';

/** A span of the sentence (offsets relative to the sentence text). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface PlaceMention extends Span {
  place: Place;
  /** Written "X-based". */
  based: boolean;
  possessive: boolean;
  /** "Brossard, Quebec": the region names where the city before it is. */
  regionOf?: PlaceMention;
}

export interface OrgMention extends Span {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
  /** Alpha-2 code of the country it belongs to, and how we know. */
  country?: string;
  countryFrom?: 'name' | 'table' | 'context';
  /** The place its name or the sentence puts it in ("Fuzhou Public Security Bureau"). */
  place?: Place;
  /** The organisation is a network of another one ("UFWD networks"). */
  network?: { of: string };
  /** Known from the curated alias table. */
  known: boolean;
}

export interface PersonMention extends Span {
  name: string;
}

export interface CommunityMention extends Span {
  name: string;
}

export interface DemonymMention extends Span {
  country: string;
}

/** Everything recognised in one sentence. */
export interface Recognised {
  sentence: Sentence;
  tokens: Token[];
  dates: DateMention[];
  communities: CommunityMention[];
  orgs: OrgMention[];
  places: PlaceMention[];
  persons: PersonMention[];
  demonyms: DemonymMention[];
  stationTerms: PhraseMatch[];
}

/** What recognition may know from the rest of the article. */
export interface RecogniseContext extends PlaceContext {
  reference?: string;
  language: string;
  /** People named so far: tokenKey → full name. */
  persons: Map<string, string>;
}

const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
const DETERMINERS = new Set([
  'The',
  'A',
  'An',
  'This',
  'These',
  'That',
  'Those',
  'Il',
  'La',
  'Le',
  'Lo',
  'Gli',
  'I',
  'El',
  'Los',
  'Las',
  'De',
  'Het',
  'Der',
  'Die',
  'Das',
  'Les',
  "L'",
  'Un',
  'Una',
  'Une',
  'Een',
  'Ein',
  'Eine',
]);
const CONNECTOR = /^(?:and|of|the|for|de|di|del|della|van|der|von|e|y|en|la|le|du|des|da|dei)$/;
const AGE_AFTER = /^\s*(?:,\s*(?:aged\s+)?|\(\s*)(\d{1,3})\s*(?:,|\)|\b(?:years? old)\b)/;
const TITLE_AFTER = /^\s*,\s*(?:(?:the|a|an)\s+|\p{Lu}[\p{L}]+['’]s\s+)?(?:[\p{Ll}-]+\s+){0,3}/u;

/** Recognises the mentions of one sentence. */
export function recognise(sentence: Sentence, context: RecogniseContext): Recognised {
  const lexicon = getLexicon();
  const text = sentence.text;
  const tokens = tokenize(text);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const takeSpan = (start: number, end: number) => {
    for (const token of tokens)
      if (token.start >= start && token.end <= end) taken[token.index] = true;
  };

  const dates = findDates(text, context.reference, context.language);
  for (const date of dates) takeSpan(date.start, date.end);

  const communities: CommunityMention[] = [];
  for (const match of lexicon.communities.find(text)) {
    const canonical = lexicon.communityOf.get(squashLower(match.text));
    if (canonical === undefined) continue;
    communities.push({ ...match, name: resolveCommunity(canonical).name });
    takeSpan(match.start, match.end);
  }

  const stationTerms = lexicon.stationTerms.find(text);
  const allChunks = chunks(text, tokens);
  const orgs = recogniseOrganisations(text, tokens, allChunks, taken, stationTerms, context);
  for (const org of orgs) takeSpan(org.start, org.end);

  const demonyms: DemonymMention[] = [];
  for (const token of tokens) {
    if (taken[token.index]) continue;
    const country = token.cap
      ? demonymCountry(token.text)
      : lexicon.demonymAdjective.get(token.text.toLowerCase());
    if (country !== undefined && countryPlace(token.text) === undefined) {
      demonyms.push({ start: token.start, end: token.end, text: token.text, country });
    }
  }
  orgs.push(...recogniseCollectives(text, tokens, demonyms, stationTerms, orgs, taken));
  for (const org of orgs) takeSpan(org.start, org.end);

  // People with a strong cue (an age, a title) come before places: "Chen Jinping, 59" is no town.
  const strongPersons = recognisePeople(text, tokens, allChunks, taken, context, true);
  for (const person of strongPersons) takeSpan(person.start, person.end);

  const demonymTokens = new Set(demonyms.map((d) => d.start));
  const places: PlaceMention[] = [];
  for (const chunk of allChunks)
    places.push(...placesInChunk(text, chunk, tokens, taken, demonymTokens, context));
  for (const place of places) takeSpan(place.start, place.end);
  for (const demonym of demonyms) takeSpan(demonym.start, demonym.end);
  for (const token of tokens) {
    const based = /^(.+)-based$/i.exec(token.text);
    if (based?.[1] === undefined || taken[token.index]) continue;
    const place = resolvePlace(based[1], context, true);
    if (place !== undefined) {
      places.push({
        start: token.start,
        end: token.start + based[1].length,
        text: based[1],
        place,
        based: true,
        possessive: false,
      });
      taken[token.index] = true;
    }
  }
  places.sort((a, b) => a.start - b.start);
  qualifyRegions(text, places);

  const persons = [
    ...strongPersons,
    ...recognisePeople(text, tokens, allChunks, taken, context, false),
  ].sort((a, b) => a.start - b.start);
  for (const person of persons) context.persons.set(tokenKey(person.name), person.name);
  return { sentence, tokens, dates, communities, orgs, places, persons, demonyms, stationTerms };
}

/** "Brossard, Quebec": a name after a city and a comma is the city's region when it can be. */
function qualifyRegions(text: string, places: PlaceMention[]): void {
  for (let i = 1; i < places.length; i += 1) {
    const city = places[i - 1] as PlaceMention;
    const next = places[i] as PlaceMention;
    if (city.place.type !== 'City' || !/^\s*,\s*$/.test(text.slice(city.end, next.start))) continue;
    if (next.place.type === 'Country') continue;
    const region = resolveRegion(next.text, { country: city.place.country });
    if (region === undefined) continue;
    next.place = {
      type: 'Region',
      name: region.name,
      country: region.country,
      region: region.code,
    };
    next.regionOf = city;
  }
}

function windows(n: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let length = Math.min(n, max); length >= 1; length -= 1) {
    for (let i = 0; i + length <= n; i += 1) out.push([i, i + length - 1]);
  }
  return out;
}

function spanOf(text: string, tokens: Token[], from: number, to: number): Span {
  const a = tokens[from] as Token;
  const b = tokens[to] as Token;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}

function knownOrg(span: Span, previous: Token | undefined): OrgMention | undefined {
  const match = resolveOrganisation(span.text);
  if (match.kind === undefined) return undefined;
  const org: OrgMention = {
    ...span,
    name: match.name,
    kind: match.kind,
    aliases: match.aliases,
    known: true,
  };
  if (match.country !== undefined) {
    org.country = match.country;
    org.countryFrom = 'table';
    if (previous !== undefined && demonymCountry(previous.text) === match.country)
      org.countryFrom = 'name';
  }
  return org;
}

/** "Fuzhou Public Security Bureau", "the Qingtian police": a bureau and, when known, its city. */
function bureau(
  name: string,
  context: RecogniseContext,
):
  | { name: string; kind: OrganisationKind; aliases: string[]; place: Place; known: boolean }
  | undefined {
  const cityName = name.trim();
  const known = [`${cityName} Public Security Bureau`, `${cityName} Police`, `${cityName} PSB`]
    .map((n) => resolveOrganisation(n))
    .find((m) => m.kind === 'POLICE_BUREAU');
  const resolved = resolvePlace(
    cityName,
    { countries: new Set(['CN', ...context.countries]) },
    true,
  );
  const place: Place | undefined =
    resolved?.country === 'CN'
      ? resolved
      : known !== undefined
        ? { type: 'City', name: cityName, country: 'CN' }
        : undefined;
  if (place === undefined) return undefined;
  if (known !== undefined)
    return { name: known.name, kind: 'POLICE_BUREAU', aliases: known.aliases, place, known: true };
  return {
    name: `${cityName} Public Security Bureau`,
    kind: 'POLICE_BUREAU',
    aliases: [],
    place,
    known: false,
  };
}

function recogniseOrganisations(
  text: string,
  tokens: Token[],
  allChunks: Chunk[],
  taken: boolean[],
  stationTerms: PhraseMatch[],
  context: RecogniseContext,
): OrgMention[] {
  const lexicon = getLexicon();
  const orgs: OrgMention[] = [];
  const used = tokens.map((t) => taken[t.index] === true);
  const take = (from: number, to: number) => {
    for (let i = from; i <= to; i += 1) used[i] = true;
  };
  // 1. Names the alias table knows, over any window that starts with a capital (names keep
  //    lower-case words: "Gendarmerie royale du Canada").
  for (const [from, to] of windows(tokens.length, 7)) {
    if (used.slice(from, to + 1).some(Boolean)) continue;
    const first = tokens[from] as Token;
    const last = tokens[to] as Token;
    if (!first.cap || (!last.cap && to > from)) continue;
    if (to > from && !/^[\s\p{L}\p{N}&'’.-]*$/u.test(text.slice(first.start, last.end))) continue;
    if (to === from && first.text.length < 2) continue;
    const org = knownOrg(spanOf(text, tokens, from, to), tokens[from - 1]);
    if (org === undefined) continue;
    if (org.kind === 'POLICE_BUREAU') {
      const city = bureauCity(org.name);
      if (city !== undefined) {
        const b = bureau(city, context);
        if (b !== undefined) org.place = b.place;
      }
    }
    orgs.push(org);
    take(from, to);
  }
  // 2. Public security bureaus by description: "public security bureaus in Fuzhou and Qingtian",
  //    "la polizia di Wenzhou", "Fuzhou police".
  for (const match of lexicon.bureauPhrases.find(text)) {
    const after =
      /^\s+(?:(?:of|in|from|de|di|del|della|von|van|du|de la)\s+)?((?:\p{Lu}[\p{L}-]+(?:\s*,\s*|\s+(?:and|or|e|y|et|und|en)\s+)?)+)/u.exec(
        text.slice(match.end),
      );
    if (after === null) continue;
    let offset = match.end + (after[0].length - (after[1] ?? '').length);
    for (const name of (after[1] ?? '').split(/(\s*,\s*|\s+(?:and|or|e|y|et|und|en)\s+)/)) {
      const start = offset;
      offset += name.length;
      if (!/^\p{Lu}/u.test(name)) continue;
      const b = bureau(name, context) ?? {
        name: `${name.trim()} Public Security Bureau`,
        kind: 'POLICE_BUREAU' as const,
        aliases: [],
        place: { type: 'City' as const, name: name.trim(), country: 'CN' },
        known: false,
      };
      orgs.push({
        start: match.start,
        end: start + name.length,
        text: text.slice(match.start, start + name.length),
        country: 'CN',
        countryFrom: 'name',
        ...b,
      });
      takeSpan(tokens, used, start, start + name.length);
    }
    takeSpan(tokens, used, match.start, match.end);
  }
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (!lexicon.policeWords.has(token.text.toLowerCase()) || used[i]) continue;
    // "police in Wenzhou", "polizia di Qingtian", "Polizei in Qingtian"
    const after = /^\s+(?:in|of|di|de|von|van|du|en|from)\s+(\p{Lu}[\p{L}-]+)/u.exec(
      text.slice(token.end),
    );
    if (after?.[1] !== undefined) {
      const b = bureau(after[1], context);
      const end = token.end + after[0].length;
      if (b !== undefined) {
        orgs.push({
          start: token.start,
          end,
          text: text.slice(token.start, end),
          country: 'CN',
          countryFrom: 'name',
          ...b,
        });
        takeSpan(tokens, used, token.start, end);
        continue;
      }
    }
    // "Fuzhou police"
    const previous = tokens[i - 1];
    if (
      previous !== undefined &&
      previous.cap &&
      !used[i - 1] &&
      /^\s+$/.test(text.slice(previous.end, token.start))
    ) {
      const b = bureau(previous.text, context);
      if (b !== undefined) {
        orgs.push({
          start: previous.start,
          end: token.end,
          text: text.slice(previous.start, token.end),
          country: 'CN',
          countryFrom: 'name',
          ...b,
        });
        used[i - 1] = true;
        used[i] = true;
      }
    }
  }
  // 3. Runs of a chunk with an organisation noun ("Tibet Support Group", "Associazione ...").
  const inStationTerm = (t: Token) =>
    stationTerms.some((s) => s.start <= t.start && t.end <= s.end);
  for (const chunk of allChunks) {
    let run: Token[] = [];
    const flush = () => {
      if (run.length > 0) {
        const org = headOrganisation(text, tokens, run, context);
        if (org !== undefined) {
          orgs.push(org);
          for (const t of run) if (t.start >= org.start && t.end <= org.end) used[t.index] = true;
        }
      }
      run = [];
    };
    chunk.tokens.forEach((token, i) => {
      const next = chunk.tokens[i + 1];
      const free = !used[token.index] && !inStationTerm(token);
      if (!free) return flush();
      // "Ministry of Justice and Ministry of Social Affairs": "and" before a head splits.
      if (token.text === 'and' && next !== undefined && lexicon.orgHeads.has(next.text))
        return flush();
      run.push(token);
    });
    flush();
  }
  // Capitals that speak for their government ("Beijing denied").
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const metonym = lexicon.metonyms.get(token.text.toLowerCase());
    const next = tokens[i + 1];
    if (metonym === undefined || !token.cap || next === undefined || used[i]) continue;
    if (!lexicon.metonymVerbs.has(next.text.toLowerCase())) continue;
    orgs.push({
      start: token.start,
      end: token.end,
      text: token.text,
      name: metonym.organisation,
      kind: 'GOVERNMENT',
      aliases: [],
      country: metonym.country,
      countryFrom: 'name',
      known: false,
    });
    used[i] = true;
  }
  // Parenthesised acronyms are aliases of the name before them, not other organisations.
  orgs.sort((a, b) => a.start - b.start);
  const merged: OrgMention[] = [];
  for (const org of orgs) {
    const previous = merged[merged.length - 1];
    if (
      previous !== undefined &&
      /^\s*\($/.test(text.slice(previous.end, org.start)) &&
      text[org.end] === ')'
    ) {
      if (org.known && !previous.known) {
        merged[merged.length - 1] = {
          ...org,
          start: previous.start,
          end: org.end + 1,
          text: text.slice(previous.start, org.end + 1),
        };
      } else if (org.name === previous.name || !org.known) {
        if (!previous.aliases.includes(org.text)) previous.aliases.push(org.text);
      } else merged.push(org);
      continue;
    }
    merged.push(org);
  }
  // "UFWD networks": a network of the organisation.
  for (const org of [...merged]) {
    const network =
      /^\s+(networks?|rete|reti|red|redes|netwerk(?:en)?|netzwerke?|réseaux?)\b/i.exec(
        text.slice(org.end, org.end + 12),
      );
    if (network === null) continue;
    merged.push({
      start: org.start,
      end: org.end + network[0].length,
      text: text.slice(org.start, org.end + network[0].length),
      name: `${org.name} network`,
      kind: org.kind,
      aliases: [],
      network: { of: org.name },
      known: false,
    });
  }
  return merged;
}

function takeSpan(tokens: Token[], used: boolean[], start: number, end: number): void {
  for (const token of tokens)
    if (token.start >= start && token.end <= end) used[token.index] = true;
}

/** "Fuzhou Public Security Bureau" → "Fuzhou"; undefined when the name does not start with a place. */
function bureauCity(name: string): string | undefined {
  const match =
    /^(\p{Lu}[\p{L}-]+)\s+(?:County\s+|Municipal\s+)?(?:Public Security Bureau|Police|PSB)/u.exec(
      name,
    );
  return match?.[1];
}

function headKindOf(tokens: Token[]): OrganisationKind | undefined {
  const lexicon = getLexicon();
  for (const token of tokens) {
    const kind = lexicon.headKind.get(token.text.toLowerCase());
    if (kind !== undefined) return kind;
  }
  return undefined;
}

function compoundKind(word: string): OrganisationKind | undefined {
  const lower = word.toLowerCase();
  return getLexicon().headSuffixes.find(
    ([suffix]) => lower.endsWith(suffix) && lower.length > suffix.length + 2,
  )?.[1];
}

function headOrganisation(
  text: string,
  all: Token[],
  run: Token[],
  context: RecogniseContext,
): OrgMention | undefined {
  const lexicon = getLexicon();
  let tokens = run;
  while (
    tokens.length > 0 &&
    (DETERMINERS.has(tokens[0]?.text ?? '') ||
      (tokens[0]?.index === 0 && isStopword(tokens[0]?.text ?? '', context.language)))
  ) {
    tokens = tokens.slice(1);
  }
  while (tokens.length > 0 && CONNECTOR.test(tokens[tokens.length - 1]?.text ?? ''))
    tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  const span = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  // One-word compounds: "Bundesinnenministerium".
  if (tokens.length === 1) {
    const kind = compoundKind(first.text);
    return kind === undefined
      ? undefined
      : { ...span, name: first.text, kind, aliases: [], known: false };
  }
  const heads = tokens.filter((t) => lexicon.orgHeads.has(t.text));
  if (heads.length === 0) return undefined;
  const demonym = demonymCountry(first.text);
  const rest = demonym === undefined ? tokens : tokens.slice(1);
  if (rest.length === 0) return undefined;
  const restText = text.slice((rest[0] as Token).start, last.end);
  if (
    heads.every((h) => lexicon.orgHeadsNotAlone.has(h.text)) &&
    tokens.length < 3 &&
    demonym === undefined
  )
    return undefined;
  const country = demonym === undefined ? undefined : countryPlaceByCode(demonym);
  let name = span.text;
  if (country !== undefined) {
    const generic =
      /^(?:Government|Embassy|Consulate|Parliament|Police|Ministry|Department|Foreign Ministry)\b/.exec(
        restText,
      );
    if (generic !== null && rest.length === 1)
      name = restText === 'Police' ? `${first.text} police` : `${restText} of ${country.name}`;
    else if (generic !== null) name = `${restText} (${country.name})`;
    else {
      const known = resolveOrganisation(restText);
      name = known.kind !== undefined ? known.name : span.text;
    }
  }
  const kind =
    guessOrganisationKind(name) ??
    headKindOf(tokens) ??
    guessOrganisationKind(span.text) ??
    'OTHER';
  const org: OrgMention = {
    ...span,
    name,
    kind,
    aliases: name === span.text ? [] : [span.text],
    known: false,
  };
  if (demonym !== undefined) {
    org.country = demonym;
    org.countryFrom = 'name';
  }
  const leading = resolvePlace(first.text, context, false);
  if (leading !== undefined && leading.type !== 'Country') org.place = leading;
  else if (leading?.type === 'Country') {
    org.country = leading.country;
    org.countryFrom = 'name';
  }
  void all;
  return org;
}

function recogniseCollectives(
  text: string,
  tokens: Token[],
  demonyms: DemonymMention[],
  stationTerms: PhraseMatch[],
  orgs: OrgMention[],
  taken: boolean[],
): OrgMention[] {
  const lexicon = getLexicon();
  const out: OrgMention[] = [];
  const make = (
    start: number,
    end: number,
    code: string,
    collective: string,
    adjective: string,
  ): void => {
    if (stationTerms.some((s) => s.start < end && start < s.end && !(s.start >= end))) {
      if (stationTerms.some((s) => s.start <= end && s.start >= start)) return;
    }
    if (
      orgs.some((o) => o.start < end && start < o.end) ||
      out.some((o) => o.start < end && start < o.end)
    )
      return;
    const entry = lexicon.collective.get(squashLower(collective));
    const country = countryPlaceByCode(code);
    if (entry === undefined || country === undefined) return;
    const demonymWord = /^\p{Lu}/u.test(adjective) ? adjective : country.name;
    const name = entry.name.replace('{demonym}', demonymWord).replace('{country}', country.name);
    const written = text.slice(start, end);
    out.push({
      start,
      end,
      text: written,
      name,
      kind: entry.kind,
      aliases: name === written ? [] : [written],
      country: code,
      countryFrom: 'name',
      known: false,
    });
  };
  for (const demonym of demonyms) {
    // "Canadian police", "die chinesische Botschaft"
    const gap = /^\s+/.exec(text.slice(demonym.end));
    if (gap !== null) {
      const at = demonym.end + gap[0].length;
      const match = lexicon.collectives.find(text.slice(at, at + 40)).find((m) => m.start === 0);
      if (match !== undefined && !stationTerms.some((s) => s.start <= at && at < s.end))
        make(demonym.start, at + match.end, demonym.country, match.text, demonym.text);
    }
    // "la polizia italiana", "l'ambasciata cinese"
    const before = text.slice(Math.max(0, demonym.start - 30), demonym.start);
    const match = lexicon.collectives
      .find(before)
      .filter((m) => /^\s+$/.test(before.slice(m.end)))
      .pop();
    if (match !== undefined)
      make(
        demonym.start - before.length + match.start,
        demonym.end,
        demonym.country,
        match.text,
        demonym.text,
      );
  }
  // "Ireland's government", "China's embassy"
  for (const token of tokens) {
    if (!token.possessive || !token.cap || taken[token.index]) continue;
    const country = countryPlace(token.text);
    if (country === undefined) continue;
    const at = /^['’]s?\s+/.exec(text.slice(token.end));
    if (at === null) continue;
    const from = token.end + at[0].length;
    const match = lexicon.collectives.find(text.slice(from, from + 40)).find((m) => m.start === 0);
    if (match !== undefined)
      make(token.start, from + match.end, country.country, match.text, country.name);
  }
  return out;
}

function placesInChunk(
  text: string,
  chunk: Chunk,
  tokens: Token[],
  taken: boolean[],
  demonymTokens: Set<number>,
  context: RecogniseContext,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const used = chunk.tokens.map((t) => taken[t.index] === true);
  for (const [from, to] of windows(chunk.tokens.length, 5)) {
    if (used.slice(from, to + 1).some(Boolean)) continue;
    const first = chunk.tokens[from] as Token;
    const last = chunk.tokens[to] as Token;
    if (from === to && demonymTokens.has(first.start)) continue;
    if (CONNECTOR.test(first.text) || CONNECTOR.test(last.text)) continue;
    const span = text.slice(first.start, last.end);
    const before = tokens[first.index - 1];
    const strong =
      last.possessive ||
      (before !== undefined && getLexicon().locatives.has(before.text.toLowerCase()));
    const place = resolvePlace(span, context, strong);
    if (place === undefined) continue;
    // "Reporting Centre", "The Centre": a small place inside a longer name is part of the name.
    const neighbours = [chunk.tokens[from - 1], chunk.tokens[to + 1]].filter(
      (t): t is Token => t !== undefined && t.cap && !DETERMINERS.has(t.text),
    );
    if (
      neighbours.length > 0 &&
      place.type !== 'Country' &&
      (place.type === 'Region'
        ? !context.countries.has(place.country)
        : (place.population ?? 0) < 100_000)
    )
      continue;
    out.push({
      start: first.start,
      end: last.end,
      text: span,
      place,
      based: false,
      possessive: last.possessive,
    });
    for (let i = from; i <= to; i += 1) used[i] = true;
  }
  return out;
}

function recognisePeople(
  text: string,
  tokens: Token[],
  allChunks: Chunk[],
  taken: boolean[],
  context: RecogniseContext,
  strongOnly: boolean,
): PersonMention[] {
  const lexicon = getLexicon();
  const out: PersonMention[] = [];
  const defendantContext = lexicon.defendantCues.test(text);
  const titles = lexicon.titles.find(text);
  for (const chunk of allChunks) {
    let run: Token[] = [];
    const flush = () => {
      const candidate = run;
      run = [];
      while (
        candidate.length > 0 &&
        (DETERMINERS.has(candidate[0]?.text ?? '') ||
          (candidate[0]?.index === 0 && isStopword(candidate[0]?.text ?? '', context.language)))
      ) {
        candidate.shift();
      }
      if (candidate.length < 2 || candidate.length > 4) {
        if (candidate.length === 1 && !strongOnly) single(candidate[0] as Token);
        return;
      }
      const first = candidate[0] as Token;
      const last = candidate[candidate.length - 1] as Token;
      const name = text.slice(first.start, last.end);
      const after = text.slice(last.end, last.end + 60);
      const before = text.slice(Math.max(0, first.start - 40), first.start);
      const previous = tokens[first.index - 1];
      const titleAfter = TITLE_AFTER.exec(after);
      const strong =
        AGE_AFTER.test(after) ||
        (titleAfter !== null &&
          titles.some(
            (t) =>
              t.start === last.end + titleAfter[0].length ||
              (t.start >= last.end && t.start <= last.end + titleAfter[0].length + 1),
          )) ||
        titles.some(
          (t) => t.end <= first.start && /^\s*,?\s*$/.test(text.slice(t.end, first.start)),
        ) ||
        (previous !== undefined && lexicon.honorifics.has(previous.text.toLowerCase()));
      if (strongOnly) {
        if (strong) out.push({ start: first.start, end: last.end, text: name, name });
        return;
      }
      const cue =
        strong ||
        context.persons.has(tokenKey(name)) ||
        /^\s*(?:,\s*)?(?:said|says|told|added|who|wrote|explained|ha detto|dijo|zei|sagte|a déclaré)\b/.test(
          after,
        ) ||
        /\b(?:said|says|told|named|identified as|called|according to)\s*$/.test(before) ||
        (defendantContext && (/^\s*(?:and|,)\s+\p{Lu}/u.test(after) || /\band\s*$/.test(before)));
      if (cue) out.push({ start: first.start, end: last.end, text: name, name });
    };
    const single = (token: Token) => {
      if (lexicon.notNames.has(token.text)) return;
      const matches = [...context.persons.values()].filter((full) => {
        const parts = full.split(/\s+/);
        return parts[0] === token.text || parts[parts.length - 1] === token.text;
      });
      if (matches.length === 1)
        out.push({
          start: token.start,
          end: token.end,
          text: token.text,
          name: matches[0] as string,
        });
    };
    for (const token of chunk.tokens) {
      const ok =
        !taken[token.index] &&
        NAME_TOKEN.test(token.text) &&
        !lexicon.notNames.has(token.text) &&
        demonymCountry(token.text) === undefined;
      if (ok) {
        run.push(token);
        if (token.possessive) flush();
      } else flush();
    }
    flush();
  }
  return out;
}
