/**
 * One-bar drum grids (MUSIC.md §1b). A row has 16 steps (4/4 sixteenths), 12 (3/4
 * sixteenths) or 8 (4/4 eighths, swung by the genre's swing). `X` accent, `x` hit,
 * `g` ghost, `o` open hat, `.` rest. Also the per-drum mix.
 */
import type { DrumKind, MusicGenre } from './music-plan';

export type Pattern = Partial<Record<DrumKind, string>>;

export interface Groove {
  /** Intros, breakdowns, outros. */
  light: Pattern;
  main: Pattern;
  /** Choruses and drops. */
  full: Pattern;
  /** Drums used for the fill in the last beat of a phrase. */
  fill: readonly DrumKind[];
}

const POP: Groove = {
  light: { kick: 'X.......X.......', hat: 'x.x.x.x.x.x.x.x.' },
  main: { kick: 'X.......x.x.....', snare: '....X.......X...', hat: 'x.x.x.x.x.x.x.x.' },
  full: { kick: 'X.....x.x.x.....', snare: '....X.......X...', clap: '....x.......x...', hat: 'x.x.x.x.x.x.x...', openHat: '..............o.' },
  fill: ['snare', 'tomHigh', 'tomLow'],
};

const ROCK: Groove = {
  light: { kick: 'X.......X.......', hat: 'x.x.x.x.x.x.x.x.' },
  main: { kick: 'X......xX.x.....', snare: '....X.......X...', hat: 'X.x.X.x.X.x.X.x.' },
  full: { kick: 'X......xX.x.....', snare: '....X.......X...', ride: 'X.x.X.x.X.x.X.x.', openHat: '..............o.' },
  fill: ['tomHigh', 'tomLow', 'snare'],
};

const HOUSE: Groove = {
  light: { kick: 'X...X...X...X...', hat: 'g.g.g.g.g.g.g.g.' },
  main: { kick: 'X...X...X...X...', clap: '....X.......X...', openHat: '..x...x...x...x.', hat: 'g.g.g.g.g.g.g.g.' },
  full: { kick: 'X...X...X...X...', clap: '....X.......X...', openHat: '..X...X...X...X.', hat: 'gg.ggg.ggg.ggg.g', shaker: 'x.x.x.x.x.x.x.x.' },
  fill: ['clap', 'snare'],
};

const BOOM_BAP: Groove = {
  light: { hat: 'x.x.x.x.x.x.x.x.', rim: '....x.......x...' },
  main: { kick: 'X......x..x.....', snare: '....X.......X.g.', hat: 'x.x.x.x.x.x.x.x.' },
  full: { kick: 'X......x..x..x..', snare: '....X.......X.g.', hat: 'x.xxx.x.x.xxx.x.', openHat: '......o.........' },
  fill: ['snare', 'kick'],
};

const LOFI: Groove = {
  light: { kick: 'X.........x.....', hat: 'x.g.x.g.x.g.x.g.' },
  main: { kick: 'X......x..x.....', snare: '....x.......x...', hat: 'x.g.x.g.x.g.x.g.' },
  full: { kick: 'X......x..x..x..', snare: '....x.......x...', rim: '..........g.....', hat: 'x.g.x.g.x.g.x.g.', shaker: '..x...x...x...x.' },
  fill: ['rim', 'snare'],
};

/** Eighth grid: ride "spang-a-lang", hi-hat foot on 2 and 4, feathered kick. */
const JAZZ: Groove = {
  light: { ride: 'x.xxx.xx', hat: '..x...x.' },
  main: { ride: 'X.xxX.xx', hat: '..x...x.', kick: 'g.g.g.g.' },
  full: { ride: 'X.xXX.xX', hat: '..x...x.', kick: 'g.g.g.g.', snare: '.....g.g' },
  fill: ['snare'],
};

/** 3-3-2 taiko figure; toms join at full intensity. */
const TAIKO: Groove = {
  light: { taiko: 'X.......X.......' },
  main: { taiko: 'X..x..x.X..x..x.' },
  full: { taiko: 'X..x..x.X..x..x.', tomLow: '....x.......x...', snare: '..x...x...x...x.' },
  fill: ['taiko', 'tomLow', 'tomHigh'],
};

