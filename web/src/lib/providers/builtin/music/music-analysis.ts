/**
 * Objective measurements of rendered audio (MUSIC.md §4), used by the tests and handy for
 * tuning: spectral-flux onsets, tempo by autocorrelation with a metrical comb and a
 * log-normal prior around 120 BPM, and the mean spectral centroid ("brightness").
 */

const FRAME = 2048;
const HOP = 512;

function fft(real: Float64Array, imaginary: Float64Array): void {
  const size = real.length;
  for (let index = 1, reversed = 0; index < size; index += 1) {
    let bit = size >> 1;
    for (; reversed & bit; bit >>= 1) reversed ^= bit;
    reversed ^= bit;
    if (index < reversed) {
      [real[index], real[reversed]] = [real[reversed]!, real[index]!];
      [imaginary[index], imaginary[reversed]] = [imaginary[reversed]!, imaginary[index]!];
    }
  }
  for (let length = 2; length <= size; length <<= 1) {
    const angle = (-2 * Math.PI) / length;
    for (let start = 0; start < size; start += length) {
      for (let offset = 0; offset < length / 2; offset += 1) {
        const cos = Math.cos(angle * offset);
        const sin = Math.sin(angle * offset);
        const a = start + offset;
        const b = a + length / 2;
        const re = real[b]! * cos - imaginary[b]! * sin;
        const im = real[b]! * sin + imaginary[b]! * cos;
        real[b] = real[a]! - re;
        imaginary[b] = imaginary[a]! - im;
        real[a]! += re;
        imaginary[a]! += im;
      }
    }
  }
}

export interface SpectralSummary {
  /** Onset strength per hop (half-wave-rectified log-spectral flux, mean removed). */
  onsets: Float64Array;
  framesPerSecond: number;
  /** Mean spectral centroid in Hz over frames that are not silent. */
  centroidHz: number;
}

export function analyseSpectrum(left: Float32Array, right: Float32Array, sampleRate: number): SpectralSummary {
  const frames = Math.max(0, Math.floor((left.length - FRAME) / HOP) + 1);
  const window = Float64Array.from({ length: FRAME }, (_, index) => 0.5 - 0.5 * Math.cos((2 * Math.PI * index) / FRAME));
  const real = new Float64Array(FRAME);
  const imaginary = new Float64Array(FRAME);
  let previous = new Float64Array(FRAME / 2 + 1);
  let current = new Float64Array(FRAME / 2 + 1);
  const onsets = new Float64Array(frames);
  let centroidSum = 0;
  let centroidFrames = 0;
  for (let frame = 0; frame < frames; frame += 1) {
    const offset = frame * HOP;
    for (let index = 0; index < FRAME; index += 1) {
      real[index] = 0.5 * (left[offset + index]! + right[offset + index]!) * window[index]!;
      imaginary[index] = 0;
    }
    fft(real, imaginary);
    let flux = 0;
    let weighted = 0;
    let total = 0;
    for (let bin = 0; bin <= FRAME / 2; bin += 1) {
      const magnitude = Math.hypot(real[bin]!, imaginary[bin]!);
      current[bin] = Math.log1p(100 * magnitude);
      if (frame > 0) flux += Math.max(0, current[bin]! - previous[bin]!);
      weighted += ((bin * sampleRate) / FRAME) * magnitude;
      total += magnitude;
    }
    onsets[frame] = flux;
    if (total > 1e-3) {
      centroidSum += weighted / total;
      centroidFrames += 1;
    }
    [previous, current] = [current, previous];
  }
  const mean = onsets.reduce((sum, value) => sum + value, 0) / Math.max(1, frames);
  for (let frame = 0; frame < frames; frame += 1) onsets[frame] = onsets[frame]! - mean;
  return { onsets, framesPerSecond: sampleRate / HOP, centroidHz: centroidFrames > 0 ? centroidSum / centroidFrames : 0 };
}

/** Tempo in BPM (60–200): autocorrelation scored ac(τ) + ½ac(2τ) + ¼ac(4τ), log-normal prior at 120. */
export function estimateTempo(summary: SpectralSummary): number {
  const { onsets, framesPerSecond } = summary;
  // Longest lag needed: 4τ at 60 BPM.
  const maxLag = Math.ceil(4 * framesPerSecond) + 2;
  const autocorrelation = new Float64Array(maxLag + 1);
  for (let lag = 0; lag <= maxLag; lag += 1) {
    let sum = 0;
    for (let index = lag; index < onsets.length; index += 1) sum += onsets[index]! * onsets[index - lag]!;
    autocorrelation[lag] = sum / Math.max(1, onsets.length - lag);
  }
  const at = (lag: number) => {
    const whole = Math.floor(lag);
    if (whole + 1 > maxLag) return 0;
    return autocorrelation[whole]! + (autocorrelation[whole + 1]! - autocorrelation[whole]!) * (lag - whole);
  };
  let best = 120;
  let bestScore = -Infinity;
  for (let bpm = 60; bpm <= 200; bpm += 0.1) {
    const lag = (60 * framesPerSecond) / bpm;
    const prior = Math.exp(-0.5 * Math.log2(bpm / 120) ** 2);
    const score = (at(lag) + 0.5 * at(2 * lag) + 0.25 * at(4 * lag)) * prior;
    if (score > bestScore) {
      bestScore = score;
      best = bpm;
    }
  }
  return best;
}

/** Estimate ÷ target folded by octaves into [0.75, 1.5), minus 1: 0 is a perfect match. */
export function foldedTempoError(estimate: number, target: number): number {
  let ratio = estimate / target;
  while (ratio >= 1.5) ratio /= 2;
  while (ratio < 0.75) ratio *= 2;
  return ratio - 1;
}
