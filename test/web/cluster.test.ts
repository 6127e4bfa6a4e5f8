import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../web/src/map/cluster.js';

describe('cluster', () => {
  it('puts every point in exactly one cluster', () => {
    const points = Array.from({ length: 200 }, (_, i) => ({
      x: (i * 37) % 500,
      y: (i * 53) % 300,
      item: i,
    }));
    const clusters = clusterPoints(points, 18);
    const items = clusters.flatMap((c) => c.items).sort((a, b) => a - b);
    expect(items).toEqual(points.map((p) => p.item));
  });

  it('joins points within the radius and leaves distant ones alone', () => {
    const clusters = clusterPoints(
      [
        { x: 0, y: 0, item: 'a' },
        { x: 5, y: 5, item: 'b' },
        { x: 100, y: 100, item: 'c' },
      ],
      10,
    );
    expect(clusters.map((c) => c.items.sort())).toEqual([['a', 'b'], ['c']]);
    expect(clusters[0]).toMatchObject({ x: 2.5, y: 2.5 });
  });

  it('gives the same clusters whatever the input order', () => {
    const points = [
      { x: 10, y: 10, item: 1 },
      { x: 14, y: 10, item: 2 },
      { x: 40, y: 10, item: 3 },
      { x: 44, y: 12, item: 4 },
    ];
    const shape = (list: typeof points) =>
      clusterPoints(list, 6).map((c) => c.items.sort((a, b) => a - b));
    expect(shape([...points].reverse())).toEqual(shape(points));
  });
});
