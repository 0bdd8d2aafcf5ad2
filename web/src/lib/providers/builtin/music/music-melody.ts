/**
 * Melody: a 1–2-bar motif (rhythm + contour in scale steps) repeated across 4-bar phrases,
 * re-anchored on each chord, chord tones on the beat, passing tones between, phrases closed by
 * an open (2nd/5th) or closed (tonic) cadence note (MUSIC.md §3 "Melody / motif").
 */
import { chordAt } from './music-harmony';
import type { ChordSlot, NoteEvent } from './music-plan';
import type { Rng } from './music-random';
import { degreeToMidi, nearestChordDegree } from './music-theory';

export interface MelodyOptions {
  rng: Rng;
  chords: readonly ChordSlot[];
  startBeat: number;
  bars: number;
  beatsPerBar: number;
  /** Midi note of scale degree 0 in the melody's octave. */
  tonicMidi: number;
  low: number;
  high: number;
  /** Expected notes per beat. */
  density: number;
  syncopation: number;
  /** Chance of skipping the 4th/7th (major) or 2nd/6th (minor) off the beat. */
  pentatonic: number;
  /** Smallest rhythmic step, in beats. */
  grid: number;
  legato: number;
  /** Chance that an answering motif is reduced to one held note, leaving room. */
  space: number;
  /** Scale degrees added to the starting register (choruses sit higher). */
  lift: number;
  minor: boolean;
  velocity: number;
  humanizeSeconds: number;
}

interface MotifNote {
  at: number;
  length: number;
  step: number;
}

const ARCS = [[0, 1, 2, 0], [0, 2, 1, -1], [0, -1, 1, 0], [2, 1, 0, -1], [0, 1, -1, 0]];
const STEPS: readonly (readonly [number, number])[] = [[0, 0.8], [1, 4], [-1, 4], [2, 2], [-2, 2], [3, 0.6], [-3, 0.6], [4, 0.4], [-4, 0.3]];

function makeMotif(rng: Rng, beats: number, options: MelodyOptions): MotifNote[] {
  const { grid, syncopation, density, beatsPerBar } = options;
  const slots = Math.round(beats / grid);
  const weights: number[] = [];
  for (let slot = 0; slot < slots; slot += 1) {
    const at = slot * grid;
    const onBeat = Math.abs(at - Math.round(at)) < 1e-6;
    const downbeat = onBeat && Math.round(at) % beatsPerBar === 0;
    weights.push(downbeat ? 1 : onBeat ? 0.75 : at % 0.5 < 1e-6 ? 0.35 + 0.45 * syncopation : 0.2 + 0.3 * syncopation);
  }
  const scale = (density * beats) / weights.reduce((sum, weight) => sum + weight, 0);
  const onsets: number[] = [];
  weights.forEach((weight, slot) => {
    const probability = slot === 0 ? 0.85 : Math.min(0.95, weight * scale);
    if (rng.chance(probability)) onsets.push(slot * grid);
  });
  while (onsets.length < Math.max(2, Math.round(beats / 4))) {
    const candidate = rng.int(0, slots - 1) * grid;
    if (!onsets.includes(candidate)) onsets.push(candidate);
    onsets.sort((a, b) => a - b);
  }
  const notes: MotifNote[] = [];
  let step = 0;
  let lastLeap = 0;
  onsets.forEach((at, index) => {
    const next = onsets[index + 1] ?? beats;
    const gap = next - at;
    const length = Math.min(gap * (index === onsets.length - 1 ? 0.9 : options.legato), 3);
    if (index > 0) {
      const move = lastLeap !== 0 ? -Math.sign(lastLeap) : rng.weighted(STEPS);
      lastLeap = Math.abs(move) >= 3 ? move : 0;
      step = Math.max(-4, Math.min(5, step + move));
    }
    notes.push({ at, length: Math.max(grid * 0.6, length), step });
  });
  return notes;
}

/** Replaces the second half with one long note on the cadence target. */
function cadenceOf(motif: MotifNote[], beats: number, beatsPerBar: number, targetStep: number): MotifNote[] {
  const half = beats > beatsPerBar ? beatsPerBar : Math.ceil(beatsPerBar / 2);
  const kept = motif.filter((note) => note.at < half - 0.01).map((note) => ({ ...note, length: Math.min(note.length, half - note.at) }));
  return [...kept, { at: half, length: Math.max(1, beats - half - 0.5), step: targetStep }];
}

