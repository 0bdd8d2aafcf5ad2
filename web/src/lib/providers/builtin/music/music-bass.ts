/**
 * Bass lines by idiom (MUSIC.md §1c): pop eighths, rock drive with passing notes, house
 * offbeats, rolling sixteenths, 808 notes locked to the kick, jazz walking quarters, classical
 * halves, ambient drones, lo-fi root–fifth, cinematic pedal ostinato, folk boom–chick.
 */
import type { BassStyle } from './music-genres';
import { chordAt } from './music-harmony';
import type { ChordSlot, NoteEvent, SectionPlan } from './music-plan';
import type { Rng } from './music-random';
import { pitchInRange } from './music-theory';

export interface BassOptions {
  rng: Rng;
  chords: readonly ChordSlot[];
  tonicPitchClass: number;
  beatsPerBar: number;
  style: BassStyle;
  /** Lowest midi note of the root's octave. */
  low: number;
  /** Bar-relative kick positions, for `followKick`. */
  kickBeats: readonly number[];
  humanizeSeconds: number;
  /** Beats the final note rings past the last bar (cadence endings), 0 = no final hold. */
  finalHoldBeats: number;
}

type Degree = 'r' | '5' | 'o' | 'a';
type Step = readonly [at: number, length: number, degree: Degree];

function patternFor(style: BassStyle, beatsPerBar: number, energy: number, kickBeats: readonly number[]): Step[] {
  const beats = Array.from({ length: beatsPerBar }, (_, beat) => beat);
  const eighths = Array.from({ length: beatsPerBar * 2 }, (_, index) => index / 2);
  switch (style) {
    case 'eighths':
      if (energy < 0.55) return beats.map((beat) => [beat, 0.9, 'r'] as const);
      return eighths.map((at, index) => [at, 0.45, index === eighths.length - 1 ? 'a' : index === 3 ? 'o' : 'r'] as const);
    case 'drive':
      return eighths.map((at, index) => [at, 0.42, index === eighths.length - 1 ? 'a' : 'r'] as const);
    case 'offbeat':
      return beats.map((beat) => [beat + 0.5, 0.32, beat === beatsPerBar - 1 && energy > 0.8 ? 'o' : 'r'] as const);
    case 'rolling':
      return beats.flatMap((beat) => [[beat + 0.25, 0.2, 'r'], [beat + 0.5, 0.2, 'r'], [beat + 0.75, 0.2, 'o']] as const);
    case 'followKick': {
      const starts = kickBeats.length > 0 ? kickBeats : [0];
      return starts.map((at, index) => [at, Math.min(2, (starts[index + 1] ?? beatsPerBar) - at) * 0.95, 'r'] as const);
    }
    case 'halves':
      return beatsPerBar === 3 ? [[0, 2.9, 'r']] : [[0, 1.9, 'r'], [2, 1.9, energy > 0.6 ? '5' : 'r']];
    case 'rootFifth':
      return beatsPerBar === 3 ? [[0, 1.5, 'r'], [2, 0.9, '5']] : [[0, 1.5, 'r'], [2, 1.2, '5'], [3.5, 0.45, 'o']];
    case 'ostinato':
      return eighths.map((at, index) => [at, 0.4, index % 3 === 2 ? 'o' : 'r'] as const);
    case 'boomChick':
      return beatsPerBar === 3 ? [[0, 0.9, 'r']] : [[0, 0.9, 'r'], [2, 0.9, '5']];
    default:
      return [[0, beatsPerBar, 'r']];
  }
}

