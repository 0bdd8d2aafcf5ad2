/**
 * The composer: request → plan. Seeds every choice from the prompt, genre, mood and duration;
 * genre fixes tempo range, groove, palette and idioms; mood sets mode, key, tempo scaling,
 * register, dynamics and density; prompt words nudge (see music-prompt-hints).
 */
import { layersFor, mixFor } from './music-arrangement';
import { composeBass } from './music-bass';
import type { CompOptions, VoicingShape } from './music-comping';
import { composeArp, composeComp, composePad, createVoicer } from './music-comping';
import { composeDrums } from './music-drum-part';
import { formBarPenalty, planSections } from './music-form';
import { GENRES } from './music-genres';
import { grooveFor } from './music-grooves';
import { planChords } from './music-harmony';
import { composeMelody } from './music-melody';
import { MOODS } from './music-moods';
import type { CompositionPlan, MusicRequest, NoteEvent, PartPlan, PartRole, TimingPlan } from './music-plan';
import { SAMPLE_RATE } from './music-plan';
import { readPromptHints } from './music-prompt-hints';
import { hashString, Rng } from './music-random';
import { isMinorMode, MODE_LABELS, NOTE_NAMES, pitchInRange } from './music-theory';
import { fitTiming } from './music-timeline';

const CHORD_WINDOWS: Record<string, readonly [number, number, VoicingShape]> = {
  powerGuitar: [40, 64, 'power'], acousticGuitar: [40, 76, 'guitar'], supersaw: [55, 79, 'close'],
  stringStaccato: [55, 76, 'close'], musicBox: [67, 88, 'close'], harp: [50, 76, 'close'],
};
const BASS_LOW: Record<string, number> = { bass808: 28, subBass: 28, celloBass: 36, uprightBass: 31, electricBass: 31 };
const RIT_GENRES = new Set(['classical', 'cinematic', 'folk', 'jazz']);

