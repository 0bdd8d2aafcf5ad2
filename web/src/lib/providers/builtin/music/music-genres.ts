/**
 * What a genre fixes: tempo range, groove, palette, bass and comping idioms, progressions and
 * form (MUSIC.md §1). Moods then move things inside these bounds.
 */
import type { KitId, MusicGenre } from './music-plan';

export type BassStyle = 'eighths' | 'drive' | 'offbeat' | 'rolling' | 'followKick' | 'walking' | 'halves' | 'drone' | 'rootFifth' | 'ostinato' | 'boomChick';
export type CompStyle = 'stabs' | 'power' | 'offbeatStabs' | 'sustain' | 'charleston' | 'alberti' | 'lazy' | 'ostinato' | 'strum';
export type FormKind = 'song' | 'edm' | 'jazz' | 'classical' | 'ambient' | 'cinematic';
export type EndingKind = 'fade' | 'cadence';

export interface GenreProfile {
  bpm: readonly [number, number];
  /** Tempo for a neutral mood; moods scale it and it is clamped to `bpm`. */
  bpmCenter: number;
  /** Chance of a 3/4 waltz. */
  waltz: number;
  swing: readonly [number, number];
  swingUnit: number;
  kit: KitId | null;
  instruments: { bass: string; chords: string; pad: string | null; lead: readonly string[]; arp: string | null; counter: string | null };
  bass: BassStyle;
  comp: CompStyle;
  progressions: { major: readonly string[]; minor: readonly string[] };
  sevenths: boolean;
  /** Melody: notes per beat at full density, share of offbeat starts, pentatonic preference. */
  melody: { density: number; syncopation: number; pentatonic: number; space: number; grid: number };
  form: FormKind;
  ending: EndingKind;
  sidechain: number;
  humanizeMs: number;
  reverb: number;
  delay: number;
  /** Relative level of the kit, dB. */
  drumGainDb: number;
  /** Bars per chord when the mood has no opinion. */
  harmonicRhythm: number;
}

const song = { form: 'song', waltz: 0 } as const;

