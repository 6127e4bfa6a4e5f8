import { describe, expect, it } from 'vitest';
import { rowPlaces } from '../../../importers/ngo-report/places.js';
import type { RowRecord } from '../../../importers/ngo-report/records.js';

const record = (values: RowRecord['values']): RowRecord => ({
  table: 1,
  row: 1,
  text: 'row',
  values,
  markers: [],
  inferred: [],
});

describe('rowPlaces', () => {
  it('reads country and city from their columns, with the country code', () => {
    expect(rowPlaces(record({ country: 'Ireland', city: 'Dublin' }))).toEqual({
      country: { name: 'Ireland', code: 'IE' },
      city: { name: 'Dublin', code: 'IE' },
      parsed: false,
      unresolved: [],
    });
  });

  it('parses a Location cell: "City, Country", "City, Region, Country" or a country alone', () => {
    expect(rowPlaces(record({ location: 'Toronto (Markham), Canada' }))).toMatchObject({
      country: { name: 'Canada', code: 'CA' },
      city: { name: 'Toronto' },
      parsed: true,
    });
    expect(rowPlaces(record({ location: 'New York, NY, United States' }))).toMatchObject({
      country: { code: 'US' },
      region: { name: 'NY' },
      city: { name: 'New York' },
      unresolved: [],
    });
    expect(rowPlaces(record({ location: 'Lesotho' }))).toMatchObject({
      country: { name: 'Lesotho', code: 'LS' },
      parsed: true,
    });
    expect(rowPlaces(record({ location: 'Milan – Italy' }))).toMatchObject({
      country: { code: 'IT' },
      city: { name: 'Milan' },
    });
  });

  it('splits a City cell that also names the region or country', () => {
    expect(rowPlaces(record({ city: 'Prato, Italy' }))).toMatchObject({
      country: { code: 'IT' },
      city: { name: 'Prato' },
    });
    expect(rowPlaces(record({ country: 'Canada', city: 'Toronto, Ontario' }))).toMatchObject({
      region: { name: 'Ontario' },
      city: { name: 'Toronto' },
      unresolved: [],
    });
  });

  it('says why a place will need review, as the resolver will flag it', () => {
    expect(rowPlaces(record({ country: 'Holand', city: 'Rotterdm' })).unresolved).toEqual([
      'country "Holand" is not in ISO 3166-1',
      'city "Rotterdm" is not in the GeoNames gazetteer',
    ]);
    expect(rowPlaces(record({ country: 'Italy', city: 'Pratto' })).unresolved).toEqual([
      'city "Pratto" is not in the GeoNames gazetteer (in IT)',
    ]);
    expect(rowPlaces(record({ bureau: 'Fuzhou' })).unresolved).toEqual([
      'no country, region or city is given',
    ]);
  });
});
