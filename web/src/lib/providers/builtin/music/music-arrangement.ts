/**
 * Arrangement by layering (MUSIC.md §3): which parts play in each section, how hard the
 * drums hit, and the per-part mix (level, pan, sends, sidechain). Levels follow the
 * "relative levels" table; the master stage sets absolute loudness.
 */
import type { GenreProfile } from './music-genres';
import type { MoodProfile } from './music-moods';
import type { MusicGenre, PartRole, SectionKind, SectionPlan } from './music-plan';
import type { PromptHints } from './music-prompt-hints';

export interface Layers {
  /** 0 silent, 1 light, 2 main, 3 full. */
  drums: number;
  bass: boolean;
  chords: boolean;
  pad: boolean;
  lead: boolean;
  arp: boolean;
  counter: boolean;
}

const BY_KIND: Record<SectionKind, Layers> = {
  intro: { drums: 1, bass: false, chords: true, pad: true, lead: false, arp: false, counter: false },
  low: { drums: 1, bass: true, chords: true, pad: true, lead: true, arp: false, counter: false },
  mid: { drums: 2, bass: true, chords: true, pad: false, lead: true, arp: false, counter: false },
  high: { drums: 3, bass: true, chords: true, pad: true, lead: true, arp: true, counter: false },
  break: { drums: 1, bass: false, chords: true, pad: true, lead: true, arp: false, counter: false },
  build: { drums: 2, bass: true, chords: true, pad: true, lead: false, arp: true, counter: false },
  outro: { drums: 1, bass: true, chords: true, pad: true, lead: false, arp: false, counter: false },
};

export function layersFor(genre: MusicGenre, sections: readonly SectionPlan[], index: number, hints: PromptHints): Layers {
  const section = sections[index]!;
  const layers = { ...BY_KIND[section.kind] };
  const lastHigh = sections.findLastIndex((candidate) => candidate.kind === 'high');
  layers.counter = index === lastHigh && sections.filter((candidate) => candidate.kind === 'high').length > 1;
  if (section.kind === 'intro' && (genre === 'electronic' || genre === 'hip-hop' || genre === 'jazz')) layers.bass = genre !== 'hip-hop';
  if (genre === 'electronic' && section.kind === 'intro') layers.arp = true;
  if (genre === 'electronic' && section.kind === 'break') layers.drums = 0;
  if (genre === 'electronic' && section.kind === 'outro') layers.drums = 2;
  if (genre === 'ambient') {
    layers.drums = hints.drums === 'on' ? Math.min(layers.drums, 2) : 0;
    layers.pad = true;
    layers.chords = section.kind !== 'intro' && section.kind !== 'outro';
    layers.bass = section.kind !== 'intro';
  }
  if (genre === 'classical') layers.drums = hints.drums === 'on' ? layers.drums : 0;
  if (genre === 'cinematic') layers.drums = section.kind === 'low' || section.kind === 'intro' ? 0 : layers.drums;
  if (genre === 'jazz' && section.kind === 'mid') layers.drums = 2;
  if (sections.length <= 3 && section.kind !== 'intro' && section.kind !== 'outro') layers.pad = true;
  if (hints.drums === 'off') layers.drums = 0;
  if (hints.drums === 'on' && layers.drums === 0 && section.kind !== 'intro') layers.drums = 1;
  return layers;
}

export interface PartMix {
  gainDb: number;
  pan: number;
  spread: number;
  reverb: number;
  delay: number;
  ducked: boolean;
  haasMs: number;
}

const GAIN: Record<PartRole, number> = { bass: -8, chords: -11, pad: -18, lead: -6, counter: -12, arp: -13 };

/** Genre tweaks measured on rendered stems: EDM and hip-hop bass forward, ambient pads as the bed. */
const TRIM: Partial<Record<MusicGenre, Partial<Record<PartRole, number>>>> = {
  electronic: { bass: 5, lead: 4, chords: 2, arp: 4 },
  pop: { arp: 3, lead: 1 },
  'hip-hop': { bass: 5, chords: 2 },
  ambient: { pad: 2, chords: 6, lead: 4, bass: 6, counter: 4 },
  'lo-fi': { pad: -3, bass: 3 },
  folk: { chords: -3, bass: 3 },
  classical: { pad: -1 },
  cinematic: { lead: 2 },
};
const REVERB: Record<PartRole, number> = { bass: 0.02, chords: 0.3, pad: 0.55, lead: 0.35, counter: 0.4, arp: 0.3 };

export function mixFor(role: PartRole, instrument: string, genreId: MusicGenre, genre: GenreProfile, mood: MoodProfile): PartMix {
  const wet = Math.min(1.6, genre.reverb * mood.reverb * 3);
  const gainDb = GAIN[role] + (TRIM[genreId]?.[role] ?? 0);
  const guitar = instrument === 'powerGuitar' || instrument === 'acousticGuitar';
  return {
    gainDb,
    pan: role === 'arp' ? -0.25 : role === 'counter' ? 0.3 : guitar ? -0.15 : 0,
    spread: role === 'pad' ? 0.8 : role === 'chords' && !guitar ? 0.5 : 0,
    reverb: Math.min(0.9, REVERB[role] * wet),
    delay: role === 'lead' || role === 'arp' || role === 'counter' ? genre.delay : 0,
    ducked: genre.sidechain > 0 && role !== 'lead' && role !== 'counter',
    haasMs: guitar ? 12 : role === 'arp' ? 9 : 0,
  };
}
