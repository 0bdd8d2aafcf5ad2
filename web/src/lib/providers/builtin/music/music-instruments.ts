/**
 * Instrument presets (MUSIC.md §1e): every preset has the same fields so the synth loops stay
 * monomorphic. Levels are calibrated automatically (see music-synth `presetGain`).
 */

export type Engine = 'subtractive' | 'fm' | 'pluck' | 'wavetable';

export interface InstrumentPreset {
  engine: Engine;
  /** ADSR; decay and release are times to −60 dB. */
  attack: number;
  decay: number;
  sustain: number;
  release: number;
  /** Keeps the sustain level falling (piano, plucked keys): time to −60 dB, 0 = hold. */
  sustainDecay: number;
  /** Subtractive: 0 saw, 1 square; 1–3 detuned voices; sine at the fundamental for weight. */
  wave: number;
  voices: number;
  detuneCents: number;
  subLevel: number;
  /** 2-pole low-pass: base cutoff + envelope amount (Hz), key tracking exponent, resonance 0–0.9. */
  cutoff: number;
  cutoffEnv: number;
  filterDecay: number;
  keyTrack: number;
  resonance: number;
  /** 1: the filter opens with the amplitude envelope (brass), 0: its own decaying envelope. */
  filterFollowsAmp: number;
  drive: number;
  /** FM: modulator ratio, peak index (radians), index decay, tine burst level. */
  ratio: number;
  index: number;
  indexDecay: number;
  tine: number;
  /** Karplus–Strong: excitation brightness 0–1 and string ring time (−60 dB). */
  brightness: number;
  ringSeconds: number;
  /** Wavetable: harmonic amplitudes when struck and when settled, crossfade time, breath noise, hammer click. */
  bright: readonly number[];
  soft: readonly number[];
  brightDecay: number;
  breath: number;
  click: number;
  /** A second voice detuned by this many cents (0 = off). */
  unison: number;
  vibratoRate: number;
  vibratoCents: number;
  vibratoDelay: number;
  tremolo: number;
}

const DEFAULTS: InstrumentPreset = {
  engine: 'subtractive', attack: 0.005, decay: 0.3, sustain: 0.8, release: 0.2, sustainDecay: 0,
  wave: 0, voices: 1, detuneCents: 0, subLevel: 0,
  cutoff: 2000, cutoffEnv: 0, filterDecay: 0.3, keyTrack: 0.3, resonance: 0.1, filterFollowsAmp: 0, drive: 0,
  ratio: 1, index: 0, indexDecay: 0.5, tine: 0,
  brightness: 0.5, ringSeconds: 2,
  bright: [1], soft: [1], brightDecay: 0.5, breath: 0, click: 0, unison: 0,
  vibratoRate: 5, vibratoCents: 0, vibratoDelay: 0.3, tremolo: 0,
};

const preset = (overrides: Partial<InstrumentPreset>): InstrumentPreset => ({ ...DEFAULTS, ...overrides });

const violin = preset({ voices: 2, detuneCents: 4, cutoff: 2600, cutoffEnv: 1500, filterFollowsAmp: 1, keyTrack: 0.4, attack: 0.08, decay: 0.5, sustain: 0.9, release: 0.25, vibratoRate: 6, vibratoCents: 18, vibratoDelay: 0.2 });
const epiano = preset({ engine: 'fm', ratio: 1, index: 1.8, indexDecay: 0.6, tine: 0.5, attack: 0.002, decay: 1.2, sustain: 0.35, sustainDecay: 3.5, release: 0.3, tremolo: 0.12 });