export function composeBass(options: BassOptions, section: SectionPlan): NoteEvent[] {
  const { rng, chords, beatsPerBar, low } = options;
  const rootOf = (slot: ChordSlot) => pitchInRange(options.tonicPitchClass + slot.chord.root, low);
  const notes: NoteEvent[] = [];
  const push = (beat: number, length: number, midi: number, velocity: number) =>
    notes.push({ beat, length, midi, velocity: Math.min(1, velocity * (1 + rng.jitter(0.05))), offset: rng.jitter(options.humanizeSeconds) });
  const velocity = 0.6 + 0.35 * section.energy;
  const start = section.startBar * beatsPerBar;
  const end = start + section.bars * beatsPerBar;

  if (options.style === 'drone') {
    for (let beat = start; beat < end; ) {
      const slot = chordAt(chords, beat);
      const length = Math.min(slot.beat + slot.length, end) - beat;
      push(beat, length + 0.25, rootOf(slot), velocity * 0.8);
      beat += length;
    }
  } else {
    let walkTarget: number | null = null;
    for (let bar = 0; bar < section.bars; bar += 1) {
      const barStart = start + bar * beatsPerBar;
      if (section.last && options.finalHoldBeats > 0 && bar === section.bars - 1) break;
      if (options.style === 'walking') {
        walkTarget = walkBar(options, barStart, rootOf, push, velocity, walkTarget);
        continue;
      }
      for (const [at, length, degree] of patternFor(options.style, beatsPerBar, section.energy, options.kickBeats)) {
        const beat = barStart + at;
        const slot = chordAt(chords, beat);
        const root = rootOf(slot);
        let midi = degree === 'o' ? root + 12 : degree === '5' ? (slot.tones.includes((slot.chord.root + 7) % 12) ? root + 7 : root + 12) : root;
        if (degree === 'a') {
          const next = chordAt(chords, barStart + beatsPerBar);
          if (next !== slot) midi = pitchInRange(options.tonicPitchClass + next.chord.root, low) + (rng.chance(0.5) ? -1 : 2);
        }
        push(beat, length, midi, velocity * (Math.abs(at - Math.round(at)) < 1e-6 ? 1 : 0.82));
      }
    }
  }
  if (section.last && options.finalHoldBeats > 0) {
    const barStart = end - beatsPerBar;
    push(barStart, beatsPerBar + options.finalHoldBeats, rootOf(chordAt(chords, barStart)), velocity);
  }
  return notes;
}

/**
 * Root on one, chord or scale tones walking towards the next root, chromatic approach on four.
 * Returns the octave it aimed at, so the next bar starts there instead of jumping an octave.
 */
function walkBar(options: BassOptions, barStart: number, rootOf: (slot: ChordSlot) => number, push: (beat: number, length: number, midi: number, velocity: number) => void, velocity: number, aimed: number | null): number {
  const { chords, beatsPerBar, rng, low } = options;
  const slot = chordAt(chords, barStart);
  const root = rootOf(slot);
  const start = aimed !== null && (aimed - root) % 12 === 0 && aimed <= low + 19 ? aimed : root;
  const nextRoot = rootOf(chordAt(chords, barStart + beatsPerBar));
  const target = [nextRoot, nextRoot + 12].reduce((best, candidate) => (Math.abs(candidate - start) < Math.abs(best - start) ? candidate : best));
  const approach = target + (rng.chance(0.6) ? -1 : 1);
  const pitches = new Set<number>();
  for (let midi = low; midi <= low + 24; midi += 1) {
    if (slot.scale.includes((((midi - options.tonicPitchClass) % 12) + 12) % 12)) pitches.add(midi);
  }
  let previous = start;
  push(barStart, 0.9, start, velocity);
  for (let beat = 1; beat < beatsPerBar; beat += 1) {
    let midi = approach;
    if (beat < beatsPerBar - 1) {
      const ideal = start + ((approach - start) * beat) / (beatsPerBar - 1) + rng.jitter(2);
      midi = [...pitches].filter((pitch) => pitch !== previous).reduce((best, pitch) => (Math.abs(pitch - ideal) < Math.abs(best - ideal) ? pitch : best));
    }
    push(barStart + beat, 0.9, midi, velocity * (beat % 2 === 0 ? 0.95 : 0.85));
    previous = midi;
  }
  return target;
}
