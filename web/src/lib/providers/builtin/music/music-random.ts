/**
 * Seeded randomness. Every part draws from its own stream (`fork('bass')`), so a change to
 * one part's algorithm never reshuffles the others (MUSIC.md §0, lesson 6).
 */

/** A 32-bit string hash (cyrb53 folded to 32 bits): stable across runs and platforms. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

export type Weighted<T> = readonly (readonly [T, number])[];

/** mulberry32: tiny, fast and good enough for musical choices. */
export class Rng {
  private state: number;
  private readonly base: number;

  constructor(seed: number) {
    this.base = seed >>> 0;
    this.state = this.base || 0x9e3779b9;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  range(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A symmetric offset in [-amount, amount]. */
  jitter(amount: number): number {
    return (this.next() * 2 - 1) * amount;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick needs at least one item.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of items) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return items[items.length - 1]![0];
  }

  /** An independent stream that depends only on this stream's seed and the label. */
  fork(label: string): Rng {
    return new Rng(hashString(label, this.base));
  }

  /** A fresh 32-bit seed, for DSP noise generators. */
  seed(): number {
    return (this.next() * 4294967296) >>> 0 || 1;
  }
}
