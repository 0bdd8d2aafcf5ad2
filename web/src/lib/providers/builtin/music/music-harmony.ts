/**
 * Harmony: one curated progression per melodic theme, looped at the harmonic rhythm, coloured
 * by the mood, closed by a genre-typical cadence (MUSIC.md §1c, §3 "Endings"); plus a
 * voice-leading voicer that picks the inversion moving the least from the previous chord.
 */
import type { GenreProfile } from './music-genres';
import { MODAL_PROGRESSIONS } from './music-genres';
import type { ChordColor, MoodProfile } from './music-moods';
import type { ChordSlot, SectionPlan } from './music-plan';
import type { Rng } from './music-random';
import type { Chord, ChordQuality, ModeName } from './music-theory';
import { chordPitchClasses, chordScale, isMinorMode, MODES, parseProgression, parseRoman } from './music-theory';

/** The diatonic seventh: V7 and bVII7 are dominant, I and IV major (mixolydian I7, lydian II7). */
function seventhOf(chord: Chord, mode: ModeName): ChordQuality {
  const scale: readonly number[] = MODES[mode];
  if (chord.quality === 'maj') return scale.includes((chord.root + 11) % 12) ? 'maj7' : 'dom7';
  if (chord.quality === 'min') return 'min7';
  if (chord.quality === 'dim') return 'halfDim7';
  return chord.quality;
}

function colorize(chord: Chord, color: ChordColor, sevenths: boolean, mode: ModeName): Chord {
  const triad = chord.quality === 'maj' || chord.quality === 'min';
  let quality: ChordQuality = chord.quality;
  if (sevenths || color === 'seventh') quality = seventhOf(chord, mode);
  else if (triad && color === 'add9') quality = chord.quality === 'maj' ? 'add9' : 'minAdd9';
  else if (chord.quality === 'maj' && color === 'six' && (chord.root === 0 || chord.root === 5)) quality = 'six';
  else if (triad && chord.root !== 7 && (color === 'sus2' || color === 'sus4')) quality = color;
  return quality === chord.quality ? chord : { ...chord, quality };
}

function cadenceFor(genre: GenreProfile, mood: MoodProfile, minor: boolean, mode: ModeName): string[] {
  if (mode === 'phrygian') return ['bII'];
  if (genre.form === 'jazz') return minor ? ['iiø7', 'V7'] : ['ii7', 'V7'];
  if (mood.crescendo || genre.form === 'cinematic') return minor ? ['bVI', 'bVII'] : ['IV', 'V'];
  if (genre.comp === 'strum') return [minor ? 'iv' : 'IV'];
  if (genre.ending === 'fade') return [minor ? 'bVII' : 'IV'];
  return minor ? ['iv', 'V'] : ['IV', 'V'];
}

export interface HarmonyOptions {
  rng: Rng;
  genre: GenreProfile;
  mood: MoodProfile;
  mode: ModeName;
  sections: SectionPlan[];
  beatsPerBar: number;
}

