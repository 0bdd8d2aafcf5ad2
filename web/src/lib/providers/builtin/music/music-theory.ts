/**
 * Scales, chords and roman numerals. Pitch classes are semitones above the tonic (0–11)
 * unless a name says `midi`. Interval tables are unit-tested: AutoTracker shipped with its
 * major and minor scales swapped (MUSIC.md §0).
 */

export const NOTE_NAMES = ['C', 'C#', 'D', 'Eb', 'E', 'F', 'F#', 'G', 'Ab', 'A', 'Bb', 'B'] as const;

export const MODES = {
  lydian: [0, 2, 4, 6, 7, 9, 11],
  ionian: [0, 2, 4, 5, 7, 9, 11],
  mixolydian: [0, 2, 4, 5, 7, 9, 10],
  dorian: [0, 2, 3, 5, 7, 9, 10],
  aeolian: [0, 2, 3, 5, 7, 8, 10],
  harmonicMinor: [0, 2, 3, 5, 7, 8, 11],
  phrygian: [0, 1, 3, 5, 7, 8, 10],
} as const satisfies Record<string, readonly number[]>;

export type ModeName = keyof typeof MODES;

export const MODE_LABELS: Record<ModeName, string> = {
  lydian: 'lydian',
  ionian: 'major',
  mixolydian: 'mixolydian',
  dorian: 'dorian',
  aeolian: 'minor',
  harmonicMinor: 'harmonic minor',
  phrygian: 'phrygian',
};

/** True when the mode's third is minor: the main cue listeners hear as sad/dark. */
export function isMinorMode(mode: ModeName): boolean {
  return MODES[mode][2] === 3;
}

export const CHORD_QUALITIES = {
  maj: [0, 4, 7],
  min: [0, 3, 7],
  dim: [0, 3, 6],
  aug: [0, 4, 8],
  sus2: [0, 2, 7],
  sus4: [0, 5, 7],
  power: [0, 7],
  dom7: [0, 4, 7, 10],
  maj7: [0, 4, 7, 11],
  min7: [0, 3, 7, 10],
  halfDim7: [0, 3, 6, 10],
  dim7: [0, 3, 6, 9],
  minMaj7: [0, 3, 7, 11],
  add9: [0, 4, 7, 14],
  minAdd9: [0, 3, 7, 14],
  six: [0, 4, 7, 9],
  dom9: [0, 4, 7, 10, 14],
  maj9: [0, 4, 7, 11, 14],
  min9: [0, 3, 7, 10, 14],
} as const satisfies Record<string, readonly number[]>;

export type ChordQuality = keyof typeof CHORD_QUALITIES;

export interface Chord {
  /** Root, semitones above the tonic. */
  root: number;
  quality: ChordQuality;
  /** Written with a flat (bVI, bVII): its chromatic tones lower the scale, not raise it. */
  flat: boolean;
  symbol: string;
}

const NUMERALS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;
const NUMERAL_OFFSETS = [0, 2, 4, 5, 7, 9, 11];
const ROMAN = /^(b|#)?(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)(.*)$/;

const MAJOR_SUFFIX: Record<string, ChordQuality> = {
  '': 'maj', '7': 'dom7', maj7: 'maj7', '9': 'dom9', maj9: 'maj9', add9: 'add9', '6': 'six',
  sus2: 'sus2', sus4: 'sus4', '5': 'power', '+': 'aug',
};
const MINOR_SUFFIX: Record<string, ChordQuality> = {
  '': 'min', '7': 'min7', '9': 'min9', add9: 'minAdd9', maj7: 'minMaj7', 'ø7': 'halfDim7',
  o: 'dim', o7: 'dim7',
};

/** Parses one roman numeral: `I`, `vi`, `bVII`, `ii7`, `Imaj7`, `iiø7`, `viio`, `Vsus4`. */
export function parseRoman(symbol: string): Chord {
  const match = ROMAN.exec(symbol);
  if (!match) throw new Error(`Not a roman numeral: ${symbol}`);
  const [, accidental = '', numeral = '', suffix = ''] = match;
  const upper = numeral === numeral.toUpperCase();
  const quality = (upper ? MAJOR_SUFFIX : MINOR_SUFFIX)[suffix];
  if (!quality) throw new Error(`Unknown chord suffix in ${symbol}`);
  const degree = NUMERALS.indexOf(numeral.toUpperCase() as (typeof NUMERALS)[number]);
  const shift = accidental === 'b' ? -1 : accidental === '#' ? 1 : 0;
  return { root: (NUMERAL_OFFSETS[degree]! + shift + 12) % 12, quality, flat: accidental === 'b', symbol };
}

export function parseProgression(text: string): Chord[] {
  return text.trim().split(/\s+/).map(parseRoman);
}

/** Chord tones as pitch classes relative to the tonic, root first. */
export function chordPitchClasses(chord: Chord): number[] {
  return CHORD_QUALITIES[chord.quality].map((interval) => (chord.root + interval) % 12);
}

/**
 * The mode's seven pitch classes bent to fit the chord: a chord tone outside the scale
 * replaces its neighbour (V in minor raises the 7th, bVII in major lowers it), so melodies
 * never rub a semitone against the harmony.
 */
export function chordScale(mode: ModeName, chord: Chord): number[] {
  const scale: number[] = [...MODES[mode]];
  const tones = chordPitchClasses(chord);
  for (const tone of tones) {
    if (scale.includes(tone)) continue;
    const below = scale.indexOf((tone + 11) % 12);
    const above = scale.indexOf((tone + 1) % 12);
    const order = chord.flat ? [above, below] : [below, above];
    const target = order.find((index) => index >= 0 && !tones.includes(scale[index]!));
    if (target !== undefined) scale[target] = tone;
  }
  return scale;
}

/** Scale degree (any integer; 7 = the octave above degree 0) to a midi note. */
export function degreeToMidi(degree: number, scale: readonly number[], tonicMidi: number): number {
  const octave = Math.floor(degree / 7);
  const step = degree - octave * 7;
  return tonicMidi + octave * 12 + scale[step]!;
}

/** The scale degree closest to `degree` (searching outwards) whose pitch is a chord tone. */
export function nearestChordDegree(degree: number, scale: readonly number[], tones: readonly number[], preferUp = true): number {
  for (let distance = 0; distance < 4; distance += 1) {
    for (const sign of preferUp ? [1, -1] : [-1, 1]) {
      const candidate = degree + sign * distance;
      const octave = Math.floor(candidate / 7);
      if (tones.includes(scale[candidate - octave * 7]!)) return candidate;
    }
  }
  return degree;
}

export function midiToFrequency(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12);
}

/** Places a pitch class in the octave whose midi range starts at `lowest`. */
export function pitchInRange(pitchClass: number, lowest: number): number {
  return lowest + ((((pitchClass - lowest) % 12) + 12) % 12);
}
