/**
 * Chord parts: comping rhythms per idiom (stabs, power eighths, house offbeat stabs, jazz
 * Charleston, Alberti, lazy rolled chords, string ostinato, folk strum/fingerpicking),
 * sustained pads and arpeggios. Voicings are voice-led across the whole track.
 */
import type { CompStyle } from './music-genres';
import { chordAt, voiceChord } from './music-harmony';
import type { ChordSlot, NoteEvent, SectionPlan } from './music-plan';
import type { Rng } from './music-random';
import { pitchInRange } from './music-theory';

export type Voicer = (slot: ChordSlot) => number[];

export type VoicingShape = 'close' | 'rootless' | 'power' | 'guitar';

/**
 * Memoised, voice-led voicings in [low, high]; call in time order for smooth leading. Chords
 * with more than `maxVoices` tones drop the fifth first (shell voicing: less mud, fewer voices).
 */
export function createVoicer(tonicPitchClass: number, low: number, high: number, shape: VoicingShape, maxVoices = 4): Voicer {
  const cache = new Map<ChordSlot, number[]>();
  let previous: number[] | null = null;
  return (slot) => {
    const cached = cache.get(slot);
    if (cached) return cached;
    let tones = slot.tones;
    if (tones.length > maxVoices) tones = tones.filter((tone) => (tone - tones[0]! + 12) % 12 !== 7);
    if (tones.length > maxVoices && shape !== 'rootless') tones = tones.slice(0, maxVoices);
    const pitchClasses = tones.map((tone) => tonicPitchClass + tone);
    let notes: number[];
    if (shape === 'power' || shape === 'guitar') {
      const root = pitchInRange(pitchClasses[0]!, low);
      const upper = pitchClasses.slice(1).map((pc) => pitchInRange(pc, root + 12));
      notes = shape === 'power' ? [root, root + 7, root + 12] : [root, root + 7, root + 12, ...upper.sort((a, b) => a - b)].slice(0, 6);
    } else {
      const chosen = shape === 'rootless' && pitchClasses.length >= 4 ? pitchClasses.slice(1) : pitchClasses;
      notes = voiceChord(chosen, previous, low, high);
    }
    previous = notes;
    cache.set(slot, notes);
    return notes;
  };
}

export interface CompOptions {
  rng: Rng;
  chords: readonly ChordSlot[];
  beatsPerBar: number;
  voicer: Voicer;
  humanizeSeconds: number;
  finalHoldBeats: number;
  /** Fixed per theme so repeated sections comp the same way. */
  variant: number;
}

type Hit = { at: number; length: number; velocity: number; strum: number; top: number };

function hitsFor(style: CompStyle, beatsPerBar: number, energy: number, variant: number, kind: SectionPlan['kind']): Hit[] {
  const hit = (at: number, length: number, velocity = 1, strum = 0, top = 0): Hit => ({ at, length, velocity, strum, top });
  const eighths = Array.from({ length: beatsPerBar * 2 }, (_, index) => index / 2);
  const whole = [hit(0, beatsPerBar - 0.05)];
  switch (style) {
    case 'stabs':
      if (energy < 0.55 || beatsPerBar === 3) return beatsPerBar === 3 ? [hit(0, 1), hit(1, 0.9, 0.7), hit(2, 0.9, 0.7)] : whole;
      return variant % 2 === 0 ? [hit(0, 1.4), hit(1.5, 0.9, 0.85), hit(2.5, 1.4, 0.9)] : [hit(0, 0.9), hit(1, 0.4, 0.7), hit(2, 0.9), hit(3, 0.4, 0.7), hit(3.5, 0.45, 0.8)];
    case 'power':
      return eighths.map((at) => hit(at, energy > 0.7 ? 0.45 : 0.22, at % 1 === 0 ? 1 : 0.8));
    case 'offbeatStabs':
      return kind === 'high' ? eighths.filter((at) => at % 1 !== 0).map((at) => hit(at, 0.3)) : whole;
    case 'charleston':
      return [hit(0, 0.45), hit(1.5, 0.9, 0.85), ...(variant % 2 === 1 && beatsPerBar === 4 ? [hit(3, 0.4, 0.7)] : [])];
    case 'alberti': {
      const order = beatsPerBar === 3 ? [0, 2, 1, 2, 1, 2] : [0, 2, 1, 2, 0, 2, 1, 2];
      return energy < 0.5 ? Array.from({ length: beatsPerBar }, (_, beat) => hit(beat, 0.95, beat === 0 ? 1 : 0.75, 0, [0, 1, 2, 1][beat % 4]! + 1)) : eighths.map((at, index) => hit(at, 0.5, index === 0 ? 1 : 0.72, 0, order[index]! + 1));
    }
    case 'lazy':
      return variant % 2 === 0 || beatsPerBar === 3 ? [hit(0, beatsPerBar - 0.1, 0.9, 0.025)] : [hit(0, 2.3, 0.9, 0.025), hit(2.5, 1.4, 0.7, 0.02)];
    case 'ostinato': {
      const step = energy >= 0.8 ? 0.25 : 0.5;
      return Array.from({ length: beatsPerBar / step }, (_, index) => hit(index * step, step * 0.7, index % 2 === 0 ? 1 : 0.75, 0, [1, 2, 3, 2][index % 4]!));
    }
    case 'strum':
      if (energy < 0.5) return eighths.map((at, index) => hit(at, 0.95, index % 2 === 0 ? 0.9 : 0.7, 0, index % 2 === 0 ? (index % 4 === 0 ? 1 : 2) : 3 + (index % 3)));
      return (beatsPerBar === 3 ? [[0, 1], [1, 1], [1.5, -1], [2, 1], [2.5, -1]] : [[0, 1], [1, 1], [1.5, -1], [2.5, -1], [3, 1], [3.5, -1]]).map(([at, direction]) => hit(at!, 0.9, direction! > 0 ? 1 : 0.7, direction! * 0.012));
    default:
      return whole;
  }
}