export const INSTRUMENTS: Record<string, InstrumentPreset> = {
  piano: preset({
    engine: 'wavetable', bright: [1, 0.55, 0.4, 0.3, 0.22, 0.16, 0.12, 0.09, 0.07, 0.05, 0.04, 0.03], soft: [1, 0.3, 0.1, 0.04],
    brightDecay: 0.5, attack: 0.002, decay: 0.5, sustain: 0.45, sustainDecay: 4, release: 0.3, unison: 1.5, click: 0.12,
  }),
  epiano,
  epianoLead: { ...epiano, index: 2.4, sustain: 0.5 },
  organ: preset({ engine: 'wavetable', bright: [1, 0.8, 0.5, 0.6, 0, 0.35, 0, 0.25], soft: [1, 0.8, 0.5, 0.6, 0, 0.35, 0, 0.25], attack: 0.01, decay: 0.1, sustain: 1, release: 0.08, vibratoRate: 6.5, vibratoCents: 5, vibratoDelay: 0, tremolo: 0.1 }),
  warmPad: preset({ voices: 2, detuneCents: 9, cutoff: 800, cutoffEnv: 500, filterFollowsAmp: 1, attack: 0.5, decay: 1, sustain: 0.85, release: 1.2 }),
  pad: preset({ voices: 3, detuneCents: 14, cutoff: 1400, cutoffEnv: 1200, filterFollowsAmp: 1, attack: 0.8, decay: 1, sustain: 0.85, release: 1.8, vibratoRate: 0.4, vibratoCents: 5, vibratoDelay: 0 }),
  strings: preset({ voices: 3, detuneCents: 7, cutoff: 2000, cutoffEnv: 900, filterFollowsAmp: 1, keyTrack: 0.5, attack: 0.3, decay: 0.5, sustain: 0.9, release: 0.6, vibratoRate: 5.5, vibratoCents: 9, vibratoDelay: 0.35 }),
  violin,
  fiddle: { ...violin, attack: 0.03, cutoff: 3200 },
  celloBass: preset({ voices: 2, detuneCents: 5, cutoff: 650, cutoffEnv: 700, filterFollowsAmp: 1, keyTrack: 0.6, attack: 0.05, decay: 0.4, sustain: 0.9, release: 0.2, vibratoRate: 5, vibratoCents: 7, vibratoDelay: 0.3 }),
  stringStaccato: preset({ voices: 2, detuneCents: 8, cutoff: 1800, cutoffEnv: 2200, filterDecay: 0.15, keyTrack: 0.4, attack: 0.008, decay: 0.18, sustain: 0.3, release: 0.12 }),
  brass: preset({ voices: 2, detuneCents: 6, cutoff: 450, cutoffEnv: 2600, filterFollowsAmp: 1, resonance: 0.15, attack: 0.07, decay: 0.3, sustain: 0.85, release: 0.2, vibratoRate: 5, vibratoCents: 8, vibratoDelay: 0.4, drive: 1.2 }),
  clarinet: preset({ wave: 1, cutoff: 1600, cutoffEnv: 600, filterFollowsAmp: 1, attack: 0.05, sustain: 0.9, release: 0.12, vibratoCents: 6 }),
  sax: preset({ wave: 1, cutoff: 1200, cutoffEnv: 2200, filterFollowsAmp: 1, resonance: 0.25, attack: 0.04, sustain: 0.85, release: 0.12, vibratoRate: 5.5, vibratoCents: 14, vibratoDelay: 0.25, drive: 1.5 }),
  flute: preset({ engine: 'wavetable', bright: [1, 0.25, 0.1, 0.04], soft: [1, 0.1, 0.02], brightDecay: 0.4, breath: 0.1, attack: 0.06, decay: 0.2, sustain: 0.85, release: 0.15, vibratoCents: 12, vibratoDelay: 0.25 }),
  synthLead: preset({ voices: 2, detuneCents: 7, cutoff: 1800, cutoffEnv: 2500, filterDecay: 0.3, resonance: 0.2, attack: 0.01, decay: 0.3, sustain: 0.75, release: 0.15, vibratoRate: 5.5, vibratoCents: 12 }),
  pluckLead: preset({ voices: 2, detuneCents: 10, cutoff: 1400, cutoffEnv: 5000, filterDecay: 0.2, attack: 0.003, decay: 0.6, sustain: 0, release: 0.2 }),
  leadGuitar: preset({ voices: 2, detuneCents: 5, drive: 5, cutoff: 3000, keyTrack: 0.2, attack: 0.005, decay: 0.9, sustain: 0.7, release: 0.15, vibratoRate: 6, vibratoCents: 20, vibratoDelay: 0.35 }),
  powerGuitar: preset({ voices: 2, detuneCents: 9, drive: 7, cutoff: 2400, keyTrack: 0, attack: 0.003, decay: 0.3, sustain: 0.8, release: 0.06 }),
  supersaw: preset({ voices: 3, detuneCents: 18, cutoff: 4500, cutoffEnv: 3000, filterDecay: 0.25, keyTrack: 0.2, attack: 0.005, decay: 0.3, sustain: 0.7, release: 0.15 }),
  pluck: preset({ cutoff: 600, cutoffEnv: 5000, filterDecay: 0.15, resonance: 0.25, attack: 0.002, decay: 0.3, sustain: 0, release: 0.1 }),
  bell: preset({ engine: 'fm', ratio: 3.5, index: 2.5, indexDecay: 1, attack: 0.002, decay: 2.5, sustain: 0, release: 0.8 }),
  musicBox: preset({ engine: 'fm', ratio: 4, index: 1.2, indexDecay: 0.6, attack: 0.001, decay: 1.4, sustain: 0, release: 0.5 }),
  vibes: preset({ engine: 'fm', ratio: 4, index: 1, indexDecay: 0.4, attack: 0.002, decay: 2.5, sustain: 0, release: 0.5, tremolo: 0.3 }),
  acousticGuitar: preset({ engine: 'pluck', brightness: 0.45, ringSeconds: 2.8, release: 0.15 }),
  mandolin: preset({ engine: 'pluck', brightness: 0.85, ringSeconds: 1, release: 0.1 }),
  harp: preset({ engine: 'pluck', brightness: 0.4, ringSeconds: 3.5, release: 0.5 }),
  uprightBass: preset({ engine: 'pluck', brightness: 0.22, ringSeconds: 1.4, release: 0.1, subLevel: 0.6 }),
  electricBass: preset({ engine: 'pluck', brightness: 0.4, ringSeconds: 2.2, release: 0.08, subLevel: 0.5 }),
  synthBass: preset({ subLevel: 0.7, cutoff: 280, cutoffEnv: 1600, filterDecay: 0.15, keyTrack: 0.2, resonance: 0.35, attack: 0.003, decay: 0.3, sustain: 0.7, release: 0.08, drive: 1.5 }),
  subBass: preset({ engine: 'wavetable', bright: [1, 0.12, 0.05], soft: [1, 0.12, 0.05], attack: 0.01, decay: 0.2, sustain: 1, release: 0.15, drive: 1.3 }),
  bass808: preset({ engine: 'wavetable', bright: [1, 0.1], soft: [1, 0.1], attack: 0.003, decay: 1.6, sustain: 0, release: 0.12, drive: 2 }),
};

export function presetFor(name: string): InstrumentPreset {
  return INSTRUMENTS[name] ?? INSTRUMENTS.piano!;
}
