/**
 * Where a row puts its station: country, region and city from their own columns, or parsed out
 * of one "Location" cell ("Toronto, Canada", "Lesotho"), each checked against the gazetteers the
 * resolver uses, with the same hints, so that the rows the resolver will flag for review are
 * known here with their row numbers.
 */
import { resolveCountry } from '../../src/resolve/countries.js';
import { isCityName, isRegionName, resolveCity, resolveRegion } from '../../src/resolve/places.js';
import { splitNotes } from './cells.js';
import type { RowRecord } from './records.js';

/** A place named in a row: its name as written and, for a country, its ISO code when known. */
export interface NamedPlace {
  name: string;
  code?: string;
}

/** The places of one row, and why any of them will need a person's look. */
export interface RowPlaces {
  country?: NamedPlace;
  region?: NamedPlace;
  city?: NamedPlace;
  /** True when the places were parsed out of one cell rather than read from their columns. */
  parsed: boolean;
  /** Why the resolver will flag a place of this row (empty when all resolve). */
  unresolved: string[];
}

/** Reads and checks the places of a record. */
export function rowPlaces(record: RowRecord): RowPlaces {
  const value = (text: string | undefined) =>
    text === undefined ? undefined : splitNotes(text).value || undefined;
  let country = value(record.values.country);
  let region = value(record.values.region);
  let city = value(record.values.city);
  let parsed = false;

  const location =
    record.values.location === undefined
      ? undefined
      : splitNotes(record.values.location, { dash: false }).value || undefined;
  if (
    location !== undefined &&
    city === undefined &&
    (region === undefined || country === undefined)
  ) {
    const parts = location.split(/\s*,\s*|\s+[-–—]\s+/).filter((part) => part !== '');
    const last = parts[parts.length - 1];
    if (parts.length > 1 && last !== undefined && resolveCountry(last) !== undefined) {
      country ??= last;
      parts.pop();
    }
    if (
      parts.length === 1 &&
      parts[0] !== undefined &&
      country === undefined &&
      resolveCountry(parts[0]) !== undefined
    ) {
      country = parts[0];
    } else if (parts.length > 0) {
      const first = parts[0] as string;
      if (parts.length === 1 && !isCityName(first) && isRegionName(first)) region ??= first;
      else city = first;
      if (parts.length > 1) region ??= parts[1];
    }
    parsed = true;
  } else if (city !== undefined && city.includes(',')) {
    // "Toronto, Ontario" or "Prato, Italy" in a City column.
    const [first, ...rest] = city.split(/\s*,\s*/);
    city = first;
    for (const part of rest) {
      if (country === undefined && resolveCountry(part) !== undefined) country = part;
      else region ??= part;
    }
    parsed = true;
  }

  const places: RowPlaces = { parsed, unresolved: [] };
  let code: string | undefined;
  if (country !== undefined) {
    code = resolveCountry(country)?.code;
    places.country = code === undefined ? { name: country } : { name: country, code };
    if (code === undefined) places.unresolved.push(`country "${country}" is not in ISO 3166-1`);
  }
  if (region !== undefined) {
    places.region = code === undefined ? { name: region } : { name: region, code };
    if (resolveRegion(region, code === undefined ? {} : { country: code }) === undefined) {
      places.unresolved.push(
        `region "${region}" is not in ISO 3166-2${code ? ` (in ${code})` : ''}`,
      );
    }
  }
  if (city !== undefined) {
    places.city = code === undefined ? { name: city } : { name: city, code };
    if (resolveCity(city, code === undefined ? {} : { country: code }) === undefined) {
      places.unresolved.push(
        `city "${city}" is not in the GeoNames gazetteer${code ? ` (in ${code})` : ''}`,
      );
    }
  }
  if (places.country === undefined && places.region === undefined && places.city === undefined) {
    places.unresolved.push('no country, region or city is given');
  }
  return places;
}