const FOLK: Groove = {
  light: { shaker: 'x.x.x.x.x.x.x.x.' },
  main: { stomp: 'X...x...X...x...', clap: '....X.......X...', shaker: 'x.x.x.x.x.x.x.x.' },
  full: { stomp: 'X...x...X...x...', clap: '....X.......X...', shaker: 'x.xxx.xxx.xxx.xx' },
  fill: ['stomp', 'clap'],
};

const AMBIENT: Groove = {
  light: { shaker: '....x.......x...' },
  main: { kick: 'X...............', shaker: '..x...x...x...x.' },
  full: { kick: 'X.........x.....', shaker: 'x.x.x.x.x.x.x.x.', rim: '....g.......g...' },
  fill: ['rim'],
};

/** 3/4: bass drum on one, backbeat on two and three. */
const WALTZ: Groove = {
  light: { kick: 'X...........', hat: 'x...x...x...' },
  main: { kick: 'X...........', snare: '....x...x...', hat: 'x.x.x.x.x.x.' },
  full: { kick: 'X.......x...', snare: '....x...x...', hat: 'x.x.x.x.x.x.', openHat: '..........o.' },
  fill: ['snare', 'tomLow'],
};

const FOLK_WALTZ: Groove = {
  light: { shaker: 'x.x.x.x.x.x.' },
  main: { stomp: 'X...........', clap: '....x...x...', shaker: 'x.x.x.x.x.x.' },
  full: { stomp: 'X...........', clap: '....X...X...', shaker: 'xxxxxxxxxxxx' },
  fill: ['stomp'],
};

const BY_GENRE: Record<MusicGenre, Groove> = {
  pop: POP, rock: ROCK, electronic: HOUSE, 'hip-hop': BOOM_BAP, jazz: JAZZ,
  classical: TAIKO, ambient: AMBIENT, 'lo-fi': LOFI, cinematic: TAIKO, folk: FOLK,
};

export function grooveFor(genre: MusicGenre, beatsPerBar: number): Groove {
  if (beatsPerBar === 3) return genre === 'folk' ? FOLK_WALTZ : WALTZ;
  return BY_GENRE[genre];
}

export const STEP_VELOCITY: Record<string, number> = { X: 1, x: 0.78, o: 0.8, g: 0.38 };

/** Timekeepers get the accent hierarchy: on the beat full, between beats softer. */
export const TIMEKEEPERS: ReadonlySet<DrumKind> = new Set(['hat', 'ride', 'shaker']);

/**
 * Per-drum mix: level (dB, MUSIC.md §3 "Relative levels"), pan (kick, snare centred, hats and
 * percussion off-centre) and reverb send (more on toms and taiko, little on kick and hats).
 */
export const DRUM_MIX: Record<DrumKind, { gainDb: number; pan: number; reverb: number }> = {
  kick: { gainDb: -6, pan: 0, reverb: 0.02 },
  snare: { gainDb: -9, pan: 0, reverb: 0.18 },
  clap: { gainDb: -11, pan: 0.05, reverb: 0.25 },
  rim: { gainDb: -15, pan: -0.1, reverb: 0.2 },
  hat: { gainDb: -19, pan: 0.3, reverb: 0.05 },
  openHat: { gainDb: -17, pan: 0.3, reverb: 0.1 },
  ride: { gainDb: -20, pan: -0.35, reverb: 0.12 },
  crash: { gainDb: -18, pan: -0.25, reverb: 0.2 },
  shaker: { gainDb: -22, pan: 0.4, reverb: 0.1 },
  tomHigh: { gainDb: -11, pan: 0.25, reverb: 0.25 },
  tomLow: { gainDb: -10, pan: -0.25, reverb: 0.25 },
  taiko: { gainDb: -6, pan: 0, reverb: 0.45 },
  timpani: { gainDb: -9, pan: 0, reverb: 0.4 },
  stomp: { gainDb: -8, pan: 0, reverb: 0.15 },
  brush: { gainDb: -16, pan: 0, reverb: 0.2 },
  impact: { gainDb: -5, pan: 0, reverb: 0.5 },
  riser: { gainDb: -16, pan: 0, reverb: 0.5 },
};

