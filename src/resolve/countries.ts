/**
 * Countries: names in several languages, aliases, ISO 3166-1 codes and demonyms resolve to one
 * country keyed by its alpha-2 code. Names come from i18n-iso-countries (ISO names in many
 * languages) and world-countries (common and official names, alternative spellings, demonyms,
 * coordinates), corrected by the hand-written data/countryAliases.json. Every lookup goes through
 * maps built once, on the first call.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type * as I18nCountries from 'i18n-iso-countries';
import type { Countries as WorldCountries } from 'world-countries';
import { invariant } from '../errors.js';
import { normaliseName } from './names.js';

/** A country: ISO 3166-1 codes, English short name, and a representative point when known. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. NL. */
  code: string;
  /** ISO 3166-1 alpha-3 code, e.g. NLD. */
  alpha3: string;
  /** English short name, e.g. Netherlands. */
  name: string;
  lat?: number;
  lon?: number;
}

/** Languages whose country names resolve, besides the aliases. */
export const COUNTRY_NAME_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'zh'] as const;

interface AliasFile {
  names: { name: string; code: string | null; source: string }[];
  ignore: { name: string; source: string }[];
  demonyms: { demonym: string; code: string; source: string }[];
}

/** A key two countries claim: it resolves to neither. */
const AMBIGUOUS = null;
type Claim = string | typeof AMBIGUOUS;

interface CountryIndex {
  byCode: Map<string, Country>;
  /** Normalised name -> alpha-2 code (or AMBIGUOUS). */
  names: Map<string, Claim>;
  /** Capital-letter abbreviation without dots or spaces ("US", "UK", "USA") -> alpha-2. */
  abbreviations: Map<string, Claim>;
  /** ISO alpha-2 and alpha-3 codes -> alpha-2. */
  codes: Map<string, string>;
  /** Normalised demonym -> alpha-2 code (or AMBIGUOUS). */
  demonyms: Map<string, Claim>;
}

let index: CountryIndex | undefined;

const ABBREVIATION = /^[A-Z](?:[.\s]?[A-Z]){1,3}\.?$/;

function compact(text: string): string {
  return text.replace(/[.\s]/g, '');
}

/** Records `code` under `key` unless an earlier layer already did; a clash makes it ambiguous. */
function claim(map: Map<string, Claim>, key: string, code: Claim, layer: Set<string>): void {
  if (key === '') return;
  if (!map.has(key)) {
    map.set(key, code);
    layer.add(key);
  } else if (layer.has(key) && map.get(key) !== code) {
    map.set(key, AMBIGUOUS);
  }
}

function load(): CountryIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const i18n = require('i18n-iso-countries') as typeof I18nCountries;
  for (const language of COUNTRY_NAME_LANGUAGES) {
    i18n.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
  }
  const world = require('world-countries') as WorldCountries;
  const aliases = JSON.parse(
    readFileSync(new URL('./data/countryAliases.json', import.meta.url), 'utf8'),
  ) as AliasFile;

  const byCode = new Map<string, Country>();
  const codes = new Map<string, string>();
  const worldByCode = new Map(world.map((entry) => [entry.cca2, entry]));
  const alpha2Codes = i18n.getAlpha2Codes();
  for (const code of new Set([...Object.keys(alpha2Codes), ...worldByCode.keys()])) {
    const entry = worldByCode.get(code);
    const alpha3 = alpha2Codes[code] ?? entry?.cca3;
    const name = entry?.name.common ?? i18n.getName(code, 'en');
    invariant(alpha3 !== undefined && name !== undefined, `country ${code} lacks a name or code`);
    const country: Country = { code, alpha3, name };
    if (entry) [country.lat, country.lon] = entry.latlng;
    byCode.set(code, country);
    codes.set(code, code);
    codes.set(alpha3, code);
  }

  const names = new Map<string, Claim>();
  const abbreviations = new Map<string, Claim>();
  const ignored = new Set(aliases.ignore.map((entry) => normaliseName(entry.name)));
  // Layers in order of trust: a form the hand-written file gives wins over English package names,
  // which win over other languages; within one layer a form two countries claim is ambiguous.
  const addLayer = (forms: Iterable<[string, Claim]>, honourIgnore = true): void => {
    const nameLayer = new Set<string>();
    const abbreviationLayer = new Set<string>();
    for (const [form, code] of forms) {
      if (ABBREVIATION.test(form.trim())) {
        claim(abbreviations, compact(form), code, abbreviationLayer);
        continue;
      }
      const key = normaliseName(form);
      if (honourIgnore && ignored.has(key)) continue;
      claim(names, key, code, nameLayer);
    }
  };
  addLayer(
    aliases.names.map((entry) => [entry.name, entry.code]),
    false,
  );
  addLayer(
    world.flatMap((entry) => [
      [entry.name.common, entry.cca2],
      [entry.name.official, entry.cca2],
    ]),
  );
  addLayer(namesIn(i18n, 'en'));
  addLayer(
    world.flatMap((entry) =>
      entry.altSpellings
        .filter((form) => form !== entry.cca2 && form !== entry.cca3)
        .map((form): [string, string] => [form, entry.cca2]),
    ),
  );
  for (const language of COUNTRY_NAME_LANGUAGES) {
    if (language !== 'en') addLayer(namesIn(i18n, language));
  }

  const demonyms = new Map<string, Claim>();
  for (const entry of aliases.demonyms) demonyms.set(normaliseName(entry.demonym), entry.code);
  // A demonym several territories share goes to the one UN member among them, if there is one.
  const claimants = new Map<string, Set<string>>();
  for (const entry of world) {
    const english = entry.demonyms.eng;
    if (!english) continue;
    for (const word of [english.m, english.f]) {
      const key = normaliseName(word);
      if (!claimants.has(key)) claimants.set(key, new Set());
      claimants.get(key)?.add(entry.cca2);
    }
  }
  for (const [key, codesOfKey] of claimants) {
    if (demonyms.has(key)) continue;
    const all = [...codesOfKey];
    const members = all.filter((code) => worldByCode.get(code)?.unMember);
    const pick = all.length === 1 ? all[0] : members.length === 1 ? members[0] : undefined;
    demonyms.set(key, pick ?? AMBIGUOUS);
  }

  index = { byCode, names, abbreviations, codes, demonyms };
  return index;
}

