import { describe, it, expect } from 'vitest';
import {
  findCities,
  isCityName,
  isRegionName,
  regionOfAdmin1,
  resolveCity,
  resolveRegion,
} from '../../src/resolve/places.js';

const city = (name: string, hint?: { country?: string; region?: string }) =>
  resolveCity(name, hint);

describe('places', () => {
  it('resolves Rotterdam to the Dutch city with its GeoNames id and coordinates', () => {
    const rotterdam = city('Rotterdam');
    expect(rotterdam?.geonameId).toBe(2747891);
    expect(rotterdam?.country).toBe('NL');
    expect(rotterdam?.lat).toBeCloseTo(51.92, 1);
    expect(rotterdam?.lon).toBeCloseTo(4.48, 1);
    expect(rotterdam?.region).toBeUndefined();
  });

  it('resolves New York City, NYC and New York to GeoNames 5128581 in US-NY', () => {
    for (const name of ['New York City', 'NYC', 'New York', 'new york city']) {
      const nyc = city(name);
      expect(nyc?.geonameId, name).toBe(5128581);
      expect(nyc?.region, name).toBe('US-NY');
    }
  });

  it('resolves Manhattan to the New York borough, not the Kansas city', () => {
    expect(city('Manhattan')?.geonameId).toBe(5125771);
    expect(city('Manhattan', { region: 'US-KS' })?.geonameId).toBe(4274994);
  });

  it('resolves the cities of the seed article and other station cities to their countries', () => {
    const expected: Record<string, string> = {
      Montreal: 'CA',
      Montréal: 'CA',
      Amsterdam: 'NL',
      'Los Angeles': 'US',
      'San Francisco': 'US',
      Houston: 'US',
      Prato: 'IT',
      Milan: 'IT',
      Milano: 'IT',
      Dublin: 'IE',
      Budapest: 'HU',
      Madrid: 'ES',
      Toronto: 'CA',
      Vancouver: 'CA',
      London: 'GB',
      Glasgow: 'GB',
      Frankfurt: 'DE',
      Paris: 'FR',
      Tokyo: 'JP',
    };
    for (const [name, country] of Object.entries(expected)) {
      expect(city(name)?.country, name).toBe(country);
    }
    expect(city('Prato')?.geonameId).toBe(3169921);
    expect(city('Dublin')?.geonameId).toBe(2964574);
    expect(city('Milano')?.geonameId).toBe(city('Milan')?.geonameId);
  });

  it('derives ISO 3166-2 regions for mapped countries only', () => {
    expect(city('Montreal')?.region).toBe('CA-QC');
    expect(city('Toronto')?.region).toBe('CA-ON');
    expect(city('Vancouver')?.region).toBe('CA-BC');
    expect(city('Houston')?.region).toBe('US-TX');
    expect(city('Glasgow')?.region).toBe('GB-SCT');
    expect(city('Dublin')?.region).toBe('IE-L');
    expect(city('Paris')?.region).toBeUndefined();
    expect(regionOfAdmin1('CA', '10')).toBe('CA-QC');
    expect(regionOfAdmin1('CA', '06')).toBeUndefined();
    expect(regionOfAdmin1('IT', '16')).toBeUndefined();
  });

  it('honours country and region hints', () => {
    expect(city('Dublin', { country: 'US' })?.country).toBe('US');
    expect(city('Dublin', { country: 'US', region: 'US-OH' })?.geonameId).toBe(5152333);
    expect(city('Rotterdam', { region: 'US-NY' })?.geonameId).toBe(5134453);
    expect(city('Paris', { country: 'FRA' })?.geonameId).toBe(2988507);
    expect(city('Rotterdam', { country: 'Netherlands' })?.geonameId).toBe(2747891);
    expect(city('Tokyo', { country: 'US' })).toBeUndefined();
  });

  it('lists every city of a name, most populous first', () => {
    const dublins = findCities('Dublin');
    expect(dublins.length).toBeGreaterThan(5);
    expect(dublins[0]?.country).toBe('IE');
    for (let i = 1; i < dublins.length; i += 1) {
      expect(dublins[i - 1]!.population).toBeGreaterThanOrEqual(dublins[i]!.population);
    }
    expect(findCities('Nowhereville Upon Nothing')).toEqual([]);
  });

  it('matches Saint and St. spellings of city names', () => {
    expect(city('St. Petersburg')?.country).toBe('RU');
    expect(city('Saint Paul', { country: 'US' })?.region).toBe('US-MN');
  });

  it('resolves US states and Canadian provinces', () => {
    expect(resolveRegion('Nebraska')?.code).toBe('US-NE');
    expect(resolveRegion('Minnesota')?.code).toBe('US-MN');
    expect(resolveRegion('New York State')?.code).toBe('US-NY');
    expect(resolveRegion('State of New York')?.code).toBe('US-NY');
    expect(resolveRegion('Quebec')?.code).toBe('CA-QC');
    expect(resolveRegion('Québec')?.code).toBe('CA-QC');
    expect(resolveRegion('Ontario')?.code).toBe('CA-ON');
    expect(resolveRegion('British Columbia')).toEqual({
      code: 'CA-BC',
      name: 'British Columbia',
      country: 'CA',
      type: 'Province',
    });
  });

  it('resolves subdivisions of other countries, preferring the hinted country', () => {
    expect(resolveRegion('Zhejiang')?.code).toBe('CN-33');
    expect(resolveRegion('Fujian', { country: 'CN' })?.code).toBe('CN-35');
    expect(resolveRegion('Georgia')?.code).toBe('US-GA');
    expect(resolveRegion('Limburg', { country: 'NL' })?.code).toBe('NL-LI');
    expect(resolveRegion('Flanders')?.code).toBe('BE-VLG');
    expect(resolveRegion('Nebraska', { country: 'CA' })).toBeUndefined();
  });

  it('resolves postal codes only in capitals and with a country hint', () => {
    expect(resolveRegion('NE', { country: 'US' })?.code).toBe('US-NE');
    expect(resolveRegion('QC', { country: 'CA' })?.code).toBe('CA-QC');
    expect(resolveRegion('NE')).toBeUndefined();
    expect(resolveRegion('ne', { country: 'US' })).toBeUndefined();
    expect(resolveRegion('US-NY')?.name).toBe('New York');
  });

  it('answers the cheap name checks by exact normalised match', () => {
    expect(isCityName('Rotterdam')).toBe(true);
    expect(isCityName('rotterdam')).toBe(true);
    expect(isCityName('Rotterdm')).toBe(false);
    expect(isCityName('Lu Jianwang')).toBe(false);
    expect(isRegionName('Nebraska')).toBe(true);
    expect(isRegionName('NE')).toBe(false);
    expect(isRegionName('Safeguard Defenders')).toBe(false);
  });
});
