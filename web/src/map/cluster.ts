/**
 * Clustering of map markers in screen space: points closer than `radius` to a cluster's first
 * point join it, greedily, in a stable order, so the same points and zoom always give the same
 * clusters. A grid of `radius`-sized cells keeps it near-linear. Pure.
 */

/** A point on the screen carrying its item. */
export interface ClusterInput<T> {
  x: number;
  y: number;
  item: T;
}

/** Points drawn as one marker: at their mean position. */
export interface Cluster<T> {
  x: number;
  y: number;
  items: T[];
}

/** Groups `points` into clusters; every point is in exactly one. */
export function clusterPoints<T>(points: readonly ClusterInput<T>[], radius: number): Cluster<T>[] {
  const order = points
    .map((point, index) => ({ point, index }))
    .sort((a, b) => a.point.x - b.point.x || a.point.y - b.point.y || a.index - b.index);
  const cell = Math.max(radius, 1e-9);
  const grid = new Map<string, number[]>();
  order.forEach(({ point }, i) => {
    const key = `${Math.floor(point.x / cell)},${Math.floor(point.y / cell)}`;
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  const taken = new Array<boolean>(order.length).fill(false);
  const clusters: Cluster<T>[] = [];
  order.forEach(({ point }, i) => {
    if (taken[i]) return;
    taken[i] = true;
    const members = [point];
    const cx = Math.floor(point.x / cell);
    const cy = Math.floor(point.y / cell);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          if (taken[j]) continue;
          const other = (order[j] as { point: ClusterInput<T> }).point;
          if (Math.hypot(other.x - point.x, other.y - point.y) <= radius) {
            taken[j] = true;
            members.push(other);
          }
        }
      }
    }
    clusters.push({
      x: members.reduce((sum, m) => sum + m.x, 0) / members.length,
      y: members.reduce((sum, m) => sum + m.y, 0) / members.length,
      items: members.map((m) => m.item),
    });
  });
  return clusters;
}