export const GENRES: Record<MusicGenre, GenreProfile> = {
  pop: {
    ...song, bpm: [100, 130], bpmCenter: 114, swing: [0.5, 0.53], swingUnit: 0.25, kit: 'acoustic',
    instruments: { bass: 'synthBass', chords: 'piano', pad: 'warmPad', lead: ['synthLead', 'pluckLead', 'bell'], arp: 'pluck', counter: 'bell' },
    bass: 'eighths', comp: 'stabs', sevenths: false,
    progressions: { major: ['I V vi IV', 'vi IV I V', 'I vi IV V', 'IV I V vi'], minor: ['i bVI bIII bVII', 'i bVII bVI bVII', 'i iv bVI bVII'] },
    melody: { density: 1.1, syncopation: 0.45, pentatonic: 0.6, space: 0.25, grid: 0.5 },
    ending: 'cadence', sidechain: 0.2, humanizeMs: 4, reverb: 0.25, delay: 0.18, drumGainDb: 0, harmonicRhythm: 1,
  },
  rock: {
    ...song, bpm: [110, 140], bpmCenter: 124, swing: [0.5, 0.52], swingUnit: 0.25, kit: 'acoustic',
    instruments: { bass: 'electricBass', chords: 'powerGuitar', pad: 'organ', lead: ['leadGuitar'], arp: null, counter: 'organ' },
    bass: 'drive', comp: 'power', sevenths: false,
    progressions: { major: ['I IV V IV', 'I bVII IV I', 'I V vi IV', 'I IV I V'], minor: ['i bVI bVII i', 'i bVII bVI bVII', 'i iv bVII i', 'i bIII bVII iv'] },
    melody: { density: 1.0, syncopation: 0.4, pentatonic: 0.85, space: 0.3, grid: 0.5 },
    ending: 'cadence', sidechain: 0, humanizeMs: 5, reverb: 0.18, delay: 0.08, drumGainDb: 1, harmonicRhythm: 1,
  },
  electronic: {
    bpm: [118, 135], bpmCenter: 124, waltz: 0, swing: [0.5, 0.54], swingUnit: 0.25, kit: 'electronic',
    instruments: { bass: 'synthBass', chords: 'supersaw', pad: 'pad', lead: ['synthLead', 'pluckLead'], arp: 'pluck', counter: 'bell' },
    bass: 'offbeat', comp: 'offbeatStabs', sevenths: false,
    progressions: { major: ['vi IV I V', 'I V vi IV', 'IV V vi vi'], minor: ['i bVI bIII bVII', 'i bVII bVI bVII', 'i bVI bVII i', 'i iv bVI bVII'] },
    melody: { density: 1.4, syncopation: 0.6, pentatonic: 0.5, space: 0.2, grid: 0.25 },
    form: 'edm', ending: 'fade', sidechain: 0.7, humanizeMs: 0, reverb: 0.22, delay: 0.25, drumGainDb: 2, harmonicRhythm: 1,
  },
  'hip-hop': {
    ...song, bpm: [80, 100], bpmCenter: 90, swing: [0.55, 0.6], swingUnit: 0.25, kit: 'hiphop',
    instruments: { bass: 'bass808', chords: 'epiano', pad: 'warmPad', lead: ['bell', 'flute', 'epianoLead'], arp: null, counter: 'strings' },
    bass: 'followKick', comp: 'lazy', sevenths: true,
    progressions: { major: ['ii7 V7 Imaj7 Imaj7', 'Imaj7 vi7 ii7 V7', 'IVmaj7 iii7 vi7 vi7'], minor: ['i7 bVImaj7', 'i7 iv7', 'i7 bVImaj7 iv7 V7', 'i7 bVII bVImaj7 V7'] },
    melody: { density: 0.7, syncopation: 0.55, pentatonic: 0.9, space: 0.5, grid: 0.25 },
    ending: 'fade', sidechain: 0.15, humanizeMs: 6, reverb: 0.2, delay: 0.2, drumGainDb: 2, harmonicRhythm: 1,
  },
  jazz: {
    ...song, bpm: [66, 190], bpmCenter: 126, swing: [0.58, 0.66], swingUnit: 0.5, kit: 'jazz', form: 'jazz',
    instruments: { bass: 'uprightBass', chords: 'piano', pad: null, lead: ['sax', 'vibes'], arp: null, counter: 'vibes' },
    bass: 'walking', comp: 'charleston', sevenths: true,
    progressions: { major: ['ii7 V7 Imaj7 Imaj7', 'Imaj7 vi7 ii7 V7', 'iii7 vi7 ii7 V7', 'Imaj7 IV7 iii7 VI7'], minor: ['iiø7 V7 i7 i7', 'i7 iv7 iiø7 V7', 'i7 bVImaj7 iiø7 V7'] },
    melody: { density: 1.2, syncopation: 0.55, pentatonic: 0.3, space: 0.3, grid: 0.5 },
    ending: 'cadence', sidechain: 0, humanizeMs: 9, reverb: 0.22, delay: 0, drumGainDb: 1, harmonicRhythm: 1,
  },
  classical: {
    bpm: [60, 140], bpmCenter: 96, waltz: 0.3, swing: [0.5, 0.5], swingUnit: 0.25, kit: null, form: 'classical',
    instruments: { bass: 'celloBass', chords: 'piano', pad: 'strings', lead: ['flute', 'violin'], arp: null, counter: 'clarinet' },
    bass: 'halves', comp: 'alberti', sevenths: false,
    progressions: { major: ['I IV V I', 'I ii V I', 'I vi IV V', 'I V vi iii IV I IV V', 'I IV viio iii vi ii V I'], minor: ['i iv V i', 'i bVI iv V', 'i iv bVII bIII bVI iio V i'] },
    melody: { density: 1.0, syncopation: 0.15, pentatonic: 0.1, space: 0.2, grid: 0.5 },
    ending: 'cadence', sidechain: 0, humanizeMs: 6, reverb: 0.4, delay: 0, drumGainDb: -2, harmonicRhythm: 1,
  },
  ambient: {
    bpm: [60, 90], bpmCenter: 72, waltz: 0, swing: [0.5, 0.5], swingUnit: 0.25, kit: null, form: 'ambient',
    instruments: { bass: 'subBass', chords: 'musicBox', pad: 'pad', lead: ['bell', 'flute'], arp: null, counter: 'strings' },
    bass: 'drone', comp: 'sustain', sevenths: true,
    progressions: { major: ['Imaj7 IVmaj7', 'I II', 'Iadd9 vi7 IVmaj7 IVmaj7'], minor: ['i7 bVII', 'i9 bVImaj7', 'i7 iv7 bVImaj7 bVII'] },
    melody: { density: 0.45, syncopation: 0.2, pentatonic: 0.95, space: 0.55, grid: 1 },
    ending: 'fade', sidechain: 0, humanizeMs: 10, reverb: 0.6, delay: 0.35, drumGainDb: -4, harmonicRhythm: 2,
  },
  'lo-fi': {
    ...song, bpm: [70, 92], bpmCenter: 80, swing: [0.56, 0.62], swingUnit: 0.25, kit: 'lofi',
    instruments: { bass: 'uprightBass', chords: 'epiano', pad: 'warmPad', lead: ['epianoLead', 'flute', 'musicBox'], arp: null, counter: 'musicBox' },
    bass: 'rootFifth', comp: 'lazy', sevenths: true,
    progressions: { major: ['ii7 V7 Imaj7 Imaj7', 'vi7 ii7 IVmaj7 Imaj7', 'IVmaj7 iii7 vi7 vi7', 'Imaj7 vi7 ii7 V7'], minor: ['i7 iv7 bVImaj7 V7', 'i9 iv9', 'i7 bVImaj7 bIIImaj7 bVII'] },
    melody: { density: 0.75, syncopation: 0.5, pentatonic: 0.85, space: 0.5, grid: 0.5 },
    ending: 'fade', sidechain: 0.1, humanizeMs: 10, reverb: 0.3, delay: 0.2, drumGainDb: 0, harmonicRhythm: 1,
  },
  cinematic: {
    bpm: [70, 140], bpmCenter: 100, waltz: 0, swing: [0.5, 0.5], swingUnit: 0.25, kit: 'orchestral', form: 'cinematic',
    instruments: { bass: 'celloBass', chords: 'stringStaccato', pad: 'strings', lead: ['brass', 'piano'], arp: null, counter: 'brass' },
    bass: 'ostinato', comp: 'ostinato', sevenths: false,
    progressions: { major: ['I bVI IV V', 'I V vi IV', 'I bVI bVII I', 'I iii IV iv'], minor: ['i bVI bIII bVII', 'i bVI bVII i', 'i bVI bVII IV', 'i III bVI bVII'] },
    melody: { density: 0.6, syncopation: 0.2, pentatonic: 0.4, space: 0.3, grid: 1 },
    ending: 'cadence', sidechain: 0, humanizeMs: 5, reverb: 0.5, delay: 0, drumGainDb: 0, harmonicRhythm: 1,
  },
  folk: {
    ...song, bpm: [80, 120], bpmCenter: 100, waltz: 0.3, swing: [0.5, 0.56], swingUnit: 0.5, kit: 'folk',
    instruments: { bass: 'uprightBass', chords: 'acousticGuitar', pad: null, lead: ['fiddle', 'flute', 'mandolin'], arp: null, counter: 'mandolin' },
    bass: 'boomChick', comp: 'strum', sevenths: false,
    progressions: { major: ['I IV V I', 'I V vi IV', 'I IV I V', 'I vi IV V'], minor: ['i bVII bVI bVII', 'i iv i V', 'i bIII bVII i'] },
    melody: { density: 1.0, syncopation: 0.2, pentatonic: 0.7, space: 0.25, grid: 0.5 },
    ending: 'cadence', sidechain: 0, humanizeMs: 8, reverb: 0.25, delay: 0, drumGainDb: -3, harmonicRhythm: 1,
  },
};

export const GENRE_LABELS: Record<MusicGenre, string> = {
  pop: 'Pop', rock: 'Rock', electronic: 'Electronic', 'hip-hop': 'Hip-Hop', jazz: 'Jazz',
  classical: 'Classical', ambient: 'Ambient', 'lo-fi': 'Lo-fi', cinematic: 'Cinematic', folk: 'Folk',
};

/** Modal flavours used when a mood picks a church mode (MUSIC.md §2). */
export const MODAL_PROGRESSIONS: Partial<Record<string, readonly string[]>> = {
  dorian: ['i IV i IV', 'i ii bIII IV', 'i bVII IV i'],
  lydian: ['I II I II', 'I II vi I', 'Imaj7 II'],
  mixolydian: ['I bVII IV I', 'I bVII I IV', 'I v bVII IV'],
  phrygian: ['i bII i bII', 'i bII bVII i', 'i bII bIII bII'],
  harmonicMinor: ['i iv V i', 'i bVI V i', 'i iio V i'],
};
