/**
 * Drum synthesis (MUSIC.md §1e): pitch-swept sines, filtered noise and inharmonic partials.
 * Each (kit, drum, variant) is rendered once and reused, so its cost is independent of how
 * many hits a track has; two noise variants avoid the machine-gun effect.
 */
import * as dsp from './music-dsp';
import type { DrumKind, KitId } from './music-plan';
import * as plan from './music-plan';

// IMPORTANT: bundlers (esbuild/tsx, webpack) compile imported bindings into getter calls;
// hot loops must use these module-local aliases, read once at load (measured ~25 % of render time).
const { NOISE_SCALE, softClip, xorshift } = dsp;
const { SAMPLE_RATE } = plan;

type KickShape = readonly [startHz: number, endHz: number, pitchDecay: number, ampDecay: number, click: number, drive: number];
type SnareShape = readonly [bodyHz: number, bodyDecay: number, noiseDecay: number, highPass: number, lowPass: number, noise: number];

const KICKS: Record<KitId, KickShape> = {
  acoustic: [110, 55, 0.03, 0.35, 0.3, 1.5], electronic: [160, 48, 0.035, 0.5, 0.4, 2], hiphop: [130, 50, 0.04, 0.55, 0.35, 2.5],
  lofi: [100, 50, 0.03, 0.35, 0.1, 1.2], jazz: [90, 58, 0.02, 0.3, 0.05, 1], orchestral: [110, 55, 0.03, 0.4, 0.2, 1.5], folk: [100, 52, 0.03, 0.35, 0.2, 1.2],
};
const SNARES: Record<KitId, SnareShape> = {
  acoustic: [190, 0.12, 0.22, 1500, 9000, 0.8], electronic: [200, 0.1, 0.25, 1200, 10000, 0.9], hiphop: [185, 0.12, 0.2, 1000, 8000, 1],
  lofi: [180, 0.1, 0.15, 800, 4500, 0.7], jazz: [200, 0.08, 0.15, 2000, 7000, 0.5], orchestral: [190, 0.1, 0.3, 1500, 8000, 0.8], folk: [190, 0.1, 0.18, 1200, 7000, 0.7],
};

const seconds = (value: number) => Math.round(value * SAMPLE_RATE);
const decayTo = (time: number, length: number) => Math.exp(Math.log(0.001) * (time / length));

/** Sine with an exponential pitch glide from `startHz` to `endHz`. */
function addSweep(out: Float32Array, startHz: number, endHz: number, pitchDecay: number, ampDecay: number, level: number): void {
  let phase = 0;
  for (let index = 0; index < out.length; index += 1) {
    const time = index / SAMPLE_RATE;
    phase += (endHz + (startHz - endHz) * Math.exp(-time / pitchDecay)) / SAMPLE_RATE;
    out[index]! += level * Math.sin(2 * Math.PI * phase) * decayTo(time, ampDecay) * Math.min(1, index / 20);
  }
}

/** Noise through a state-variable band (high-pass then low-pass), shaped attack/decay. */
function addNoise(out: Float32Array, seed: number, highPass: number, lowPass: number, attack: number, decay: number, level: number, from = 0): void {
  let state = seed | 1;
  const hp = Math.exp((-2 * Math.PI * highPass) / SAMPLE_RATE);
  const lpG = Math.tan((Math.PI * Math.min(lowPass, 18000)) / SAMPLE_RATE);
  const a1 = 1 / (1 + lpG * (lpG + 1.2));
  let hpState = 0;
  let previous = 0;
  let ic1 = 0;
  let ic2 = 0;
  for (let index = from; index < out.length; index += 1) {
    state = xorshift(state);
    const white = state * NOISE_SCALE;
    hpState = hp * (hpState + white - previous);
    previous = white;
    const v3 = hpState - ic2;
    const v1 = a1 * ic1 + lpG * a1 * v3;
    const v2 = ic2 + lpG * a1 * ic1 + lpG * lpG * a1 * v3;
    ic1 = 2 * v1 - ic1;
    ic2 = 2 * v2 - ic2;
    const time = (index - from) / SAMPLE_RATE;
    const envelope = (attack > 0 ? Math.min(1, time / attack) : 1) * decayTo(time, decay);
    out[index]! += level * v2 * envelope;
  }
}

/** Inharmonic square partials (the 808 cymbal recipe), for hats, ride and crash. */
function addMetal(out: Float32Array, base: number, decay: number, level: number): void {
  const ratios = [1, 1.4471, 1.617, 1.9265, 2.5028, 2.6637];
  const phases = ratios.map(() => 0);
  for (let index = 0; index < out.length; index += 1) {
    let sum = 0;
    for (let partial = 0; partial < ratios.length; partial += 1) {
      phases[partial] = (phases[partial]! + (base * ratios[partial]!) / SAMPLE_RATE) % 1;
      sum += phases[partial]! < 0.5 ? 1 : -1;
    }
    out[index]! += (level * sum * decayTo(index / SAMPLE_RATE, decay)) / ratios.length;
  }
}

