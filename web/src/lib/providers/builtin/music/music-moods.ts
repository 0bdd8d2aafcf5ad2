/**
 * What a mood sets: mode, tempo scaling, register, dynamics, density, effects and chord
 * colours (MUSIC.md §2; cue ranking mode > tempo > register > dynamics, Eerola et al. 2013).
 */
import type { MusicMood } from './music-plan';
import type { Weighted } from './music-random';
import type { ModeName } from './music-theory';

export type ChordColor = 'none' | 'add9' | 'six' | 'seventh' | 'sus2' | 'sus4' | 'power';

export interface MoodProfile {
  modes: Weighted<ModeName>;
  /** Multiplies the genre's centre tempo (then clamped to the genre range). */
  tempo: number;
  /** Baseline loudness of the performance, 0–1 (velocities, drum intensity). */
  energy: number;
  /** Multiplies the genre's melodic density. */
  density: number;
  /** Semitones added to the melody register. */
  register: number;
  /** Note length as a share of the time to the next note: 1 legato, 0.5 staccato. */
  legato: number;
  /** Bars per chord preference (the genre may override). */
  harmonicRhythm: number;
  reverb: number;
  /** Multiplies filter cutoffs. */
  brightness: number;
  colors: Weighted<ChordColor>;
  /** Preferred tonics as pitch classes (C = 0). */
  tonics: readonly number[];
  loudnessLufs: number;
  /** Energy grows section by section instead of following verse/chorus. */
  crescendo: boolean;
}

export const MOODS: Record<MusicMood, MoodProfile> = {
  happy: {
    modes: [['ionian', 0.7], ['lydian', 0.15], ['mixolydian', 0.15]], tempo: 1.12, energy: 0.75, density: 1.1,
    register: 4, legato: 0.7, harmonicRhythm: 1, reverb: 0.8, brightness: 1.2,
    colors: [['none', 3], ['add9', 1], ['six', 1], ['sus2', 0.5]], tonics: [0, 2, 7, 5, 9, 4], loudnessLufs: -14, crescendo: false,
  },
  sad: {
    modes: [['aeolian', 0.6], ['dorian', 0.2], ['harmonicMinor', 0.2]], tempo: 0.8, energy: 0.45, density: 0.7,
    register: -3, legato: 1, harmonicRhythm: 2, reverb: 1.4, brightness: 0.7,
    colors: [['none', 2], ['seventh', 2], ['sus4', 0.5]], tonics: [9, 2, 4, 11, 0, 7], loudnessLufs: -16, crescendo: false,
  },
  energetic: {
    modes: [['aeolian', 0.4], ['mixolydian', 0.25], ['ionian', 0.35]], tempo: 1.22, energy: 0.95, density: 1.25,
    register: 2, legato: 0.6, harmonicRhythm: 1, reverb: 0.6, brightness: 1.35,
    colors: [['none', 3], ['power', 1], ['sus4', 0.5]], tonics: [4, 9, 2, 7, 11], loudnessLufs: -13, crescendo: false,
  },
  calm: {
    modes: [['lydian', 0.35], ['ionian', 0.65]], tempo: 0.78, energy: 0.35, density: 0.6,
    register: 0, legato: 1, harmonicRhythm: 2, reverb: 1.5, brightness: 0.75,
    colors: [['seventh', 2], ['add9', 2], ['six', 1], ['sus2', 1]], tonics: [5, 0, 7, 2, 10], loudnessLufs: -17, crescendo: false,
  },
  dark: {
    modes: [['phrygian', 0.35], ['aeolian', 0.35], ['harmonicMinor', 0.3]], tempo: 0.92, energy: 0.6, density: 0.7,
    register: -5, legato: 0.85, harmonicRhythm: 2, reverb: 1.3, brightness: 0.65,
    colors: [['none', 3], ['sus4', 1]], tonics: [2, 4, 1, 6, 11], loudnessLufs: -15, crescendo: false,
  },
  romantic: {
    modes: [['ionian', 0.55], ['aeolian', 0.45]], tempo: 0.85, energy: 0.5, density: 0.85,
    register: 2, legato: 0.95, harmonicRhythm: 1, reverb: 1.2, brightness: 0.9,
    colors: [['seventh', 3], ['none', 1], ['add9', 1]], tonics: [10, 3, 5, 8, 0], loudnessLufs: -16, crescendo: false,
  },
  epic: {
    modes: [['aeolian', 0.6], ['dorian', 0.4]], tempo: 1, energy: 0.85, density: 0.9,
    register: 0, legato: 0.9, harmonicRhythm: 1, reverb: 1.3, brightness: 1.05,
    colors: [['none', 3], ['power', 1], ['sus2', 1]], tonics: [2, 0, 7, 9, 5], loudnessLufs: -14, crescendo: true,
  },
  mysterious: {
    modes: [['dorian', 0.4], ['harmonicMinor', 0.3], ['phrygian', 0.3]], tempo: 0.88, energy: 0.45, density: 0.6,
    register: 3, legato: 0.9, harmonicRhythm: 2, reverb: 1.5, brightness: 0.8,
    colors: [['sus2', 2], ['none', 2], ['add9', 1]], tonics: [6, 1, 8, 11, 4], loudnessLufs: -17, crescendo: false,
  },
};

export const MOOD_LABELS: Record<MusicMood, string> = {
  happy: 'Happy', sad: 'Sad', energetic: 'Energetic', calm: 'Calm',
  dark: 'Dark', romantic: 'Romantic', epic: 'Epic', mysterious: 'Mysterious',
};