function varyTail(rng: Rng, motif: MotifNote[]): MotifNote[] {
  const from = Math.max(1, motif.length - 2);
  return motif.map((note, index) => (index >= from ? { ...note, step: note.step + rng.pick([-2, -1, 1, 2]) } : note));
}

export function composeMelody(options: MelodyOptions): NoteEvent[] {
  const { rng, chords, startBeat, bars, beatsPerBar, tonicMidi, low, high } = options;
  const motifBars = options.density >= 0.9 && rng.chance(0.5) ? 1 : Math.min(2, bars);
  const motifBeats = motifBars * beatsPerBar;
  const motif = makeMotif(rng, motifBeats, options);
  const arc = rng.pick(ARCS);
  const highestStep = Math.max(...motif.map((note) => note.step)) + 1;
  const lowestStep = Math.min(...motif.map((note) => note.step)) - 1;
  const phraseBars = Math.min(bars, 4);
  const avoid = options.minor ? [1, 5] : [3, 6];
  const events: NoteEvent[] = [];

  for (let bar = 0, instance = 0; bar < bars; bar += motifBars, instance += 1) {
    const beat0 = startBeat + bar * beatsPerBar;
    const slot = chordAt(chords, beat0);
    const withinPhrase = (bar % phraseBars) / motifBars;
    const phraseEnd = (bar + motifBars) % phraseBars === 0 || bar + motifBars >= bars;
    const sectionEnd = bar + motifBars >= bars;
    let anchor = nearestChordDegree(2 + options.lift + arc[withinPhrase % arc.length]!, slot.scale, slot.tones);
    // Move the whole motif by octaves rather than folding single notes (which breaks the contour).
    if (degreeToMidi(anchor + highestStep, slot.scale, tonicMidi) > high) anchor -= 7;
    else if (degreeToMidi(anchor + lowestStep, slot.scale, tonicMidi) < low) anchor += 7;

    let notes = motif;
    if (withinPhrase % 2 === 1 && !phraseEnd && rng.chance(options.space)) {
      notes = [{ at: motif[0]!.at, length: Math.min(motifBeats - motif[0]!.at - 0.25, 3), step: motif[0]!.step }];
    } else if (withinPhrase >= 2 && rng.chance(0.5)) notes = varyTail(rng, motif);
    if (phraseEnd) {
      const closing = sectionEnd || Math.floor(bar / phraseBars) % 2 === 1;
      const targetDegree = closing ? 7 * Math.round((anchor - 1) / 7) : rng.pick([4, 1]) + 7 * Math.floor(anchor / 7);
      notes = cadenceOf(notes, motifBeats, beatsPerBar, targetDegree - anchor);
    }

    let previousDegree = anchor;
    for (const note of notes) {
      const beat = beat0 + note.at;
      if (beat >= startBeat + bars * beatsPerBar) break;
      const sounding = chordAt(chords, beat);
      const onBeat = Math.abs(note.at - Math.round(note.at)) < 1e-6;
      let degree = anchor + note.step;
      const index = ((degree % 7) + 7) % 7;
      if (onBeat) degree = nearestChordDegree(degree, sounding.scale, sounding.tones, degree >= previousDegree);
      else if (avoid.includes(index) && rng.chance(options.pentatonic)) degree += degree >= previousDegree ? 1 : -1;
      let midi = degreeToMidi(degree, sounding.scale, tonicMidi);
      const pitchClass = (((midi - tonicMidi) % 12) + 12) % 12;
      const clashes = !sounding.tones.includes(pitchClass) && sounding.tones.some((tone) => Math.abs(((tone - pitchClass + 18) % 12) - 6) === 1);
      if (clashes && note.length >= 0.5) {
        degree = nearestChordDegree(degree, sounding.scale, sounding.tones);
        midi = degreeToMidi(degree, sounding.scale, tonicMidi);
      }
      while (midi > high) midi -= 12;
      while (midi < low) midi += 12;
      previousDegree = degree;
      const accent = onBeat ? 1 : 0.85;
      events.push({
        beat,
        length: Math.min(note.length, startBeat + bars * beatsPerBar - beat),
        midi,
        velocity: Math.min(1, options.velocity * accent * (1 + rng.jitter(0.06))),
        offset: rng.jitter(options.humanizeSeconds),
      });
    }
  }
  return events;
}
