import { describe, it, expect } from 'vitest';
import {
  isNearSpelling,
  joinInitials,
  nameKey,
  normaliseName,
  tokenKey,
} from '../../src/resolve/names.js';

describe('names', () => {
  it('collapses whitespace and lower-cases', () => {
    expect(normaliseName('Lu  Jianwang')).toBe('lu jianwang');
    expect(normaliseName('  CHEN\tJinping \n')).toBe('chen jinping');
  });

  it('spells & as "and" and turns punctuation into spaces', () => {
    expect(normaliseName('Ministry of Justice & Security')).toBe(
      'ministry of justice and security',
    );
    expect(normaliseName('“Safeguard Defenders’” report, p.3 — Madrid-based')).toBe(
      'safeguard defenders report p 3 madrid based',
    );
    expect(normaliseName("Côte d'Ivoire")).toBe('cote d ivoire');
  });

  it('strips diacritics and folds letters NFKD leaves alone', () => {
    expect(normaliseName('São Paulo')).toBe('sao paulo');
    expect(normaliseName('Montréal')).toBe('montreal');
    expect(normaliseName('Garda Síochána')).toBe('garda siochana');
    expect(normaliseName('Straße')).toBe('strasse');
    expect(normaliseName('Łódź')).toBe('lodz');
    expect(normaliseName('Ｆｕｚｈｏｕ')).toBe('fuzhou');
  });

  it('keeps Chinese characters', () => {
    expect(normaliseName('福州市公安局')).toBe('福州市公安局');
  });

  it('gives the same result on the fast ASCII path and the Unicode path', () => {
    expect(normaliseName('New York – City')).toBe(normaliseName('New York - City'));
    expect(normaliseName('A\u00adB')).toBe('ab');
  });

  it('makes a hyphenated slug with nameKey', () => {
    expect(nameKey('Lu Jianwang')).toBe('lu-jianwang');
    expect(nameKey('Ministry of Justice & Security')).toBe('ministry-of-justice-and-security');
    expect(nameKey('')).toBe('');
  });

  it('gives names in either order the same tokenKey', () => {
    expect(tokenKey('Jianwang Lu')).toBe(tokenKey('Lu Jianwang'));
    expect(tokenKey('Lu Jianwang')).toBe('jianwang lu');
    expect(tokenKey('Chen Jinping')).not.toBe(tokenKey('Lu Jianwang'));
  });

  it('flags small misspellings as near spellings', () => {
    expect(isNearSpelling('Chen Jinping', 'Chen Jinpin')).toBe(true);
    expect(isNearSpelling('Jianwang', 'Jianwong')).toBe(true);
    expect(isNearSpelling('Safeguard Defenders', 'Safegaurd Defender')).toBe(true);
  });

  it('scales the allowed distance with the name length', () => {
    // 8 characters: one edit allowed, two not.
    expect(isNearSpelling('Jianwang', 'Jianwonk')).toBe(false);
    // 12 characters: two edits allowed, three not.
    expect(isNearSpelling('Chen Jinping', 'Chen Jinpong')).toBe(true);
    expect(isNearSpelling('Chen Jinping', 'Chen Jimpong')).toBe(true);
    expect(isNearSpelling('Chen Jinping', 'Chan Jimpong')).toBe(false);
    // Over 16 characters: three edits allowed.
    expect(isNearSpelling('United Front Work Department', 'United Frnt Wrk Departmnt')).toBe(true);
  });

  it('does not call names that are equal after normalisation near spellings', () => {
    expect(isNearSpelling('Lu Jianwang', 'lu  jianwang')).toBe(false);
    expect(isNearSpelling('Montréal', 'Montreal')).toBe(false);
    expect(isNearSpelling('Lu Jianwang', 'Chen Jinping')).toBe(false);
  });

  it('joins dotted initials into one word', () => {
    expect(joinInitials(normaliseName('F.B.I.'))).toBe('fbi');
    expect(joinInitials('lu jianwang')).toBe('lu jianwang');
  });
});
