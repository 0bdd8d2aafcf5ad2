/**
 * The built-in music generator: an algorithmic composer plus a synthesizer, pure TypeScript,
 * no network. Genre drives tempo, groove, instruments and progressions; mood drives key, mode,
 * dynamics and density; the prompt seeds every choice and its words nudge a few of them.
 * @see /work/shared/MUSIC.md for the sources behind the tables and techniques.
 */
import { composePlan } from './music-composer';
import type { MusicRequest } from './music-plan';
import { SAMPLE_RATE } from './music-plan';
import { renderPlan } from './music-renderer';
import { Timeline } from './music-timeline';

export { GENRE_LABELS } from './music-genres';
export { MOOD_LABELS } from './music-moods';
export { MUSIC_GENRES, MUSIC_MOODS } from './music-plan';
export type { MusicGenre, MusicMood, MusicRequest } from './music-plan';
export { encodeWav16, waveformPeaks } from './music-wav';

export type RenderedTrack = {
  sampleRate: 44100;
  left: Float32Array;
  right: Float32Array;
  bpm: number;
  /** Tonic, e.g. `A`. */
  key: string;
  /** `major`, `minor`, `dorian`, `lydian`, `mixolydian`, `phrygian` or `harmonic minor`. */
  mode: string;
  sections: { name: string; startSeconds: number }[];
};

const MIN_SECONDS = 5;
const MAX_SECONDS = 600;

/**
 * Composes and renders a stereo 44.1 kHz track of exactly round(durationSeconds × 44100)
 * frames. Deterministic: the same request gives the same samples. Synchronous and CPU-bound
 * (≈ 1 s for 120 s of audio); `onProgress` is called a few dozen times at most.
 */
export function composeAndRender(request: MusicRequest, onProgress?: (fraction: number) => void): RenderedTrack {
  if (!Number.isFinite(request.durationSeconds) || request.durationSeconds < MIN_SECONDS || request.durationSeconds > MAX_SECONDS) {
    throw new RangeError(`durationSeconds must be between ${MIN_SECONDS} and ${MAX_SECONDS}, got ${request.durationSeconds}.`);
  }
  const plan = composePlan(request);
  onProgress?.(0.05);
  const { left, right } = renderPlan(plan, (fraction) => onProgress?.(0.05 + 0.95 * fraction));
  const timeline = new Timeline(plan.timing);
  return {
    sampleRate: SAMPLE_RATE,
    left,
    right,
    bpm: Math.round(plan.timing.bpm * 10) / 10,
    key: plan.key,
    mode: plan.modeLabel,
    sections: plan.sections.map((section) => ({ name: section.name, startSeconds: Math.round(timeline.secondsAtStraight(section.startBar * plan.timing.beatsPerBar) * 1000) / 1000 })),
  };
}
