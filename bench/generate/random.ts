/**
 * A small seeded pseudo-random generator (mulberry32) for benchmark data: the same seed gives the
 * same data on every machine, so runs repeat.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One item with a long tail: index i has weight 1 / (i + 1). */
  zipf<T>(items: readonly T[]): T {
    const total = harmonic(items.length);
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= 1 / (i + 1);
      if (target <= 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }
}

const harmonics = new Map<number, number>();
function harmonic(n: number): number {
  let value = harmonics.get(n);
  if (value === undefined) {
    value = 0;
    for (let i = 1; i <= n; i++) value += 1 / i;
    harmonics.set(n, value);
  }
  return value;
}
