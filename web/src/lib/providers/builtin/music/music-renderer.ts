/**
 * Plan → stereo audio. Each note renders its whole life into a scratch buffer, then is mixed
 * into the output with constant-power pan, an optional Haas offset for width, the kick's
 * sidechain curve and reverb/delay sends. Effects run once per bus; the master stage last.
 */
import { panGains } from './music-dsp';
import { applyDelay, applyReverb, buildDuckCurve } from './music-effects';
import { DRUM_MIX } from './music-grooves';
import { presetFor } from './music-instruments';
import { masterTrack } from './music-master';
import type { CompositionPlan, PartPlan } from './music-plan';
import { SAMPLE_RATE } from './music-plan';
import { drumSample } from './music-synth-drums';
import { presetGain, renderNote } from './music-synth';
import { midiToFrequency } from './music-theory';
import { Timeline } from './music-timeline';

interface Buses {
  left: Float32Array;
  right: Float32Array;
  reverb: Float32Array;
  delay: Float32Array | null;
  duck: Float32Array | null;
}

interface Send {
  gainLeft: number;
  gainRight: number;
  haas: number;
  reverb: number;
  delay: number;
  ducked: boolean;
}

/** The hottest loop after synthesis: one pass, locals only (the last `haas` samples are dropped). */
function mixInto(source: Float32Array, count: number, start: number, buses: Buses, send: Send): void {
  const { left, right, reverb, delay } = buses;
  const haas = send.haas;
  const end = Math.min(count, left.length - start - haas);
  const gainLeft = send.gainLeft;
  const gainRight = send.gainRight;
  const wet = send.reverb;
  const duck = send.ducked ? buses.duck : null;
  if (duck) {
    for (let index = 0, at = start; index < end; index += 1, at += 1) {
      const value = source[index]! * duck[at]!;
      left[at]! += value * gainLeft;
      right[at + haas]! += value * gainRight;
      reverb[at]! += value * wet;
    }
  } else {
    for (let index = 0, at = start; index < end; index += 1, at += 1) {
      const value = source[index]!;
      left[at]! += value * gainLeft;
      right[at + haas]! += value * gainRight;
      reverb[at]! += value * wet;
    }
  }
  if (delay && send.delay > 0) {
    const echo = send.delay;
    for (let index = 0, at = start; index < end; index += 1, at += 1) delay[at]! += source[index]! * echo;
  }
}

const CHORD_PANS = [-1, 1, -0.5, 0.5, 0, -0.75, 0.75];

/** Cached renders of one part may hold at most this many samples (≈ 24 MB). */
const CACHE_SAMPLES = 6_000_000;
const GATE_QUANTUM = 128;

/**
 * Loop-based music repeats the same note (pitch, length, loudness) many times; each distinct
 * note that occurs more than once is rendered once (at a quantised velocity, scaled back
 * when mixed) and kept until its last use. This cuts synthesis 3–5× on typical tracks.
 */
function renderPart(part: PartPlan, partIndex: number, plan: CompositionPlan, timeline: Timeline, buses: Buses, scratch: { buffer: Float32Array }): void {
  const preset = presetFor(part.instrument);
  const level = Math.pow(10, part.gainDb / 20) * presetGain(part.instrument);
  // Release times are to −60 dB: below that a tail is inaudible under the rest of the mix.
  const releaseSamples = Math.round(Math.max(0.02, preset.release) * SAMPLE_RATE);
  const total = plan.timing.sampleCount;
  const haas = Math.round((part.haasMs / 1000) * SAMPLE_RATE);
  const events = part.notes.map((note) => {
    const start = Math.max(0, Math.round((timeline.secondsAt(note.beat) + note.offset) * SAMPLE_RATE));
    const end = Math.round((timeline.secondsAt(note.beat + note.length) + note.offset) * SAMPLE_RATE);
    const gate = Math.max(GATE_QUANTUM, Math.round((end - start) / GATE_QUANTUM) * GATE_QUANTUM);
    const velocity = Math.max(0.1, Math.round(note.velocity * 10) / 10);
    return { start, gate, velocity, key: `${note.midi}|${gate}|${velocity}` };
  });
  const remaining = new Map<string, number>();
  for (const event of events) remaining.set(event.key, (remaining.get(event.key) ?? 0) + 1);
  const cache = new Map<string, Float32Array>();
  let cached = 0;
  let groupBeat = -1;
  let groupIndex = 0;
  part.notes.forEach((note, noteIndex) => {
    groupIndex = Math.abs(note.beat - groupBeat) < 1e-6 ? groupIndex + 1 : 0;
    groupBeat = note.beat;
    const { start, gate, velocity, key } = events[noteIndex]!;
    if (start >= total) return;
    const left = remaining.get(key)! - 1;
    remaining.set(key, left);
    let source = cache.get(key);
    let used = source?.length ?? 0;
    let scale = note.velocity / velocity;
    if (!source) {
      const repeated = left > 0;
      const length = repeated ? gate + releaseSamples : Math.min(gate + releaseSamples, total - start);
      if (scratch.buffer.length < length) scratch.buffer = new Float32Array(Math.ceil(length * 1.5));
      const seed = (Math.imul(partIndex + 1, 0x9e3779b1) ^ Math.imul(noteIndex + 1, 0x85ebca6b)) | 1;
      used = renderNote(scratch.buffer, preset, midiToFrequency(note.midi), repeated ? velocity : note.velocity, gate, length, seed, plan.mix.brightness);
      source = scratch.buffer;
      if (!repeated) scale = 1;
      else if (cached + used <= CACHE_SAMPLES) {
        const copy = scratch.buffer.slice(0, used);
        cache.set(key, copy);
        cached += used;
      }
    }
    if (left === 0 && cache.delete(key)) cached -= used;
    const [gainLeft, gainRight] = panGains(part.pan + part.spread * CHORD_PANS[groupIndex % CHORD_PANS.length]! * (groupIndex === 0 && part.spread > 0 ? 0.5 : 1));
    const gain = level * scale;
    mixInto(source, used, start, buses, { gainLeft: gainLeft * gain, gainRight: gainRight * gain, haas, reverb: part.reverb * gain, delay: part.delay * gain, ducked: part.ducked });
  });
}