function namesIn(i18n: typeof I18nCountries, language: string): [string, string][] {
  const all = i18n.getNames(language, { select: 'all' });
  return Object.entries(all).flatMap(([code, forms]) =>
    forms.map((form): [string, string] => [form, code]),
  );
}

function lookup(map: Map<string, Claim>, key: string): Country | undefined {
  const code = map.get(key);
  return code ? load().byCode.get(code) : undefined;
}

/**
 * The country `text` names: a name in English or another registered language, an alias ("the
 * US", "Holland", "Britain"), or, when written in capitals, an ISO alpha-2/alpha-3 code ("NL",
 * "NLD"); a leading "the" is ignored and "us" or "it" in lower case never resolve. Pass
 * `codes: false` to accept names and abbreviations but not bare ISO codes.
 */
export function resolveCountry(
  text: string,
  options: { codes?: boolean } = {},
): Country | undefined {
  const { names, abbreviations, codes } = load();
  const trimmed = text.trim().replace(/^the\s+/i, '');
  if (ABBREVIATION.test(trimmed)) {
    const found = lookup(abbreviations, compact(trimmed));
    if (found) return found;
    const code = options.codes === false ? undefined : codes.get(trimmed);
    if (code) return load().byCode.get(code);
  }
  return lookup(names, normaliseName(trimmed));
}

/** The country with this ISO alpha-2 or alpha-3 code, in any letter case. */
export function countryByCode(code: string): Country | undefined {
  const { byCode, codes } = load();
  const alpha2 = codes.get(code.trim().toUpperCase());
  return alpha2 === undefined ? undefined : byCode.get(alpha2);
}

/**
 * The country of a demonym ("Dutch" -> NL, "Canadians" -> CA). The word must start with a
 * capital letter, as demonyms do in English, so "polish" or "french fries" stay unresolved; a
 * demonym two sovereign states share ("Congolese") resolves to neither.
 */
export function countryFromDemonym(word: string): Country | undefined {
  const trimmed = word.trim();
  if (!/^\p{Lu}/u.test(trimmed)) return undefined;
  const { demonyms } = load();
  const key = normaliseName(trimmed);
  if (demonyms.has(key)) return lookup(demonyms, key);
  return key.endsWith('s') ? lookup(demonyms, key.slice(0, -1)) : undefined;
}

/** True when `text` is a country name or abbreviation (not a bare ISO code), matched exactly. */
export function isCountryName(text: string): boolean {
  return resolveCountry(text, { codes: false }) !== undefined;
}

/** Every country the index knows, in alpha-2 order. */
export function allCountries(): Country[] {
  return [...load().byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
