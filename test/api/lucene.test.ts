import { describe, expect, it } from 'vitest';
import {
  buildSearchQuery,
  escapeLucene,
  fuzziness,
  searchQueries,
  searchWords,
} from '../../src/api/lucene.js';

describe('lucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
    expect(escapeLucene('a && b || c')).toBe('a \\&\\& b \\|\\| c');
    expect(escapeLucene('plain words')).toBe('plain words');
  });

  it('cuts the text into lower-case words of letters and digits, in any script', () => {
    expect(searchWords('Lu (Jianwang) AND NOT "x~2"')).toEqual([
      'lu',
      'jianwang',
      'and',
      'not',
      'x',
      '2',
    ]);
    expect(searchWords('Garda Síochána 110')).toEqual(['garda', 'síochána', '110']);
    expect(searchWords('吕建旺 Lu')).toEqual(['吕建旺', 'lu']);
    expect(searchWords('?!*')).toEqual([]);
  });

  it('allows no typo under four letters, one up to seven, two from eight', () => {
    expect(fuzziness('lu')).toBe(0);
    expect(fuzziness('ufwd')).toBe(1);
    expect(fuzziness('jianwang')).toBe(2);
  });

  it('builds a phrase, exact, prefix and fuzzy terms, and never passes an operator through', () => {
    expect(buildSearchQuery('Lu Jianwang')).toBe(
      '"lu jianwang"^4 OR (lu^2 OR lu*) OR (jianwang^2 OR jianwang* OR jianwang~2)',
    );
    const hostile = buildSearchQuery('x AND y) OR (z:* NOT ~ "q');
    expect(hostile).not.toMatch(/ AND | NOT |:\*/);
    expect(hostile).toContain('(and^2 OR and*)');
    expect(buildSearchQuery('吕建旺')).toBe('"吕建旺"^4 OR "吕建旺"^2');
  });

  it('keeps the second typo of long words for a wider query, made only when it differs', () => {
    expect(searchQueries('Lu Jianwang')).toEqual({
      first: '"lu jianwang"^4 OR (lu^2 OR lu*) OR (jianwang^2 OR jianwang* OR jianwang~1)',
      wider: '"lu jianwang"^4 OR (lu^2 OR lu*) OR (jianwang^2 OR jianwang* OR jianwang~2)',
    });
    expect(searchQueries('Fuzhou')).toEqual({
      first: '"fuzhou"^4 OR (fuzhou^2 OR fuzhou* OR fuzhou~1)',
      wider: null,
    });
  });

  it('refuses a text without letters or digits, and one too long', () => {
    expect(() => buildSearchQuery(' ?! ')).toThrow(/query: needs at least one letter or digit/);
    expect(() => buildSearchQuery('a'.repeat(201))).toThrow(/query: at most 200 characters/);
  });
});
