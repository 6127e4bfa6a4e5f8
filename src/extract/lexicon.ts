/**
 * The hand-written lexicons of lexicon/*.json (each entry says where it comes from), loaded once
 * and compiled into phrase matchers: one regular expression per word list, longest form first,
 * matching whole words case-insensitively.
 */
import { readFileSync } from 'node:fs';
import type {
  EventType,
  OrganisationKind,
  PersonRole,
  StationStatus,
} from '../findings/vocabulary.js';

/** A phrase found in a text: where, and which form of the list matched. */
export interface PhraseMatch {
  start: number;
  end: number;
  text: string;
}

/** Finds the phrases of one word list in a text. */
export class PhraseMatcher {
  private readonly pattern: RegExp | undefined;

  constructor(forms: Iterable<string>, options: { caseSensitive?: boolean } = {}) {
    const unique = [...new Set([...forms].map((f) => f.trim()).filter((f) => f !== ''))];
    unique.sort((a, b) => b.length - a.length);
    if (unique.length === 0) {
      this.pattern = undefined;
      return;
    }
    const alternatives = unique.map((form) => escape(form).replace(/\s+/g, '\\s+'));
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
      options.caseSensitive ? 'gu' : 'giu',
    );
  }

  /** Every non-overlapping match, left to right (the longest form wins at one position). */
  find(text: string): PhraseMatch[] {
    if (this.pattern === undefined) return [];
    const out: PhraseMatch[] = [];
    this.pattern.lastIndex = 0;
    for (const match of text.matchAll(this.pattern)) {
      out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
    return out;
  }

  /** True when the text holds one of the phrases. */
  test(text: string): boolean {
    if (this.pattern === undefined) return false;
    this.pattern.lastIndex = 0;
    return this.pattern.test(text);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function read<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./lexicon/${file}`, import.meta.url), 'utf8')) as T;
}

/** Lower-cased form → value, for the lists that map a phrase to something. */
function mapOf<T>(
  entries: Array<{ forms: string[] } & T>,
  value: (entry: T) => string,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of entries)
    for (const form of entry.forms) map.set(squashLower(form), value(entry));
  return map;
}

/** Lower case with single spaces: the key of a phrase in the lexicon maps. */
export function squashLower(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

interface StationsFile {
  terms: Array<{ singular: string[]; plural: string[]; label: string }>;
  secondary: Array<{ singular: string[]; plural: string[] }>;
  anaphora: { forms: string[] };
}
interface StatusesFile {
  statuses: Array<{ status: StationStatus; forms: string[]; weak?: boolean }>;
}
interface EventsFile {
  events: Array<{ type: EventType; forms: string[] }>;
  attribution: string[];
}
interface PeopleFile {
  titles: Array<{ forms: string[]; role: PersonRole | 'GENERIC' }>;
  defendantCues: string[];
  residentCues: string[];
  sourceOfCues: string[];
  honorifics: string[];
  notNames: string[];
}
interface OrganisationsFile {
  heads: string[];
  notHeadsAlone: string[];
  collectives: Array<{ forms: string[]; kind: OrganisationKind; name: string }>;
  networks: string[];
  anaphora: Array<{ forms: string[]; kinds: OrganisationKind[] }>;
  appositives: { based: string[]; descriptors: Record<string, string[]> };
  headKinds: Record<string, string[]>;
  headSuffixes: Record<string, OrganisationKind>;
  demonymAdjectives: Record<string, string[]>;
}
interface CommunitiesFile {
  communities: Array<{ community: string; forms: string[] }>;
  targeting: string[];
}
interface RelationsFile {
  basedIn: string[];
  bureauPhrases: string[];
  policeWords: string[];
  operatedBy: string[];
  hostedBy: string[];
  reportedBy: string[];
  reportingVerbs: string[];
  investigatedBy: string[];
  units: Array<{ forms: string[]; unit: string }>;
}
interface PlacesFile {
  districts: Array<{ name: string; city: string; country: string }>;
  generic: Array<{ name: string }>;
  metonyms: Array<{ name: string; country: string; organisation: string }>;
  metonymVerbs: string[];
  locatives: string[];
}

/** Every lexicon, compiled. */
export interface Lexicon {
  stationTerms: PhraseMatcher;
  stationLabel: Map<string, string>;
  /** Lower-cased station forms (primary and secondary) that are plural. */
  stationPlural: Set<string>;
  stationSecondary: PhraseMatcher;
  stationAnaphora: PhraseMatcher;
  statuses: Array<{ status: StationStatus; weak: boolean; matcher: PhraseMatcher }>;
  events: Array<{ type: EventType; matcher: PhraseMatcher }>;
  attribution: PhraseMatcher;
  titles: PhraseMatcher;
  titleRole: Map<string, PersonRole | 'GENERIC'>;
  defendantCues: PhraseMatcher;
  residentCues: PhraseMatcher;
  sourceOfCues: PhraseMatcher;
  honorifics: Set<string>;
  notNames: Set<string>;
  orgHeads: Set<string>;
  /** Lower-case organisation noun → the kind it suggests (non-English heads). */
  headKind: Map<string, OrganisationKind>;
  /** Compound endings (German, Dutch) → kind: "Bundesinnenministerium". */
  headSuffixes: Array<[string, OrganisationKind]>;
  /** Lower-case nationality adjectives of other languages → alpha-2 ("italiana" → IT). */
  demonymAdjective: Map<string, string>;
  basedIn: PhraseMatcher;
  bureauPhrases: PhraseMatcher;
  policeWords: Set<string>;
  orgHeadsNotAlone: Set<string>;
  collectives: PhraseMatcher;
  collective: Map<string, { kind: OrganisationKind; name: string }>;
  networks: PhraseMatcher;
  orgAnaphora: PhraseMatcher;
  orgAnaphoraKinds: Map<string, OrganisationKind[]>;
  basedWords: Set<string>;
  descriptors: PhraseMatcher;
  descriptorKind: Map<string, OrganisationKind>;
  communities: PhraseMatcher;
  communityOf: Map<string, string>;
  targeting: PhraseMatcher;
  operatedBy: PhraseMatcher;
  hostedBy: PhraseMatcher;
  reportedBy: PhraseMatcher;
  reportingVerbs: PhraseMatcher;
  investigatedBy: PhraseMatcher;
  units: PhraseMatcher;
  unitOf: Map<string, string>;
  districts: Map<string, { city: string; country: string }>;
  genericPlaces: Set<string>;
  metonyms: Map<string, { country: string; organisation: string }>;
  metonymVerbs: Set<string>;
  locatives: Set<string>;
}

let lexicon: Lexicon | undefined;

/** The compiled lexicons (read from disk on the first call only). */
export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const stations = read<StationsFile>('stations.json');
  const statuses = read<StatusesFile>('statuses.json');
  const events = read<EventsFile>('events.json');
  const people = read<PeopleFile>('people.json');
  const organisations = read<OrganisationsFile>('organisations.json');
  const communities = read<CommunitiesFile>('communities.json');
  const relations = read<RelationsFile>('relations.json');
  const places = read<PlacesFile>('places.json');
  const descriptorKind = new Map<string, OrganisationKind>();
  for (const [kind, forms] of Object.entries(organisations.appositives.descriptors)) {
    for (const form of forms) descriptorKind.set(squashLower(form), kind as OrganisationKind);
  }
  const orgAnaphoraKinds = new Map<string, OrganisationKind[]>();
  for (const entry of organisations.anaphora) {
    for (const form of entry.forms) orgAnaphoraKinds.set(squashLower(form), entry.kinds);
  }
  const collective = new Map<string, { kind: OrganisationKind; name: string }>();
  for (const entry of organisations.collectives) {
    for (const form of entry.forms)
      collective.set(squashLower(form), { kind: entry.kind, name: entry.name });
  }
  lexicon = {
    stationTerms: new PhraseMatcher(stations.terms.flatMap((t) => [...t.singular, ...t.plural])),
    stationLabel: mapOf(
      stations.terms.map((t) => ({ forms: [...t.singular, ...t.plural], label: t.label })),
      (t) => t.label,
    ),
    stationPlural: new Set(
      [...stations.terms, ...stations.secondary].flatMap((t) => t.plural.map(squashLower)),
    ),
    stationSecondary: new PhraseMatcher(
      stations.secondary.flatMap((t) => [...t.singular, ...t.plural]),
    ),
    stationAnaphora: new PhraseMatcher(stations.anaphora.forms),
    statuses: statuses.statuses.map((s) => ({
      status: s.status,
      weak: s.weak === true,
      matcher: new PhraseMatcher(s.forms),
    })),
    events: events.events.map((e) => ({ type: e.type, matcher: new PhraseMatcher(e.forms) })),
    attribution: new PhraseMatcher(events.attribution),
    titles: new PhraseMatcher(people.titles.flatMap((t) => t.forms)),
    titleRole: mapOf(people.titles, (t) => t.role) as Map<string, PersonRole | 'GENERIC'>,
    defendantCues: new PhraseMatcher(people.defendantCues),
    residentCues: new PhraseMatcher(people.residentCues),
    sourceOfCues: new PhraseMatcher(people.sourceOfCues),
    honorifics: new Set(people.honorifics),
    notNames: new Set(people.notNames),
    orgHeads: new Set(organisations.heads),
    headKind: new Map(
      Object.entries(organisations.headKinds).flatMap(([kind, words]) =>
        words.map((w): [string, OrganisationKind] => [w, kind as OrganisationKind]),
      ),
    ),
    headSuffixes: Object.entries(organisations.headSuffixes),
    demonymAdjective: new Map(
      Object.entries(organisations.demonymAdjectives).flatMap(([code, words]) =>
        words.map((w): [string, string] => [w, code]),
      ),
    ),
    basedIn: new PhraseMatcher(relations.basedIn),
    bureauPhrases: new PhraseMatcher(relations.bureauPhrases),
    policeWords: new Set(relations.policeWords),
    orgHeadsNotAlone: new Set(organisations.notHeadsAlone),
    collectives: new PhraseMatcher(organisations.collectives.flatMap((c) => c.forms)),
    collective,
    networks: new PhraseMatcher(organisations.networks),
    orgAnaphora: new PhraseMatcher(organisations.anaphora.flatMap((a) => a.forms)),
    orgAnaphoraKinds,
    basedWords: new Set(organisations.appositives.based),
    descriptors: new PhraseMatcher(descriptorKind.keys()),
    descriptorKind,
    communities: new PhraseMatcher(communities.communities.flatMap((c) => c.forms)),
    communityOf: mapOf(communities.communities, (c) => c.community),
    targeting: new PhraseMatcher(communities.targeting),
    operatedBy: new PhraseMatcher(relations.operatedBy),
    hostedBy: new PhraseMatcher(relations.hostedBy),
    reportedBy: new PhraseMatcher(relations.reportedBy),
    reportingVerbs: new PhraseMatcher(relations.reportingVerbs),
    investigatedBy: new PhraseMatcher(relations.investigatedBy),
    units: new PhraseMatcher(relations.units.flatMap((u) => u.forms)),
    unitOf: mapOf(relations.units, (u) => u.unit),
    districts: new Map(
      places.districts.map((d) => [d.name.toLowerCase(), { city: d.city, country: d.country }]),
    ),
    genericPlaces: new Set(places.generic.map((g) => g.name.toLowerCase())),
    metonyms: new Map(
      places.metonyms.map((m) => [
        m.name.toLowerCase(),
        { country: m.country, organisation: m.organisation },
      ]),
    ),
    metonymVerbs: new Set(places.metonymVerbs),
    locatives: new Set(places.locatives),
  };
  return lexicon;
}
