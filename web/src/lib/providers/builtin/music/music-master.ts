/**
 * The master stage (MUSIC.md §3 "Headroom and limiting"): lo-fi colouring, DC blocking,
 * fades, loudness normalisation to the mood's target, a soft clipper and a look-ahead
 * peak limiter whose gain can never let a sample past the ceiling.
 */
import { integratedLoudness } from './music-loudness';
import * as dsp from './music-dsp';
import type { MixPlan } from './music-plan';
import * as plan from './music-plan';

// IMPORTANT: bundlers (esbuild/tsx, webpack) compile imported bindings into getter calls;
// hot loops must use these module-local aliases, read once at load (measured ~25 % of render time).
const { NOISE_SCALE, onePoleCoefficient, softClip, xorshift } = dsp;
const { SAMPLE_RATE } = plan;

/** −1 dBFS sample-peak ceiling, leaving room for inter-sample peaks. */
export const CEILING = 0.891;

/**
 * Lo-fi colour in one pass: 2-pole low-pass, tape wow (a delay swinging ±0.25 % in pitch at
 * 0.55 Hz, its sine updated every 64 samples) and vinyl hiss with ~6 clicks per second.
 */
function lofi(left: Float32Array, right: Float32Array, mix: MixPlan, seed: number): void {
  const g = Math.tan((Math.PI * (mix.lowpassHz || 18000)) / SAMPLE_RATE);
  const a1 = 1 / (1 + g * (g + Math.SQRT2));
  const a2 = g * a1;
  const a3 = g * a2;
  let l1 = 0, l2 = 0, r1 = 0, r2 = 0;
  const depth = mix.wow > 0 ? (0.0025 * SAMPLE_RATE) / (2 * Math.PI * 0.55) : 0;
  const ringLeft = new Float32Array(256);
  const ringRight = new Float32Array(256);
  let delay = depth + 2;
  let delayStep = 0;
  let state = seed | 1;
  let hiss = 0;
  let pop = 0;
  const hissCoefficient = onePoleCoefficient(3000);
  const crackle = mix.crackle;
  const threshold = (6 / SAMPLE_RATE) * 65536;
  for (let index = 0; index < left.length; index += 1) {
    if ((index & 63) === 0) {
      const next = depth + 2 + depth * Math.sin((2 * Math.PI * 0.55 * (index + 64)) / SAMPLE_RATE);
      delayStep = (next - delay) / 64;
    }
    delay += delayStep;
    let v3 = left[index]! - l2;
    let v1 = a1 * l1 + a2 * v3;
    let v2 = l2 + a2 * l1 + a3 * v3;
    l1 = 2 * v1 - l1;
    l2 = 2 * v2 - l2;
    ringLeft[index & 255] = v2;
    v3 = right[index]! - r2;
    v1 = a1 * r1 + a2 * v3;
    v2 = r2 + a2 * r1 + a3 * v3;
    r1 = 2 * v1 - r1;
    r2 = 2 * v2 - r2;
    ringRight[index & 255] = v2;
    const position = index - delay;
    const whole = Math.floor(position);
    const fraction = position - whole;
    let l = 0;
    let r = 0;
    if (whole >= 0) {
      l = ringLeft[whole & 255]! + (ringLeft[(whole + 1) & 255]! - ringLeft[whole & 255]!) * fraction;
      r = ringRight[whole & 255]! + (ringRight[(whole + 1) & 255]! - ringRight[whole & 255]!) * fraction;
    }
    if (crackle > 0) {
      state = xorshift(state);
      hiss += hissCoefficient * (state * NOISE_SCALE - hiss);
      if ((state & 0xffff) < threshold) pop = (state >> 16) * NOISE_SCALE * 65536 * 0.12 * crackle;
      const noise = hiss * 0.004 * crackle + pop;
      pop *= 0.8;
      l += noise;
      r += noise * 0.9;
    }
    left[index] = l;
    right[index] = r;
  }
}

