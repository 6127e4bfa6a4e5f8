import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/graph/values.js';

describe('toPlain', () => {
  it('turns driver integers into numbers, and those out of the safe range into strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('converts inside maps and lists, however deep', () => {
    const value = {
      a: [neo4j.int(1), { b: neo4j.int(2), c: 'x', d: null, e: true }],
      f: undefined,
    };
    expect(toPlain(value)).toEqual({ a: [1, { b: 2, c: 'x', d: null, e: true }], f: null });
  });

  it('prints temporal values and flattens nodes to their properties and labels', () => {
    const when = new neo4j.types.DateTime(2023, 4, 28, 10, 0, 0, 0, 0);
    expect(toPlain(when)).toBe('2023-04-28T10:00:00Z');
    const node = new neo4j.types.Node(neo4j.int(1), ['Entity', 'Station'], {
      id: 'station:x',
      seen: neo4j.int(3),
    });
    expect(toPlain(node)).toEqual({ id: 'station:x', seen: 3, _labels: ['Entity', 'Station'] });
  });
});
