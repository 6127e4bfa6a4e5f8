import { describe, it, expect } from 'vitest';
import {
  allCountries,
  countryByCode,
  countryFromDemonym,
  isCountryName,
  resolveCountry,
} from '../../src/resolve/countries.js';

const code = (text: string): string | undefined => resolveCountry(text)?.code;

describe('countries', () => {
  it('resolves English names, with or without a leading "the"', () => {
    expect(code('the Netherlands')).toBe('NL');
    expect(code('Netherlands')).toBe('NL');
    expect(code('Ireland')).toBe('IE');
    expect(code('Republic of Ireland')).toBe('IE');
    expect(code('United States of America')).toBe('US');
    expect(code('United States')).toBe('US');
    expect(code('the United Kingdom')).toBe('GB');
    expect(code('Czechia')).toBe('CZ');
    expect(code('Czech Republic')).toBe('CZ');
    expect(code('South Korea')).toBe('KR');
    expect(code('Ivory Coast')).toBe('CI');
    expect(code("Côte d'Ivoire")).toBe('CI');
    expect(code('Turkey')).toBe('TR');
  });

  it('resolves common aliases the packages and the alias file give', () => {
    expect(code('Holland')).toBe('NL');
    expect(code('Britain')).toBe('GB');
    expect(code('Great Britain')).toBe('GB');
    expect(code('England')).toBe('GB');
    expect(code('the US')).toBe('US');
    expect(code('U.S.')).toBe('US');
    expect(code('USA')).toBe('US');
    expect(code('UK')).toBe('GB');
    expect(code('PRC')).toBe('CN');
  });

  it('resolves names in the other registered languages', () => {
    expect(code('Nederland')).toBe('NL');
    expect(code('Deutschland')).toBe('DE');
    expect(code('Allemagne')).toBe('DE');
    expect(code('Paesi Bassi')).toBe('NL');
    expect(code('中国')).toBe('CN');
  });

  it('resolves ISO codes only when written in capitals', () => {
    expect(code('NL')).toBe('NL');
    expect(code('NLD')).toBe('NL');
    expect(code('IT')).toBe('IT');
    expect(code('us')).toBeUndefined();
    expect(code('Us')).toBeUndefined();
    expect(code('it')).toBeUndefined();
    expect(code('usa')).toBeUndefined();
  });

  it('leaves ambiguous and blocked forms unresolved', () => {
    expect(code('Congo')).toBeUndefined();
    expect(code('Korea')).toBeUndefined();
    expect(code('Mann')).toBeUndefined();
    expect(code('Rotterdam')).toBeUndefined();
  });

  it('returns the English short name, alpha-3 code and a point', () => {
    expect(resolveCountry('Holland')).toEqual({
      code: 'NL',
      alpha3: 'NLD',
      name: 'Netherlands',
      lat: 52.5,
      lon: 5.75,
    });
  });

  it('looks countries up by alpha-2 or alpha-3 code in any case', () => {
    expect(countryByCode('NL')?.name).toBe('Netherlands');
    expect(countryByCode('nld')?.code).toBe('NL');
    expect(countryByCode('CAN')?.code).toBe('CA');
    expect(countryByCode('ZZ')).toBeUndefined();
  });

  it('resolves demonyms to their country', () => {
    const demonyms: Record<string, string> = {
      Dutch: 'NL',
      Chinese: 'CN',
      Canadian: 'CA',
      American: 'US',
      British: 'GB',
      Italian: 'IT',
      Irish: 'IE',
      Hungarian: 'HU',
      Spanish: 'ES',
      German: 'DE',
      French: 'FR',
      Serbian: 'RS',
      Scottish: 'GB',
      Swiss: 'CH',
    };
    for (const [word, expected] of Object.entries(demonyms)) {
      expect(countryFromDemonym(word)?.code, word).toBe(expected);
    }
  });

  it('accepts plural demonyms and needs a capital letter', () => {
    expect(countryFromDemonym('Canadians')?.code).toBe('CA');
    expect(countryFromDemonym('Polish')?.code).toBe('PL');
    expect(countryFromDemonym('polish')).toBeUndefined();
    expect(countryFromDemonym('Congolese')).toBeUndefined();
  });

  it('tells country names from bare ISO codes', () => {
    expect(isCountryName('Netherlands')).toBe(true);
    expect(isCountryName('US')).toBe(true);
    expect(isCountryName('IT')).toBe(false);
    expect(isCountryName('Lu Jianwang')).toBe(false);
  });

  it('knows every ISO 3166-1 country once', () => {
    const countries = allCountries();
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    expect(countries.every((c) => /^[A-Z]{2}$/.test(c.code) && /^[A-Z]{3}$/.test(c.alpha3))).toBe(
      true,
    );
  });
});
