/**
 * Seeded randomness for the procedural renderers. Everything a picture or a clip draws
 * comes from here, so the same prompt and seed always paint the same pixels.
 */

/** A 32-bit FNV-1a hash of the text, finished with a murmur-style mix. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  range(min: number, max: number): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** An independent stream for one part of the picture, so parts do not shift each other. */
  fork(label: string): Random;
};

/** mulberry32: small, fast and good enough for placing shapes. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('Random.pick needs a non-empty list');
      return item;
    },
    chance: (probability) => next() < probability,
    fork: (label) => createRandom(hashText(`${seed}:${label}`)),
  };
  return random;
}

/**
 * Smooth 1-D value noise with octaves (fBm), in [0, 1]. Sampled by position, not by
 * call order, so a ridge keeps its shape however wide an area is painted.
 */
export function createNoise1d(random: Random): (x: number, octaves?: number) => number {
  const size = 512;
  const lattice = Float64Array.from({ length: size }, () => random.next());
  const sample = (x: number) => {
    const floor = Math.floor(x);
    const fraction = x - floor;
    const smooth = fraction * fraction * (3 - 2 * fraction);
    const a = lattice[((floor % size) + size) % size] ?? 0;
    const b = lattice[(((floor + 1) % size) + size) % size] ?? 0;
    return a + (b - a) * smooth;
  };
  return (x, octaves = 4) => {
    let total = 0;
    let amplitude = 1;
    let frequency = 1;
    let norm = 0;
    for (let octave = 0; octave < octaves; octave++) {
      total += sample(x * frequency + octave * 31.7) * amplitude;
      norm += amplitude;
      amplitude *= 0.5;
      frequency *= 2.03;
    }
    return total / norm;
  };
}