/** Look-ahead limiter: gain(p) = mean over k∈[p, p+w] of min(req[k−w … k]), so gain(p) ≤ req(p). */
function limit(left: Float32Array, right: Float32Array, ceiling: number, window: number, releaseSeconds: number): void {
  const length = left.length;
  // Monotonic deque for the sliding minimum; power-of-two rings so wrapping is a mask.
  const mask = 2 ** Math.ceil(Math.log2(2 * window + 2)) - 1;
  const dequeIndex = new Int32Array(mask + 1);
  const dequeValue = new Float64Array(mask + 1);
  let head = 0;
  let tail = 0;
  const ring = new Float64Array(mask + 1).fill(1);
  let ringSum = window + 1;
  let gain = 1;
  const release = 1 - Math.exp(-1 / (releaseSeconds * SAMPLE_RATE));
  for (let k = 0; k < length + window; k += 1) {
    let peak = 0;
    if (k < length) {
      const l = left[k]!;
      const r = right[k]!;
      peak = Math.max(l < 0 ? -l : l, r < 0 ? -r : r);
    }
    const required = peak > ceiling ? ceiling / peak : 1;
    while (tail > head && dequeValue[(tail - 1) & mask]! >= required) tail -= 1;
    dequeIndex[tail & mask] = k;
    dequeValue[tail & mask] = required;
    tail += 1;
    while (dequeIndex[head & mask]! < k - window) head += 1;
    gain = Math.min(dequeValue[head & mask]!, gain + (1 - gain) * release);
    ringSum += gain - ring[(k - window - 1) & mask]!;
    ring[k & mask] = gain;
    const position = k - window;
    if (position >= 0) {
      const smoothed = ringSum / (window + 1);
      left[position]! *= smoothed;
      right[position]! *= smoothed;
    }
  }
}

/** Gain, then a soft knee above 0.6 that approaches 1.0 asymptotically. */
function saturate(channel: Float32Array, gain: number): void {
  const knee = 0.6;
  for (let index = 0; index < channel.length; index += 1) {
    const value = channel[index]! * gain;
    const magnitude = value < 0 ? -value : value;
    if (magnitude > knee) channel[index] = (value < 0 ? -1 : 1) * (knee + (1 - knee) * softClip((magnitude - knee) / (1 - knee)));
    else channel[index] = value;
  }
}

export function masterTrack(left: Float32Array, right: Float32Array, mix: MixPlan, seed: number): void {
  const length = left.length;
  if (mix.lowpassHz > 0 || mix.wow > 0 || mix.crackle > 0) lofi(left, right, mix, seed);

  // DC blocker (≈ 5 Hz) and fades: 5 ms in, raised cosine out to exactly zero on the last sample.
  const fadeIn = Math.min(length, Math.round(0.005 * SAMPLE_RATE));
  const fadeStart = Math.max(0, length - Math.round(mix.fadeOutSeconds * SAMPLE_RATE));
  const pole = 1 - (2 * Math.PI * 5) / SAMPLE_RATE;
  let previousLeft = 0, previousRight = 0, outLeft = 0, outRight = 0;
  for (let index = 0; index < length; index += 1) {
    const l = left[index]!;
    const r = right[index]!;
    outLeft = l - previousLeft + pole * outLeft;
    outRight = r - previousRight + pole * outRight;
    previousLeft = l;
    previousRight = r;
    let gain = index < fadeIn ? index / fadeIn : 1;
    if (index >= fadeStart) gain *= 0.5 * (1 + Math.cos((Math.PI * (index - fadeStart)) / Math.max(1, length - 1 - fadeStart)));
    left[index] = outLeft * gain;
    right[index] = outRight * gain;
  }

  const measured = integratedLoudness(left, right);
  const makeUp = Number.isFinite(measured) ? Math.min(30, mix.loudnessLufs - measured) : 0;
  const gain = Math.pow(10, makeUp / 20);
  saturate(left, gain);
  saturate(right, gain);
  limit(left, right, CEILING, 64, 0.08);
  left[length - 1] = 0;
  right[length - 1] = 0;
}