export function composeComp(options: CompOptions, style: CompStyle, section: SectionPlan): NoteEvent[] {
  const { rng, chords, beatsPerBar, voicer } = options;
  const notes: NoteEvent[] = [];
  const base = 0.5 + 0.4 * section.energy;
  const start = section.startBar * beatsPerBar;
  const hits = hitsFor(style, beatsPerBar, section.energy, options.variant, section.kind);
  for (let bar = 0; bar < section.bars; bar += 1) {
    const barStart = start + bar * beatsPerBar;
    const holdFinal = section.last && options.finalHoldBeats > 0 && bar === section.bars - 1;
    for (const hit of holdFinal ? [{ at: 0, length: beatsPerBar + options.finalHoldBeats, velocity: 0.9, strum: 0.015, top: 0 }] : hits) {
      const beat = barStart + hit.at;
      const voicing = voicer(chordAt(chords, beat));
      // `top` > 0 plays one voice (arpeggio figures); index 1 is the lowest note.
      const selected = hit.top > 0 ? [voicing[(hit.top - 1) % voicing.length]!] : hit.strum < 0 ? voicing.slice(-4).reverse() : voicing;
      const humanize = rng.jitter(options.humanizeSeconds);
      selected.forEach((midi, index) => {
        notes.push({ beat, length: hit.length, midi, velocity: Math.min(1, base * hit.velocity * (1 + rng.jitter(0.05))), offset: humanize + Math.abs(hit.strum) * index });
      });
    }
  }
  return notes;
}

/** Sustained chords, one per chord change, tied across repeats. */
export function composePad(options: CompOptions, section: SectionPlan): NoteEvent[] {
  const { chords, beatsPerBar, voicer } = options;
  const notes: NoteEvent[] = [];
  const start = section.startBar * beatsPerBar;
  const end = start + section.bars * beatsPerBar;
  const velocity = 0.55 + 0.35 * section.energy;
  for (let beat = start; beat < end - 1e-6; ) {
    const slot = chordAt(chords, beat);
    const slotEnd = Math.min(slot.beat + slot.length, end);
    const tail = section.last && slotEnd >= end ? options.finalHoldBeats : 0.1;
    for (const midi of voicer(slot)) notes.push({ beat, length: slotEnd - beat + tail, midi, velocity, offset: 0 });
    beat = slotEnd;
  }
  return notes;
}

/** Up-arpeggio over the voicing plus its top octave. */
export function composeArp(options: CompOptions, section: SectionPlan, step: number): NoteEvent[] {
  const { rng, chords, beatsPerBar, voicer } = options;
  const notes: NoteEvent[] = [];
  const start = section.startBar * beatsPerBar;
  const total = section.bars * beatsPerBar - (section.last ? beatsPerBar : 0);
  for (let index = 0; index * step < total - 1e-6; index += 1) {
    const beat = start + index * step;
    const voicing = voicer(chordAt(chords, beat));
    const sequence = [...voicing, voicing[0]! + 12];
    const midi = sequence[index % sequence.length]!;
    const onBeat = Math.abs(beat - Math.round(beat)) < 1e-6;
    notes.push({ beat, length: step * 0.8, midi, velocity: (onBeat ? 0.85 : 0.6) * (0.6 + 0.4 * section.energy), offset: rng.jitter(0.002) });
  }
  return notes;
}
