/**
 * Sample-level shaping of the synthesizer's output: each chunk comes back from Flite with
 * its own lead-in and tail of near-silence, which are trimmed so that the pauses between
 * chunks are ours alone, and the joined clip is brought to one peak level.
 */

const FRAME_SECONDS = 0.01;
/** About -48 dBFS: Flite's "silence" is low noise, not digital zero. */
const SILENCE_RMS = 0.004;
/** Kept around the speech so soft onsets (h, f) and final releases (t, s) survive the trim. */
const ONSET_MARGIN_SECONDS = 0.03;
const RELEASE_MARGIN_SECONDS = 0.06;
/** -2 dBFS: loud enough to compare with other clips, with headroom for resampling players. */
export const TARGET_PEAK = 0.8;

function frameRms(samples: Float32Array, start: number, length: number): number {
  let sum = 0;
  const end = Math.min(samples.length, start + length);
  for (let index = start; index < end; index += 1) {
    const value = samples[index] ?? 0;
    sum += value * value;
  }
  return end > start ? Math.sqrt(sum / (end - start)) : 0;
}

/** The samples between the first and last frame louder than silence, with small margins. */
export function trimSilence(samples: Float32Array, sampleRate: number): Float32Array {
  const frame = Math.max(1, Math.round(FRAME_SECONDS * sampleRate));
  let first = -1;
  let last = -1;
  for (let start = 0; start < samples.length; start += frame) {
    if (frameRms(samples, start, frame) > SILENCE_RMS) {
      if (first < 0) first = start;
      last = start + frame;
    }
  }
  if (first < 0) return new Float32Array(0);
  const from = Math.max(0, first - Math.round(ONSET_MARGIN_SECONDS * sampleRate));
  const to = Math.min(samples.length, last + Math.round(RELEASE_MARGIN_SECONDS * sampleRate));
  return samples.slice(from, to);
}

export function silence(seconds: number, sampleRate: number): Float32Array {
  return new Float32Array(Math.max(0, Math.round(seconds * sampleRate)));
}

export function concatenate(parts: readonly Float32Array[]): Float32Array {
  const joined = new Float32Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  return joined;
}

/** Scales in place so the loudest sample sits at `TARGET_PEAK`; silence stays silence. */
export function normalizePeak(samples: Float32Array): Float32Array {
  let peak = 0;
  for (const value of samples) peak = Math.max(peak, Math.abs(value));
  if (peak === 0) return samples;
  const gain = TARGET_PEAK / peak;
  for (let index = 0; index < samples.length; index += 1) samples[index] = (samples[index] ?? 0) * gain;
  return samples;
}
