/**
 * Place recognition: a candidate name (a window of a proper-noun chunk) becomes a Country, a
 * Region or a City through src/resolve (one map lookup each), with the article's countries as
 * context. Lone words that name small towns somewhere ("Police", Poland; "Justice", Illinois) are
 * kept only in a locative slot or when the article is about that country.
 */
import { countryByCode, countryFromDemonym, resolveCountry } from '../resolve/countries.js';
import { findCities, resolveRegion, type City } from '../resolve/places.js';
import { getLexicon } from './lexicon.js';

/** A resolved place. */
export interface Place {
  type: 'City' | 'Region' | 'Country';
  name: string;
  /** ISO 3166-1 alpha-2 of the country (of the city or region, or the country itself). */
  country: string;
  /** ISO 3166-2 code of a region, or of the region a city is in (when known). */
  region?: string;
  geonameId?: number;
  lat?: number;
  lon?: number;
  population?: number;
  /** For a district ("Manhattan"), the city it belongs to ("New York City"). */
  parentCity?: string;
}

/** What the rest of the article says about where it is. */
export interface PlaceContext {
  /** Countries the article names (alpha-2), most mentioned first. */
  countries: Set<string>;
}

/** Population above which a lone city name is believed without other support. */
const BIG_CITY = 50_000;
/** A city this large wins over a state or province of the same name ("New York", "Washington"). */
const CITY_OVER_REGION = 600_000;
const FIRST_LEVEL =
  /state|province|territory|autonomous|country|nation|region|land|canton|county|metropolitan/i;

/** The country `text` names (not a bare ISO code), as a Place. */
export function countryPlace(text: string): Place | undefined {
  const country = resolveCountry(text, { codes: false });
  if (country === undefined) return undefined;
  const place: Place = { type: 'Country', name: country.name, country: country.code };
  if (country.lat !== undefined) place.lat = country.lat;
  if (country.lon !== undefined) place.lon = country.lon;
  return place;
}

/** The Country place of an alpha-2 code. */
export function countryPlaceByCode(code: string): Place | undefined {
  const country = countryByCode(code);
  return country === undefined ? undefined : countryPlace(country.name);
}

/** The country a demonym names ("Dutch" → NL), as an alpha-2 code. */
export function demonymCountry(word: string): string | undefined {
  return countryFromDemonym(word)?.code;
}

function cityPlace(city: City): Place {
  const place: Place = {
    type: 'City',
    name: city.name,
    country: city.country,
    geonameId: city.geonameId,
    lat: city.lat,
    lon: city.lon,
    population: city.population,
  };
  if (city.region !== undefined) place.region = city.region;
  return place;
}

/**
 * The place `text` names, or undefined. `strong` says the words sit where a place is expected
 * (after "in", before "-based", with a possessive), which lets small towns through.
 */
export function resolvePlace(
  text: string,
  context: PlaceContext,
  strong = false,
): Place | undefined {
  const lexicon = getLexicon();
  const lower = text.toLowerCase();
  if (lexicon.genericPlaces.has(lower)) return undefined;
  if (text.length < 2 || !/^\p{Lu}/u.test(text)) return undefined;
  const country = countryPlace(text);
  if (country !== undefined) return country;
  const district = lexicon.districts.get(lower);
  if (
    district !== undefined &&
    (district.country !== 'CA' || lower !== 'richmond' || context.countries.has('CA'))
  ) {
    const city = findCities(text).find((c) => c.country === district.country);
    if (city !== undefined) return { ...cityPlace(city), parentCity: district.city };
  }
  const candidates = findCities(text);
  const inContext = candidates.find((c) => context.countries.has(c.country));
  const top = candidates[0];
  let city: City | undefined;
  const topDwarfs =
    top !== undefined &&
    inContext !== undefined &&
    top.population >= 500_000 &&
    inContext.population < 100_000;
  if (
    inContext !== undefined &&
    !topDwarfs &&
    (inContext.population >= 15_000 || strong || inContext === top)
  )
    city = inContext;
  else if (top !== undefined && (top.population >= BIG_CITY || (strong && top.population >= 1000)))
    city = top;
  // Acronyms ("US", "UK") that are not countries are never towns.
  if (city !== undefined && /^\p{Lu}{2,3}$/u.test(text)) city = undefined;

  const region =
    [...context.countries]
      .map((c) => resolveRegion(text, { country: c }))
      .find((r) => r !== undefined) ?? resolveRegion(text);
  const regionOk =
    region !== undefined &&
    (context.countries.has(region.country) || (strong && FIRST_LEVEL.test(region.type))) &&
    !/^\p{Lu}{2,3}$/u.test(text);
  if (regionOk && region !== undefined) {
    const regionPlace: Place = {
      type: 'Region',
      name: region.name,
      country: region.country,
      region: region.code,
    };
    if (city === undefined) return regionPlace;
    const cityInContext = context.countries.has(city.country);
    const regionInContext = context.countries.has(region.country);
    if (regionInContext && !cityInContext) return regionPlace;
    if (cityInContext && !regionInContext) return cityPlace(city);
    if (
      city.country === region.country &&
      (city.region === undefined || city.region === region.code) &&
      city.population >= 100_000
    ) {
      // "Prato" the city and "Prato" its province, "Barcelona" and its province: the city.
      return cityPlace(city);
    }
    if (/state|province|territory/i.test(region.type) && city.population < CITY_OVER_REGION)
      return regionPlace;
    return cityPlace(city);
  }
  return city === undefined ? undefined : cityPlace(city);
}

/** A stable key for a place: GeoNames id, ISO code, or type and name. */
export function placeKey(place: Place): string {
  if (place.type === 'City')
    return place.geonameId !== undefined
      ? `city:${place.geonameId}`
      : `city:${place.country}:${place.name}`;
  if (place.type === 'Region') return `region:${place.region ?? place.name}`;
  return `country:${place.country}`;
}