export function composePlan(request: MusicRequest): CompositionPlan {
  const { genre: genreId, mood: moodId, durationSeconds } = request;
  const genre = GENRES[genreId];
  const mood = MOODS[moodId];
  const hints = readPromptHints(request.prompt);
  // The duration is left out of the seed: a longer cut of the same prompt keeps its key and tunes.
  const rng = new Rng(hashString(`${request.prompt.trim()}|${genreId}|${moodId}|${request.seed ?? ''}`));
  const mode = rng.fork('mode').weighted(mood.modes);
  const tonicPitchClass = rng.fork('key').pick(mood.tonics);
  const feel = rng.fork('feel');
  const beatsPerBar = hints.waltz || feel.chance(genre.waltz) ? 3 : 4;
  const targetBpm = Math.min(genre.bpm[1], Math.max(genre.bpm[0], genre.bpmCenter * mood.tempo * hints.tempo * (1 + feel.jitter(0.03))));
  const fade = genre.ending === 'fade';
  const ritAmount = fade ? 0 : RIT_GENRES.has(genreId) ? 0.12 : 0.04;
  const fit = fitTiming({ durationSeconds, targetBpm, bpmRange: genre.bpm, beatsPerBar, fade, ritAmount, barPenalty: formBarPenalty });
  let swing = genreId === 'jazz' ? Math.min(0.66, Math.max(0.58, 0.66 - ((fit.bpm - 100) / 100) * 0.08)) : feel.range(genre.swing[0], genre.swing[1]);
  if (hints.swing) swing = Math.max(swing, 0.6);
  const timing: TimingPlan = {
    bpm: fit.bpm, beatsPerBar, totalBars: fit.totalBars, swing, swingUnit: genre.swingUnit, ritBeats: fit.ritBeats, ritAmount,
    durationSeconds, sampleCount: Math.round(durationSeconds * SAMPLE_RATE),
  };
  const sections = planSections(fit.totalBars, genre.form, mood.crescendo, genreId === 'hip-hop');
  const chords = planChords({ rng: rng.fork('harmony'), genre, mood, mode, sections, beatsPerBar });
  const minor = isMinorMode(mode);
  const humanizeSeconds = genre.humanizeMs / 1000;
  const finalHoldBeats = fade ? 0 : Math.ceil((fit.tailSeconds * fit.bpm) / 60) + 1;
  const layers = sections.map((_, index) => layersFor(genreId, sections, index, hints));

  const kitEnabled = genre.kit !== null || hints.drums === 'on';
  const groove = kitEnabled && genreId !== 'classical' ? grooveFor(genreId, beatsPerBar) : kitEnabled ? grooveFor('cinematic', beatsPerBar) : null;
  const kickRow = groove?.main.kick ?? groove?.main.stomp ?? 'X.......X.......';
  const kickBeats = [...kickRow].flatMap((symbol, index) => (symbol === '.' ? [] : [(index * beatsPerBar) / kickRow.length]));

  const instruments = {
    bass: genre.instruments.bass,
    chords: hints.chords ?? genre.instruments.chords,
    pad: genre.instruments.pad,
    lead: hints.lead ?? rng.fork('lead').pick(genre.instruments.lead),
    arp: genre.instruments.arp,
    counter: genre.instruments.counter,
  };
  const [chordLow, chordHigh, chordShape] = CHORD_WINDOWS[instruments.chords] ?? [52, 74, genreId === 'jazz' ? 'rootless' : 'close'];
  const compOptions = (label: string, low: number, high: number, shape: VoicingShape, maxVoices = 4): CompOptions => ({
    rng: rng.fork(label), chords, beatsPerBar, voicer: createVoicer(tonicPitchClass, low, high, shape, maxVoices), humanizeSeconds, finalHoldBeats, variant: 0,
  });
  const comp = compOptions('chords', chordLow, chordHigh, chordShape);
  const pad = compOptions('pad', 55, 79, 'close', 3);
  const arp = compOptions('arp', 60, 84, 'close');
  const bassOptions = { rng: rng.fork('bass'), chords, tonicPitchClass, beatsPerBar, style: genre.bass, low: BASS_LOW[instruments.bass] ?? 33, kickBeats, humanizeSeconds, finalHoldBeats };
  const leadCentre = 67 + mood.register + (instruments.lead === 'sax' || instruments.lead === 'brass' ? -3 : 0);
  const variants = { A: rng.fork('variant').int(0, 3), B: rng.fork('variant-b').int(0, 3), C: 0 };

  const notes: Record<PartRole, NoteEvent[]> = { bass: [], chords: [], pad: [], lead: [], counter: [], arp: [] };
  sections.forEach((section, index) => {
    const layer = layers[index]!;
    if (layer.bass) notes.bass.push(...composeBass(bassOptions, section));
    if (layer.chords) notes.chords.push(...composeComp({ ...comp, variant: variants[section.theme] }, genre.comp, section));
    if (layer.pad && instruments.pad) notes.pad.push(...composePad(pad, section));
    if (layer.arp && instruments.arp) notes.arp.push(...composeArp(arp, section, fit.bpm > 128 ? 0.5 : 0.25));
    if (layer.lead) {
      const solo = genreId === 'jazz' && section.theme === 'C';
      const melody = composeMelody({
        rng: rng.fork(`melody-${section.theme}`), chords, startBeat: section.startBar * beatsPerBar, bars: section.bars, beatsPerBar,
        tonicMidi: pitchInRange(tonicPitchClass, leadCentre - 7), low: leadCentre - 9, high: leadCentre + 12,
        density: genre.melody.density * mood.density * (section.theme === 'B' ? 1.15 : solo ? 1.6 : 1) * (section.kind === 'low' || section.kind === 'break' ? 0.6 : 1),
        syncopation: solo ? 0.8 : genre.melody.syncopation, pentatonic: genre.melody.pentatonic, grid: genre.melody.grid, legato: mood.legato,
        space: genre.melody.space, lift: section.theme === 'B' ? 2 : section.theme === 'C' ? 1 : 0, minor, velocity: 0.62 + 0.33 * section.energy, humanizeSeconds,
      });
      notes.lead.push(...melody);
      if (layer.counter && instruments.counter) {
        const up = ['bell', 'musicBox', 'vibes'].includes(instruments.counter);
        notes.counter.push(...melody.map((note) => ({ ...note, midi: note.midi + (up ? 12 : -12), velocity: note.velocity * 0.75 })));
      }
    }
  });
  if (!fade && notes.lead.length > 0) {
    const lastBar = fit.totalBars - 1;
    notes.lead.push({ beat: lastBar * beatsPerBar, length: beatsPerBar + finalHoldBeats, midi: pitchInRange(tonicPitchClass, leadCentre - 5), velocity: 0.7, offset: 0 });
  }

  const parts: PartPlan[] = (Object.keys(notes) as PartRole[])
    .filter((role) => notes[role].length > 0 && instruments[role])
    .map((role) => ({ role, instrument: instruments[role]!, notes: notes[role], ...mixFor(role, instruments[role]!, genreId, genre, mood) }));

  const drums = composeDrums({
    rng: rng.fork('drums'), groove, sections, levels: layers.map((layer) => layer.drums), beatsPerBar, finalHit: !fade, humanizeSeconds,
    snareLagSeconds: genreId === 'lo-fi' ? 0.012 : 0, jazzComping: genreId === 'jazz', orchestral: genreId === 'cinematic' || genreId === 'classical', risers: genreId === 'electronic',
  });
  const wet = genre.reverb * mood.reverb;
  const lofi = genreId === 'lo-fi';
  return {
    genre: genreId, mood: moodId, tonicPitchClass, key: NOTE_NAMES[tonicPitchClass]!, mode, modeLabel: MODE_LABELS[mode],
    timing, sections, chords, parts,
    kit: genre.kit ?? (genreId === 'ambient' ? 'electronic' : 'orchestral'), drums,
    mix: {
      reverbRoom: Math.min(0.93, 0.6 + 0.45 * wet), reverbDamp: Math.min(0.7, Math.max(0.25, 0.75 - 0.3 * mood.brightness)),
      delayBeats: genreId === 'ambient' ? 1.5 : 0.75, delayFeedback: genreId === 'ambient' ? 0.45 : 0.32, sidechainDepth: genre.sidechain,
      loudnessLufs: mood.loudnessLufs - (genreId === 'ambient' || genreId === 'classical' ? 1 : 0),
      lowpassHz: lofi ? 5200 : hints.vinyl ? 9000 : 0, crackle: lofi || hints.vinyl ? 1 : 0, wow: lofi ? 1 : 0,
      fadeOutSeconds: fade ? Math.min(8, Math.max(2.5, durationSeconds * 0.1)) : Math.max(0.3, fit.tailSeconds * 0.9),
      drumGainDb: genre.drumGainDb, drumReverb: Math.min(0.4, 0.08 + 0.2 * wet), brightness: mood.brightness,
    },
  };
}
