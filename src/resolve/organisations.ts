/**
 * Organisations: the curated alias table (data/organisations.json) turns the many forms a source
 * uses ("UFWD", "the United Front", "FBI's") into one canonical organisation with its kind and
 * country; names the table does not know keep their own key. guessOrganisationKind reads a kind
 * off the words of a name, from the rules in data/organisationKinds.json.
 */
import { readFileSync } from 'node:fs';
import { invariant } from '../errors.js';
import { ORGANISATION_KINDS, type OrganisationKind } from '../findings/vocabulary.js';
import { joinInitials, nameKey, normaliseName } from './names.js';

/** The canonical organisation a name resolves to, or the name itself when it is unknown. */
export interface OrganisationMatch {
  /** nameKey of the canonical name (or of the name as given, when unknown). */
  key: string;
  name: string;
  kind: OrganisationKind | undefined;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code, when the organisation belongs to one country. */
  country?: string;
}

/** One entry of data/organisations.json. */
export interface OrganisationEntry {
  name: string;
  kind: OrganisationKind;
  aliases: string[];
  country?: string;
  source: string;
}

interface KindRule {
  kind: OrganisationKind;
  phrases: string[];
  source: string;
}

let aliasIndex: Map<string, OrganisationEntry> | undefined;
let kindRules: { kind: OrganisationKind; phrases: string[][]; substrings: string[] }[] | undefined;

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

function isKind(kind: string): kind is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(kind);
}

/** The lookup key of a name: normalised, with dotted initials joined ("F.B.I." -> "fbi"). */
function lookupKey(name: string): string {
  return joinInitials(normaliseName(name));
}

function aliases(): Map<string, OrganisationEntry> {
  if (aliasIndex) return aliasIndex;
  const index = new Map<string, OrganisationEntry>();
  for (const entry of organisationEntries()) {
    invariant(
      isKind(entry.kind),
      `organisations.json: ${entry.name} has unknown kind ${entry.kind}`,
    );
    invariant(entry.source.trim() !== '', `organisations.json: ${entry.name} has no source`);
    for (const form of [entry.name, ...entry.aliases]) {
      const key = lookupKey(form);
      const other = index.get(key);
      invariant(
        other === undefined || other === entry,
        `organisations.json: "${form}" names both ${other?.name} and ${entry.name}`,
      );
      index.set(key, entry);
    }
  }
  aliasIndex = index;
  return index;
}

/** Every entry of the curated organisation table, as written in data/organisations.json. */
export function organisationEntries(): OrganisationEntry[] {
  return readData<{ organisations: OrganisationEntry[] }>('organisations.json').organisations;
}

/** The forms of a name worth looking up: as given, without a leading "the", without "'s". */
function forms(name: string): string[] {
  const trimmed = name.trim();
  const withoutThe = trimmed.replace(/^the\s+/i, '');
  const withoutPossessive = (s: string): string => s.replace(/['’]s$/i, '');
  return [trimmed, withoutThe, withoutPossessive(trimmed), withoutPossessive(withoutThe)];
}

/**
 * The canonical organisation `name` refers to when any of its forms (also without a leading
 * "the" or a trailing "'s") matches the alias table; otherwise the name as given, keyed by its
 * nameKey, with no kind.
 */
export function resolveOrganisation(name: string): OrganisationMatch {
  const index = aliases();
  for (const form of forms(name)) {
    const entry = index.get(lookupKey(form));
    if (entry === undefined) continue;
    const match: OrganisationMatch = {
      key: nameKey(entry.name),
      name: entry.name,
      kind: entry.kind,
      aliases: [...entry.aliases],
    };
    if (entry.country !== undefined) match.country = entry.country;
    return match;
  }
  const given = name.trim();
  return { key: nameKey(given), name: given, kind: undefined, aliases: [] };
}

function rules(): NonNullable<typeof kindRules> {
  if (kindRules) return kindRules;
  const file = readData<{ rules: KindRule[] }>('organisationKinds.json');
  kindRules = file.rules.map((rule) => {
    invariant(isKind(rule.kind), `organisationKinds.json: unknown kind ${rule.kind}`);
    const cjk = (phrase: string): boolean => /\p{Script=Han}/u.test(phrase);
    return {
      kind: rule.kind,
      phrases: rule.phrases.filter((p) => !cjk(p)).map((p) => normaliseName(p).split(' ')),
      substrings: rule.phrases.filter(cjk),
    };
  });
  return kindRules;
}

/** True when `phrase` occurs in `tokens` as whole words; its last word may carry a plural s. */
function containsPhrase(tokens: string[], phrase: string[]): boolean {
  const last = phrase.length - 1;
  for (let start = 0; start + phrase.length <= tokens.length; start += 1) {
    const hit = phrase.every((word, i) => {
      const token = tokens[start + i];
      return token === word || (i === last && token === `${word}s`);
    });
    if (hit) return true;
  }
  return false;
}

/**
 * The kind an organisation's name suggests ("Fuzhou Public Security Bureau" -> POLICE_BUREAU,
 * "Fujian Hometown Association" -> FRONT), or undefined when no rule's word occurs in it.
 */
export function guessOrganisationKind(name: string): OrganisationKind | undefined {
  const normalised = normaliseName(name);
  const tokens = normalised.split(' ');
  for (const rule of rules()) {
    if (rule.phrases.some((phrase) => containsPhrase(tokens, phrase))) return rule.kind;
    if (rule.substrings.some((s) => normalised.includes(s))) return rule.kind;
  }
  return undefined;
}
