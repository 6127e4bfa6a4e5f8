/**
 * Where a station goes on the map, and counts by status. A station is placed by its own
 * coordinates, else its city's, else its country's; one with none of these is listed, not drawn.
 * Pure.
 */
import type { MapStation } from '../api/types.js';
import { statusKey } from '../labels.js';

/** How exactly a station is placed. */
export type Precision = 'station' | 'city' | 'country';

/** A station with a place on the map. */
export interface PlacedStation {
  station: MapStation;
  lon: number;
  lat: number;
  precision: Precision;
}

/** The station's position, or undefined when neither it, its city nor its country has one. */
export function placeStation(station: MapStation): PlacedStation | undefined {
  const candidates: [number | null | undefined, number | null | undefined, Precision][] = [
    [station.lon, station.lat, 'station'],
    [station.city?.lon, station.city?.lat, 'city'],
    [station.country?.lon, station.country?.lat, 'country'],
  ];
  for (const [lon, lat, precision] of candidates) {
    if (typeof lon === 'number' && typeof lat === 'number' && Number.isFinite(lon + lat)) {
      return { station, lon, lat, precision };
    }
  }
  return undefined;
}

/** Stations by status key (UNKNOWN for none stated). */
export function countByStatus(stations: readonly { status: string | null }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const station of stations) {
    const key = statusKey(station.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** "CONFIRMED=3 CLOSED=1": counts by status as one attribute value (for tests and exports). */
export function formatStatusCounts(counts: ReadonlyMap<string, number>): string {
  return [...counts].map(([status, count]) => `${status}=${count}`).join(' ');
}

/** The inverse of formatStatusCounts. */
export function parseStatusCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const part of text.split(/\s+/).filter(Boolean)) {
    const [status, count] = part.split('=');
    if (status && count) counts.set(status, (counts.get(status) ?? 0) + Number(count));
  }
  return counts;
}
