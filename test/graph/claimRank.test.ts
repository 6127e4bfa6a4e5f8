import { describe, expect, it } from 'vitest';
import { claimRank } from '../../src/graph/claimRank.js';

const rank = (
  date: string | null,
  confidence = 0.8,
  id = 'claim:a',
  published: string | null = null,
) => claimRank({ id, date, published, confidence });

/** Sorts like `ORDER BY rank` does (code points, as Neo4j compares strings). */
const sorted = (keys: string[]) => [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe('claimRank', () => {
  it('lists newer dates first, a more precise date before its year or month', () => {
    const keys = [
      rank('2021-12-31'),
      rank('2023'),
      rank('2023-04'),
      rank('2023-04-28'),
      rank('2023-04-03'),
      rank('2022-06'),
    ];
    expect(sorted(keys)).toEqual([
      rank('2023-04-28'),
      rank('2023-04-03'),
      rank('2023-04'),
      rank('2023'),
      rank('2022-06'),
      rank('2021-12-31'),
    ]);
  });

  it("falls back to the source's date, and puts undated claims last", () => {
    expect(rank(null, 0.8, 'claim:a', '2023-04-28')).toBe(rank('2023-04-28'));
    expect(sorted([rank(null), rank('1990')])).toEqual([rank('1990'), rank(null)]);
  });

  it('breaks a tie on the date by confidence (highest first), then by id', () => {
    const keys = [
      rank('2023', 0.5, 'claim:b'),
      rank('2023', 0.95, 'claim:c'),
      rank('2023', 0.5, 'claim:a'),
    ];
    expect(sorted(keys)).toEqual([
      rank('2023', 0.95, 'claim:c'),
      rank('2023', 0.5, 'claim:a'),
      rank('2023', 0.5, 'claim:b'),
    ]);
    expect(sorted([rank('2023', 1), rank('2023', 0)])).toEqual([rank('2023', 1), rank('2023', 0)]);
  });

  it('clamps a confidence outside 0..1 rather than breaking the order', () => {
    expect(rank('2023', 7)).toBe(rank('2023', 1));
    expect(rank('2023', -1)).toBe(rank('2023', 0));
    expect(rank('2023', Number.NaN)).toBe(rank('2023', 0));
  });
});
