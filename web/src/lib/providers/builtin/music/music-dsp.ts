/**
 * Shared DSP primitives for the hot loops (MUSIC.md §5): a sine table with linear
 * interpolation instead of Math.sin, a rational tanh, xorshift noise, and helpers that run
 * once per note (never per sample).
 */
import { SAMPLE_RATE } from './music-plan';

export const TABLE_SIZE = 4096;
export const TABLE_MASK = TABLE_SIZE - 1;

/** One sine cycle plus a guard point, so `table[i + 1]` never needs wrapping. */
export const SINE_TABLE: Float32Array = (() => {
  const table = new Float32Array(TABLE_SIZE + 1);
  for (let index = 0; index <= TABLE_SIZE; index += 1) table[index] = Math.sin((2 * Math.PI * index) / TABLE_SIZE);
  return table;
})();

/** Reads a single-cycle table at a phase in [0, 1). */
export function readTable(table: Float32Array, phase: number): number {
  const position = phase * TABLE_SIZE;
  const index = position | 0;
  const fraction = position - index;
  const a = table[index & TABLE_MASK]!;
  return a + (table[(index & TABLE_MASK) + 1]! - a) * fraction;
}

/** tanh for |x| ≤ 3 as x(27 + x²)/(27 + 9x²), clamped to ±1 beyond: ~8× faster than Math.tanh. */
export function softClip(x: number): number {
  if (x > 3) return 1;
  if (x < -3) return -1;
  const square = x * x;
  return (x * (27 + square)) / (27 + 9 * square);
}

/** xorshift32 step; keep the state in a local variable inside loops. */
export function xorshift(state: number): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return state | 0;
}

/** Maps a xorshift state to [-1, 1). */
export const NOISE_SCALE = 1 / 2147483648;

/** Per-sample multiplier for an exponential decay to 1/1000 (−60 dB) in `seconds`. */
export function decayFactor(seconds: number): number {
  return seconds <= 0 ? 0 : Math.pow(0.001, 1 / (seconds * SAMPLE_RATE));
}

/** One-pole low-pass coefficient for a cutoff in Hz: y += a·(x − y). */
export function onePoleCoefficient(hz: number): number {
  return 1 - Math.exp((-2 * Math.PI * Math.min(hz, SAMPLE_RATE * 0.45)) / SAMPLE_RATE);
}

/** Builds a single-cycle table from harmonic amplitudes (index 0 = fundamental), peak-normalised. */
export function buildHarmonicTable(amplitudes: readonly number[]): Float32Array {
  const table = new Float32Array(TABLE_SIZE + 1);
  for (let harmonic = 0; harmonic < amplitudes.length; harmonic += 1) {
    const amplitude = amplitudes[harmonic]!;
    if (amplitude === 0) continue;
    for (let index = 0; index <= TABLE_SIZE; index += 1) {
      table[index]! += amplitude * Math.sin((2 * Math.PI * (harmonic + 1) * index) / TABLE_SIZE);
    }
  }
  let peak = 0;
  for (let index = 0; index <= TABLE_SIZE; index += 1) peak = Math.max(peak, Math.abs(table[index]!));
  if (peak > 0) for (let index = 0; index <= TABLE_SIZE; index += 1) table[index]! /= peak;
  return table;
}

/** Constant-power pan, −1 (left) … 1 (right). */
export function panGains(pan: number): [number, number] {
  const angle = ((Math.max(-1, Math.min(1, pan)) + 1) * Math.PI) / 4;
  return [Math.cos(angle), Math.sin(angle)];
}
