import { describe, expect, it } from 'vitest';
import type { Params, Row } from '../../src/graph/gateway.js';
import { BatchLoader, stableJson } from '../../src/api/loaders/batchLoader.js';

function recorder(rows: (params: Params) => Row[] = () => []) {
  const calls: { name: string; params: Params }[] = [];
  const loader = new BatchLoader(async (name, params) => {
    calls.push({ name, params });
    return rows(params);
  });
  return { calls, loader };
}

const echo = (params: Params) =>
  ((params.batch as { keys: unknown[] }).keys as string[]).map((key) => ({
    key,
    value: `${key}!`,
  }));

describe('BatchLoader', () => {
  it('runs one query for all the keys asked for while a level of resolvers runs', async () => {
    const { calls, loader } = recorder(echo);
    const results = await Promise.all(
      ['a', 'b', 'c'].map((key) => loader.load('read/entities-by-id', {}, key)),
    );
    expect(calls).toEqual([
      { name: 'read/entities-by-id', params: { batch: { keys: ['a', 'b', 'c'] } } },
    ]);
    expect(results).toEqual([
      [{ key: 'a', value: 'a!' }],
      [{ key: 'b', value: 'b!' }],
      [{ key: 'c', value: 'c!' }],
    ]);
  });

  it('collects keys asked for in later microtasks of the same turn', async () => {
    const { calls, loader } = recorder(echo);
    const first = loader.load('read/entities-by-id', {}, 'a');
    const second = Promise.resolve()
      .then(() => undefined)
      .then(() => loader.load('read/entities-by-id', {}, 'b'));
    await Promise.all([first, second]);
    expect(calls).toHaveLength(1);
  });

  it('runs one query per distinct (query, parameters), whatever the order of the parameters', async () => {
    const { calls, loader } = recorder(echo);
    await Promise.all([
      loader.load('read/entity-links', { types: ['A'], limit: 10 }, 'x'),
      loader.load('read/entity-links', { limit: 10, types: ['A'] }, 'y'),
      loader.load('read/entity-links', { types: ['B'], limit: 10 }, 'x'),
    ]);
    expect(calls).toHaveLength(2);
    expect(calls[0]?.params).toEqual({ batch: { types: ['A'], limit: 10, keys: ['x', 'y'] } });
  });

  it('answers a key asked for twice from one load, and later from its cache', async () => {
    const { calls, loader } = recorder(echo);
    const [one, two] = await Promise.all([
      loader.load('read/entities-by-id', {}, 'a'),
      loader.load('read/entities-by-id', {}, 'a'),
    ]);
    expect(one).toBe(two);
    await loader.load('read/entities-by-id', {}, 'a');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.params).toEqual({ batch: { keys: ['a'] } });
  });

  it('sends the value given for a key, and answers keys without rows with none', async () => {
    const { calls, loader } = recorder(() => [{ key: 'k1', n: 1 }]);
    const [a, b] = await Promise.all([
      loader.load('read/relationship-claims', {}, 'k1', { key: 'k1', from: 'a' }),
      loader.load('read/relationship-claims', {}, 'k2', { key: 'k2', from: 'b' }),
    ]);
    expect(calls[0]?.params).toEqual({
      batch: {
        keys: [
          { key: 'k1', from: 'a' },
          { key: 'k2', from: 'b' },
        ],
      },
    });
    expect(a).toEqual([{ key: 'k1', n: 1 }]);
    expect(b).toEqual([]);
  });

  it('rejects every waiter of a batch whose query failed', async () => {
    const loader = new BatchLoader(async () => {
      throw new Error('down');
    });
    const results = await Promise.allSettled([
      loader.load('read/entities-by-id', {}, 'a'),
      loader.load('read/entities-by-id', {}, 'b'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });

  it('writes equal parameters as equal JSON', () => {
    expect(stableJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(stableJson({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
