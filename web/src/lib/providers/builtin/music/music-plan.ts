/**
 * The composer's output and the renderer's input: a score in beats, plus mix settings.
 * Keeping the plan as plain data lets tests assert musical decisions (mode, tempo, form)
 * without listening to audio.
 */
import type { Chord, ModeName } from './music-theory';

export const MUSIC_GENRES = ['pop', 'rock', 'electronic', 'hip-hop', 'jazz', 'classical', 'ambient', 'lo-fi', 'cinematic', 'folk'] as const;
export const MUSIC_MOODS = ['happy', 'sad', 'energetic', 'calm', 'dark', 'romantic', 'epic', 'mysterious'] as const;
export type MusicGenre = (typeof MUSIC_GENRES)[number];
export type MusicMood = (typeof MUSIC_MOODS)[number];

export type MusicRequest = {
  prompt: string;
  genre: MusicGenre;
  mood: MusicMood;
  /** 15–120, may be fractional; the track has exactly round(durationSeconds × 44100) frames. */
  durationSeconds: number;
  seed?: number;
};

export const SAMPLE_RATE = 44100;

/** One pitched note. `offset` is humanisation in seconds on top of the swung grid. */
export interface NoteEvent {
  beat: number;
  length: number;
  midi: number;
  velocity: number;
  offset: number;
}

export type DrumKind =
  | 'kick' | 'snare' | 'clap' | 'rim' | 'hat' | 'openHat' | 'ride' | 'crash' | 'shaker'
  | 'tomHigh' | 'tomLow' | 'taiko' | 'timpani' | 'stomp' | 'brush' | 'impact' | 'riser';

export type KitId = 'acoustic' | 'electronic' | 'hiphop' | 'lofi' | 'jazz' | 'orchestral' | 'folk';

export interface DrumHit {
  beat: number;
  drum: DrumKind;
  velocity: number;
  offset: number;
  /** Only risers use it: how many beats the swell lasts. */
  lengthBeats: number;
}

export type PartRole = 'bass' | 'chords' | 'pad' | 'lead' | 'counter' | 'arp';

export interface PartPlan {
  role: PartRole;
  instrument: string;
  notes: NoteEvent[];
  gainDb: number;
  pan: number;
  /** Pan spread across simultaneous notes (chords), 0–1. */
  spread: number;
  reverb: number;
  delay: number;
  /** Ducked by the kick (sidechain). */
  ducked: boolean;
  /** Right channel delayed by this many ms for width (0 = off). */
  haasMs: number;
}

export type SectionKind = 'intro' | 'low' | 'mid' | 'high' | 'break' | 'build' | 'outro';

export interface SectionPlan {
  name: string;
  kind: SectionKind;
  /** Which melody theme plays: sections sharing a theme share their tune. */
  theme: 'A' | 'B' | 'C';
  startBar: number;
  bars: number;
  /** 0–1: drives dynamics, drum intensity and filter brightness. */
  energy: number;
  last: boolean;
}

export interface ChordSlot {
  beat: number;
  length: number;
  chord: Chord;
  /** Chord tones as pitch classes relative to the tonic. */
  tones: number[];
  /** The mode bent around the chord (see chordScale). */
  scale: number[];
}

export interface TimingPlan {
  bpm: number;
  beatsPerBar: number;
  totalBars: number;
  /** Linn swing: 0.5 straight … 0.66 triplet; applied to `swingUnit` beats. */
  swing: number;
  swingUnit: number;
  /** Ritardando over the last `ritBeats` beats, slowing by up to `ritAmount` (0.1 = 10 %). */
  ritBeats: number;
  ritAmount: number;
  durationSeconds: number;
  sampleCount: number;
}

export interface MixPlan {
  reverbRoom: number;
  reverbDamp: number;
  delayBeats: number;
  delayFeedback: number;
  sidechainDepth: number;
  loudnessLufs: number;
  /** Master low-pass for lo-fi, 0 = off. */
  lowpassHz: number;
  crackle: number;
  wow: number;
  fadeOutSeconds: number;
  drumGainDb: number;
  drumReverb: number;
  /** Multiplies filter cutoffs and FM indices: the mood's brightness. */
  brightness: number;
}

export interface CompositionPlan {
  genre: MusicGenre;
  mood: MusicMood;
  tonicPitchClass: number;
  key: string;
  mode: ModeName;
  modeLabel: string;
  timing: TimingPlan;
  sections: SectionPlan[];
  chords: ChordSlot[];
  parts: PartPlan[];
  kit: KitId;
  drums: DrumHit[];
  mix: MixPlan;
}
