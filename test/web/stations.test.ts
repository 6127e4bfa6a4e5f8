import { describe, expect, it } from 'vitest';
import type { MapStation } from '../../web/src/api/types.js';
import {
  countByStatus,
  formatStatusCounts,
  parseStatusCounts,
  placeStation,
} from '../../web/src/map/stations.js';

const station = (over: Partial<MapStation>): MapStation => ({
  id: 'station:x',
  name: 'X',
  status: null,
  statusAsOf: null,
  lat: null,
  lon: null,
  city: null,
  country: null,
  operatedBy: [],
  ...over,
});

describe('map stations', () => {
  it('places a station by its own coordinates, else its city, else its country', () => {
    const city = { id: 'city:1', name: 'Dublin', lat: 53.3, lon: -6.2 };
    const country = { id: 'country:IE', code: 'IE', name: 'Ireland', lat: 53, lon: -8 };
    expect(placeStation(station({ lat: 1, lon: 2, city, country }))).toMatchObject({
      lat: 1,
      lon: 2,
      precision: 'station',
    });
    expect(placeStation(station({ city, country }))).toMatchObject({
      lat: 53.3,
      precision: 'city',
    });
    expect(placeStation(station({ country }))).toMatchObject({ lat: 53, precision: 'country' });
    expect(placeStation(station({}))).toBeUndefined();
  });

  it('counts by status, with UNKNOWN for none stated, and round-trips the counts as text', () => {
    const counts = countByStatus([{ status: 'CLOSED' }, { status: null }, { status: 'CLOSED' }]);
    expect([...counts]).toEqual([
      ['CLOSED', 2],
      ['UNKNOWN', 1],
    ]);
    expect(formatStatusCounts(counts)).toBe('CLOSED=2 UNKNOWN=1');
    expect(parseStatusCounts('CLOSED=2 UNKNOWN=1')).toEqual(counts);
  });
});
