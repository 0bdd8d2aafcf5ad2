/**
 * The drum part: the genre's grid per section at the arranged intensity, fills at phrase
 * ends, crashes on section downbeats, snare rolls and risers into drops, and the final hit.
 */
import type { Groove } from './music-grooves';
import { STEP_VELOCITY, TIMEKEEPERS } from './music-grooves';
import type { DrumHit, DrumKind, SectionPlan } from './music-plan';
import type { Rng } from './music-random';

export interface DrumPartOptions {
  rng: Rng;
  groove: Groove | null;
  sections: readonly SectionPlan[];
  /** Per section: 0 silent, 1 light, 2 main, 3 full. */
  levels: readonly number[];
  beatsPerBar: number;
  /** Hold the final downbeat (cadence) instead of grooving into a fade. */
  finalHit: boolean;
  humanizeSeconds: number;
  /** Seconds of systematic snare delay (laid-back lo-fi). */
  snareLagSeconds: number;
  jazzComping: boolean;
  /** Orchestral accents: timpani on strong section starts, impact + riser before the climax. */
  orchestral: boolean;
  risers: boolean;
}

export function composeDrums(options: DrumPartOptions): DrumHit[] {
  const { rng, groove, sections, levels, beatsPerBar } = options;
  const hits: DrumHit[] = [];
  const add = (beat: number, drum: DrumKind, velocity: number, energy: number, lengthBeats = 0) => {
    const lag = drum === 'snare' || drum === 'rim' ? options.snareLagSeconds : 0;
    hits.push({ beat, drum, velocity: Math.min(1, velocity * (0.72 + 0.28 * energy) * (1 + rng.jitter(0.07))), offset: lag + rng.jitter(options.humanizeSeconds), lengthBeats });
  };

  sections.forEach((section, index) => {
    const level = levels[index] ?? 0;
    const start = section.startBar * beatsPerBar;
    const next = sections[index + 1];
    const climaxNext = next !== undefined && (next.kind === 'high' || next.kind === 'build') && section.kind !== 'high';
    if (options.orchestral && section.energy >= 0.8 && index > 0) add(start, 'timpani', 1, section.energy);
    if (options.orchestral && next?.kind === 'high' && section.bars >= 2) {
      add(start + (section.bars - 1) * beatsPerBar, 'riser', 0.8, 1, beatsPerBar);
      add((next.startBar) * beatsPerBar, 'impact', 1, 1);
    }
    if (options.risers && section.kind === 'build') add(start, 'riser', 0.9, 1, section.bars * beatsPerBar);
    if (!groove || level === 0) return;
    const pattern = level === 1 ? groove.light : level === 2 ? groove.main : groove.full;
    if (level >= 2 && index > 0) add(start, 'crash', 0.9, section.energy);

    for (let bar = 0; bar < section.bars; bar += 1) {
      const barStart = start + bar * beatsPerBar;
      if (section.last && options.finalHit && bar === section.bars - 1) {
        add(barStart, 'kick', 1, 1);
        add(barStart, groove.fill[0] === 'taiko' ? 'taiko' : 'crash', 0.9, 1);
        break;
      }
      const phraseEnd = level >= 2 && ((bar + 1) % 8 === 0 || (bar === section.bars - 1 && !section.last));
      const fillBeats = phraseEnd ? (bar === section.bars - 1 && climaxNext ? 2 : 1) : 0;
      const fillStart = barStart + beatsPerBar - fillBeats;
      const building = section.kind === 'build';
      for (const [drum, row] of Object.entries(pattern) as [DrumKind, string][]) {
        const step = beatsPerBar / row.length;
        for (let position = 0; position < row.length; position += 1) {
          const symbol = row[position]!;
          if (symbol === '.') continue;
          const beat = barStart + position * step;
          if (beat >= fillStart - 1e-6 && drum !== 'kick') continue;
          if (building && drum === 'kick' && bar === section.bars - 1) continue;
          const offBeat = Math.abs(beat - Math.round(beat)) > 1e-6;
          const accent = TIMEKEEPERS.has(drum) && offBeat ? 0.8 : 1;
          add(beat, symbol === 'o' && drum === 'hat' ? 'openHat' : drum, (STEP_VELOCITY[symbol] ?? 0.7) * accent, section.energy);
        }
      }
      if (options.jazzComping && level >= 2 && rng.chance(0.7)) add(barStart + rng.int(1, beatsPerBar * 2 - 1) * 0.5, 'snare', 0.3, section.energy);
      if (building) {
        const progress = bar / section.bars;
        const interval = progress < 0.25 ? 1 : progress < 0.5 ? 0.5 : progress < 0.75 ? 0.25 : 0.125;
        for (let beat = 0; beat < beatsPerBar - 1e-6; beat += interval) {
          add(barStart + beat, 'snare', 0.3 + 0.65 * ((bar * beatsPerBar + beat) / (section.bars * beatsPerBar)), 1);
        }
      } else if (fillBeats > 0) {
        const count = fillBeats * (groove.fill[0] === 'snare' && beatsPerBar === 4 && pattern.ride ? 3 : 4);
        for (let note = 0; note < count; note += 1) {
          const drum = groove.fill[Math.floor((note / count) * groove.fill.length)]!;
          add(fillStart + (note * fillBeats) / count, drum, 0.5 + (0.5 * note) / count, section.energy);
        }
      }
    }
  });
  if (options.orchestral && options.finalHit) add(sections.reduce((sum, section) => sum + section.bars, 0) * beatsPerBar - beatsPerBar, 'timpani', 1, 1);
  return hits;
}