export function planChords({ rng, genre, mood, mode, sections, beatsPerBar }: HarmonyOptions): ChordSlot[] {
  const minor = isMinorMode(mode);
  const modal = MODAL_PROGRESSIONS[mode];
  const pool = modal && rng.chance(0.6) ? modal : minor ? genre.progressions.minor : genre.progressions.major;
  const chorus = rng.pick(pool);
  const verse = pool.length > 1 && rng.chance(0.6) ? rng.pick(pool.filter((entry) => entry !== chorus)) : chorus;
  const bridgeCandidates = pool.filter((entry) => parseProgression(entry)[0]!.root !== 0);
  const bridge = bridgeCandidates.length > 0 ? rng.pick(bridgeCandidates) : chorus.split(' ').slice(2).concat(chorus.split(' ').slice(0, 2)).join(' ');
  const colors = [0, 1, 2, 3, 4, 5, 6, 7].map(() => rng.weighted(mood.colors));
  const progressions = {
    A: parseProgression(verse).map((chord, index) => colorize(chord, colors[index]!, genre.sevenths, mode)),
    B: parseProgression(chorus).map((chord, index) => colorize(chord, colors[index]!, genre.sevenths, mode)),
    C: parseProgression(bridge).map((chord, index) => colorize(chord, colors[index]!, genre.sevenths, mode)),
  };
  const slow = genre.form === 'ambient' || (mood.harmonicRhythm >= 2 && genre.form !== 'jazz' && genre.form !== 'classical');
  const barsPerChord = slow ? 2 : 1;
  const tonic = colorize(parseRoman(minor ? 'i' : 'I'), genre.sevenths ? 'seventh' : 'none', genre.sevenths, mode);

  const chords: Chord[][] = [];
  const sectionStarts = new Set(sections.map((section) => section.startBar));
  for (const section of sections) {
    const progression = progressions[section.theme];
    for (let bar = 0; bar < section.bars; bar += 1) {
      const useTonic = section.kind === 'intro' && section.bars < 4;
      chords.push([useTonic ? tonic : progression[Math.floor(bar / barsPerChord) % progression.length]!]);
    }
  }
  const cadence = cadenceFor(genre, mood, minor, mode).map(parseRoman).map((chord) => colorize(chord, 'none', genre.sevenths, mode));
  if (chords.length >= 3) chords[chords.length - 2] = cadence;
  chords[chords.length - 1] = [tonic];

  const slots: ChordSlot[] = [];
  chords.forEach((barChords, bar) => {
    const length = beatsPerBar / barChords.length;
    barChords.forEach((chord, index) => {
      const previous = slots[slots.length - 1];
      if (previous && previous.chord === chord && index === 0 && bar % 4 !== 0 && !sectionStarts.has(bar)) {
        previous.length += length;
        return;
      }
      slots.push({ beat: bar * beatsPerBar + index * length, length, chord, tones: chordPitchClasses(chord), scale: chordScale(mode, chord) });
    });
  });
  return slots;
}

/** The slot sounding at `beat` (slots are sorted and contiguous). */
export function chordAt(slots: readonly ChordSlot[], beat: number): ChordSlot {
  let low = 0;
  let high = slots.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (slots[middle]!.beat <= beat + 1e-6) low = middle;
    else high = middle - 1;
  }
  return slots[low]!;
}

/**
 * Close-position voicing inside [low, high] that moves least from `previous` (common tones stay,
 * other voices step) with a pull towards the window centre so the part does not drift.
 */
export function voiceChord(pitchClasses: readonly number[], previous: readonly number[] | null, low: number, high: number): number[] {
  const unique = [...new Set(pitchClasses.map((pc) => ((pc % 12) + 12) % 12))];
  const centre = (low + high) / 2;
  let best: number[] = [];
  let bestCost = Infinity;
  for (let rotation = 0; rotation < unique.length; rotation += 1) {
    for (let octave = -1; octave <= 2; octave += 1) {
      const notes: number[] = [];
      let floor = low + octave * 12;
      for (let index = 0; index < unique.length; index += 1) {
        const pc = unique[(rotation + index) % unique.length]!;
        const note = floor + ((((pc - floor) % 12) + 12) % 12);
        notes.push(note);
        floor = note + 1;
      }
      if (notes[0]! < low || notes[notes.length - 1]! > high) continue;
      const mean = notes.reduce((sum, note) => sum + note, 0) / notes.length;
      let cost = Math.abs(mean - centre) * 0.6;
      if (previous && previous.length > 0) {
        for (const note of notes) cost += Math.min(...previous.map((other) => Math.abs(other - note)));
        cost += Math.abs(notes[notes.length - 1]! - previous[previous.length - 1]!) * 0.5;
      }
      if (cost < bestCost) {
        bestCost = cost;
        best = notes;
      }
    }
  }
  return best.length > 0 ? best : unique.map((pc) => low + pc);
}