function synthesize(kit: KitId, drum: DrumKind, seed: number, lengthSamples: number): Float32Array {
  const make = (duration: number) => new Float32Array(seconds(duration));
  switch (drum) {
    case 'kick': {
      const [start, end, pitchDecay, ampDecay, click, drive] = KICKS[kit];
      const out = make(ampDecay * 1.1);
      addSweep(out, start, end, pitchDecay, ampDecay, 1);
      addNoise(out, seed, 1000, 8000, 0, 0.004, click);
      for (let index = 0; index < out.length; index += 1) out[index] = softClip(out[index]! * drive);
      return out;
    }
    case 'snare': case 'clap': case 'rim': case 'brush': {
      const [body, bodyDecay, noiseDecay, highPass, lowPass, noise] = SNARES[kit];
      if (drum === 'clap') {
        const out = make(0.35);
        for (let burst = 0; burst < 3; burst += 1) addNoise(out, seed + burst, 900, 2600, 0, 0.03, 0.8, seconds(0.011 * burst));
        addNoise(out, seed + 7, 900, 3000, 0, 0.22, 0.6, seconds(0.033));
        return out;
      }
      if (drum === 'rim') {
        const out = make(0.08);
        addSweep(out, 1700, 1650, 1, 0.03, 0.6);
        addSweep(out, 520, 500, 1, 0.05, 0.5);
        addNoise(out, seed, 2000, 9000, 0, 0.01, 0.5);
        return out;
      }
      if (drum === 'brush') {
        const out = make(0.3);
        addNoise(out, seed, 1500, 6000, 0.02, 0.25, 1);
        return out;
      }
      const out = make(Math.max(bodyDecay, noiseDecay) * 1.1);
      addSweep(out, body * 1.4, body, 0.01, bodyDecay, 0.9);
      addNoise(out, seed, highPass, lowPass, 0, noiseDecay, noise * 1.6);
      return out;
    }
    case 'hat': case 'openHat': {
      const out = make(drum === 'hat' ? 0.07 : 0.45);
      const decay = drum === 'hat' ? 0.05 : 0.4;
      const dark = kit === 'lofi' || kit === 'jazz';
      addMetal(out, 330, decay, 0.4);
      addNoise(out, seed, 7000, dark ? 7000 : 14000, 0, decay, 1);
      addNoise(out, seed + 1, 7000, 16000, 0, decay * 0.5, -0.25);
      return out;
    }
    case 'ride': case 'crash': {
      const decay = drum === 'ride' ? 1.4 : 2;
      const out = make(decay);
      addMetal(out, drum === 'ride' ? 420 : 310, decay, drum === 'ride' ? 0.5 : 0.35);
      addNoise(out, seed, drum === 'ride' ? 4000 : 3000, 12000, 0, decay * (drum === 'ride' ? 0.3 : 0.8), 0.9);
      return out;
    }
    case 'shaker': {
      const out = make(0.12);
      addNoise(out, seed, 5000, 11000, 0.008, 0.08, 1);
      return out;
    }
    case 'tomHigh': case 'tomLow': {
      const out = make(0.45);
      const hz = drum === 'tomHigh' ? 190 : 120;
      addSweep(out, hz * 1.3, hz, 0.05, 0.4, 1);
      addNoise(out, seed, 300, 3000, 0, 0.05, 0.3);
      return out;
    }
    case 'taiko': case 'stomp': {
      const big = drum === 'taiko';
      const out = make(big ? 1.1 : 0.25);
      addSweep(out, big ? 80 : 90, big ? 52 : 50, big ? 0.08 : 0.03, big ? 1 : 0.2, 1);
      addNoise(out, seed, 60, big ? 800 : 1500, 0, big ? 0.15 : 0.05, 0.6);
      for (let index = 0; index < out.length; index += 1) out[index] = softClip(out[index]! * 1.6);
      return out;
    }
    case 'timpani': {
      const out = make(2);
      for (const [ratio, level] of [[1, 1], [1.5, 0.35], [1.98, 0.2]] as const) addSweep(out, 98 * ratio * 1.02, 98 * ratio, 0.05, 1.8 / ratio, level);
      addNoise(out, seed, 100, 1500, 0, 0.04, 0.3);
      return out;
    }
    case 'impact': {
      const out = make(2.6);
      addSweep(out, 65, 30, 0.3, 2.5, 1);
      addNoise(out, seed, 30, 400, 0, 0.8, 0.8);
      for (let index = 0; index < out.length; index += 1) out[index] = softClip(out[index]! * 1.5);
      return out;
    }
    case 'riser': {
      const out = new Float32Array(Math.max(1, lengthSamples));
      let state = seed | 1;
      let ic1 = 0;
      let ic2 = 0;
      let g = 0;
      let a1 = 0;
      for (let index = 0; index < out.length; index += 1) {
        const progress = index / out.length;
        if ((index & 63) === 0) {
          g = Math.tan((Math.PI * 300 * Math.pow(20, progress)) / SAMPLE_RATE);
          a1 = 1 / (1 + g * (g + 0.5));
        }
        state = xorshift(state);
        const v3 = state * NOISE_SCALE - ic2;
        const v1 = a1 * ic1 + g * a1 * v3;
        const v2 = ic2 + g * a1 * ic1 + g * g * a1 * v3;
        ic1 = 2 * v1 - ic1;
        ic2 = 2 * v2 - ic2;
        out[index] = v1 * progress * progress * Math.min(1, (out.length - index) / 400);
      }
      return out;
    }
  }
}

const cache = new Map<string, Float32Array>();

/** A peak-normalised hit; `lengthSamples` only matters for risers. */
export function drumSample(kit: KitId, drum: DrumKind, variant: number, lengthSamples = 0): Float32Array {
  const key = `${kit}:${drum}:${variant}:${drum === 'riser' ? lengthSamples : 0}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const out = synthesize(kit, drum, 0x5eed + variant * 7919 + drum.length * 131, lengthSamples);
  let peak = 1e-9;
  for (let index = 0; index < out.length; index += 1) peak = Math.max(peak, Math.abs(out[index]!));
  for (let index = 0; index < out.length; index += 1) out[index]! /= peak;
  // Very short fade-out so truncated tails never click.
  const fade = Math.min(64, out.length);
  for (let index = 0; index < fade; index += 1) out[out.length - 1 - index]! *= index / fade;
  if (cache.size > 256) cache.clear();
  cache.set(key, out);
  return out;
}