function renderDrums(plan: CompositionPlan, timeline: Timeline, buses: Buses): void {
  const secondsPerBeat = 60 / plan.timing.bpm;
  const counters = new Map<string, number>();
  for (const hit of plan.drums) {
    const start = Math.max(0, Math.round((timeline.secondsAt(hit.beat) + hit.offset) * SAMPLE_RATE));
    if (start >= plan.timing.sampleCount) continue;
    const variant = (counters.get(hit.drum) ?? 0) % 2;
    counters.set(hit.drum, variant + 1);
    const sample = drumSample(plan.kit, hit.drum, variant, Math.round(hit.lengthBeats * secondsPerBeat * SAMPLE_RATE));
    const mix = DRUM_MIX[hit.drum];
    const level = Math.pow(10, (mix.gainDb + plan.mix.drumGainDb) / 20) * hit.velocity;
    const [gainLeft, gainRight] = panGains(mix.pan);
    mixInto(sample, sample.length, start, buses, {
      gainLeft: gainLeft * level, gainRight: gainRight * level, haas: 0,
      reverb: mix.reverb * plan.mix.drumReverb * level * 4, delay: 0, ducked: false,
    });
  }
}

/** Renders the plan; `master: false` skips the master stage (raw mix, for balance checks). */
export function renderPlan(plan: CompositionPlan, onProgress?: (fraction: number) => void, master = true): { left: Float32Array; right: Float32Array } {
  const total = plan.timing.sampleCount;
  const timeline = new Timeline(plan.timing);
  const kicks = plan.drums.filter((hit) => hit.drum === 'kick').map((hit) => Math.round((timeline.secondsAt(hit.beat) + hit.offset) * SAMPLE_RATE));
  const buses: Buses = {
    left: new Float32Array(total),
    right: new Float32Array(total),
    reverb: new Float32Array(total),
    delay: plan.parts.some((part) => part.delay > 0) ? new Float32Array(total) : null,
    duck: plan.mix.sidechainDepth > 0 && kicks.length > 0 ? buildDuckCurve(total, kicks, plan.mix.sidechainDepth, Math.min(0.25, 0.45 * (60 / plan.timing.bpm))) : null,
  };
  const steps = plan.parts.length + 4;
  let done = 0;
  const report = () => onProgress?.(Math.min(1, ++done / steps));
  renderDrums(plan, timeline, buses);
  report();
  const scratch = { buffer: new Float32Array(SAMPLE_RATE * 4) };
  plan.parts.forEach((part, index) => {
    renderPart(part, index, plan, timeline, buses, scratch);
    report();
  });
  if (buses.delay) applyDelay(buses.delay, buses.left, buses.right, buses.reverb, (plan.mix.delayBeats * 60) / plan.timing.bpm, plan.mix.delayFeedback);
  report();
  applyReverb(buses.reverb, buses.left, buses.right, plan.mix.reverbRoom, plan.mix.reverbDamp, 0.02);
  report();
  if (master) masterTrack(buses.left, buses.right, plan.mix, plan.tonicPitchClass + 1);
  report();
  return { left: buses.left, right: buses.right };
}
