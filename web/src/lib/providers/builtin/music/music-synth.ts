/**
 * Note synthesis: four engines (subtractive, 2-op FM, Karplus–Strong, two-table wavetable)
 * rendering one whole note into a scratch buffer. Control values (vibrato, filter cutoff)
 * update every BLOCK samples; the per-sample work is table reads, multiplies and one filter.
 */
import type { InstrumentPreset } from './music-instruments';
import { presetFor } from './music-instruments';
import { SAMPLE_RATE } from './music-plan';
import { Adsr, renderPluck } from './music-synth-pluck';
import * as dsp from './music-dsp';

// IMPORTANT: bundlers (esbuild/tsx, webpack) compile imported bindings into getter calls;
// hot loops must use these module-local aliases, read once at load (measured ~25 % of render time).
const { buildHarmonicTable, decayFactor, NOISE_SCALE, onePoleCoefficient, readTable, SINE_TABLE, softClip, xorshift } = dsp;

const BLOCK = 32;
const TWO_PI = 2 * Math.PI;
const INV_TWO_PI = 1 / TWO_PI;

function blepSaw(phase: number, increment: number): number {
  let value = 2 * phase - 1;
  if (phase < increment) {
    const x = phase / increment;
    value -= x + x - x * x - 1;
  } else if (phase > 1 - increment) {
    const x = (phase - 1) / increment;
    value -= x * x + x + x + 1;
  }
  return value;
}

function blepSquare(phase: number, increment: number): number {
  const shifted = phase + 0.5 >= 1 ? phase - 0.5 : phase + 0.5;
  return blepSaw(phase, increment) - blepSaw(shifted, increment);
}

function vibratoAt(preset: InstrumentPreset, sample: number): number {
  if (preset.vibratoCents === 0) return 1;
  const ramp = preset.vibratoDelay > 0 ? Math.min(1, sample / (preset.vibratoDelay * SAMPLE_RATE)) : 1;
  return 1 + (Math.pow(2, preset.vibratoCents / 1200) - 1) * ramp * Math.sin((TWO_PI * preset.vibratoRate * sample) / SAMPLE_RATE);
}

function tremoloAt(preset: InstrumentPreset, sample: number): number {
  return preset.tremolo === 0 ? 1 : 1 - preset.tremolo * (0.5 + 0.5 * Math.sin((TWO_PI * 5.5 * sample) / SAMPLE_RATE));
}

function renderSubtractive(out: Float32Array, preset: InstrumentPreset, frequency: number, velocity: number, gate: number, length: number, seed: number, brightness: number): number {
  const base = frequency / SAMPLE_RATE;
  const voices = preset.voices;
  const detune = Math.pow(2, (voices > 1 ? preset.detuneCents : 0) / 1200);
  const square = preset.wave === 1;
  let noise = seed | 1;
  noise = xorshift(noise);
  let phase0 = (noise >>> 0) / 4294967296;
  noise = xorshift(noise);
  let phase1 = (noise >>> 0) / 4294967296;
  noise = xorshift(noise);
  let phase2 = (noise >>> 0) / 4294967296;
  let subPhase = phase0;
  const envelope = new Adsr(preset, gate);
  const filterStep = Math.pow(decayFactor(preset.filterDecay), BLOCK);
  const keyFactor = Math.pow(frequency / 261.63, preset.keyTrack) * brightness;
  const damping = 2 - 2 * preset.resonance;
  const drive = preset.drive;
  const driveNormal = drive > 0 ? 1 / softClip(drive) : 1;
  const voiceGain = 1 / Math.sqrt(voices);
  const subLevel = preset.subLevel;
  let filterEnvelope = 1;
  let ic1 = 0;
  let ic2 = 0;
  for (let start = 0; start < length; start += BLOCK) {
    const end = Math.min(start + BLOCK, length);
    const vibrato = vibratoAt(preset, start);
    const increment0 = base * vibrato;
    const increment1 = increment0 * detune;
    const increment2 = increment0 / detune;
    const shape = preset.filterFollowsAmp === 1 ? envelope.value : filterEnvelope;
    const cutoff = Math.min(18000, Math.max(30, (preset.cutoff + preset.cutoffEnv * shape * (0.5 + 0.5 * velocity)) * keyFactor));
    filterEnvelope *= filterStep;
    const g = Math.tan((Math.PI * cutoff) / SAMPLE_RATE);
    const a1 = 1 / (1 + g * (g + damping));
    const a2 = g * a1;
    const a3 = g * a2;
    for (let index = start; index < end; index += 1) {
      let sample = square ? blepSquare(phase0, increment0) : blepSaw(phase0, increment0);
      phase0 += increment0;
      if (phase0 >= 1) phase0 -= 1;
      if (voices > 1) {
        sample += square ? blepSquare(phase1, increment1) : blepSaw(phase1, increment1);
        phase1 += increment1;
        if (phase1 >= 1) phase1 -= 1;
        if (voices > 2) {
          sample += blepSaw(phase2, increment2);
          phase2 += increment2;
          if (phase2 >= 1) phase2 -= 1;
        }
        sample *= voiceGain;
      }
      if (subLevel > 0) {
        sample += subLevel * readTable(SINE_TABLE, subPhase);
        subPhase += increment0;
        if (subPhase >= 1) subPhase -= 1;
      }
      if (drive > 0) sample = softClip(sample * drive) * driveNormal;
      const v3 = sample - ic2;
      const v1 = a1 * ic1 + a2 * v3;
      const v2 = ic2 + a2 * ic1 + a3 * v3;
      ic1 = 2 * v1 - ic1;
      ic2 = 2 * v2 - ic2;
      out[index] = v2 * envelope.next() * velocity;
      if (envelope.done) return index + 1;
    }
  }
  return length;
}

function renderFm(out: Float32Array, preset: InstrumentPreset, frequency: number, velocity: number, gate: number, length: number, brightness: number): number {
  const carrierStep = frequency / SAMPLE_RATE;
  const modulatorStep = (carrierStep * preset.ratio) % 1;
  const tineStep = (carrierStep * 14) % 1;
  const envelope = new Adsr(preset, gate);
  let index = preset.index * (0.6 + 0.4 * velocity) * brightness * INV_TWO_PI;
  const indexFloor = index * 0.15;
  const indexDecay = decayFactor(preset.indexDecay);
  let tine = preset.tine * velocity * INV_TWO_PI;
  const tineDecay = decayFactor(0.08);
  let carrier = 0;
  let modulator = 0;
  let tinePhase = 0;
  for (let start = 0; start < length; start += BLOCK) {
    const end = Math.min(start + BLOCK, length);
    const gain = velocity * tremoloAt(preset, start);
    for (let sample = start; sample < end; sample += 1) {
      let phase = carrier + index * readTable(SINE_TABLE, modulator);
      if (tine > 1e-5) {
        phase += tine * readTable(SINE_TABLE, tinePhase);
        tinePhase += tineStep;
        if (tinePhase >= 1) tinePhase -= 1;
        tine *= tineDecay;
      }
      phase -= Math.floor(phase);
      out[sample] = readTable(SINE_TABLE, phase) * envelope.next() * gain;
      if (envelope.done) return sample + 1;
      carrier += carrierStep;
      if (carrier >= 1) carrier -= 1;
      modulator += modulatorStep;
      if (modulator >= 1) modulator -= 1;
      index = indexFloor + (index - indexFloor) * indexDecay;
    }
  }
  return length;
}

const tableCache = new Map<InstrumentPreset, Map<number, [Float32Array, Float32Array]>>();

/** Band-limited tables: harmonics above ~16 kHz are dropped for high notes. */
function tablesFor(preset: InstrumentPreset, frequency: number): [Float32Array, Float32Array] {
  const limit = Math.max(1, Math.min(preset.bright.length, Math.floor(16000 / frequency)));
  let byLimit = tableCache.get(preset);
  if (!byLimit) tableCache.set(preset, (byLimit = new Map()));
  let tables = byLimit.get(limit);
  if (!tables) byLimit.set(limit, (tables = [buildHarmonicTable(preset.bright.slice(0, limit)), buildHarmonicTable(preset.soft.slice(0, limit))]));
  return tables;
}

function renderWavetable(out: Float32Array, preset: InstrumentPreset, frequency: number, velocity: number, gate: number, length: number, seed: number): number {
  const [bright, soft] = tablesFor(preset, frequency);
  const base = frequency / SAMPLE_RATE;
  const unison = preset.unison > 0 ? Math.pow(2, preset.unison / 1200) : 0;
  const envelope = new Adsr(preset, gate);
  let blend = velocity;
  const blendDecay = decayFactor(preset.brightDecay);
  let noise = seed | 1;
  let breath = 0;
  const breathLevel = preset.breath;
  const breathCoefficient = onePoleCoefficient(2500);
  let click = preset.click * velocity;
  const clickDecay = decayFactor(0.006);
  const drive = preset.drive;
  const driveNormal = drive > 0 ? 1 / softClip(drive) : 1;
  let phase = 0;
  let phase2 = 0.25;
  for (let start = 0; start < length; start += BLOCK) {
    const end = Math.min(start + BLOCK, length);
    const increment = base * vibratoAt(preset, start);
    const increment2 = increment * unison;
    const gain = velocity * tremoloAt(preset, start);
    for (let index = start; index < end; index += 1) {
      const a = readTable(soft, phase);
      let sample = a + (readTable(bright, phase) - a) * blend;
      phase += increment;
      if (phase >= 1) phase -= 1;
      if (unison > 0) {
        // The detuned copy only needs the settled spectrum: the attack brightness is on the main voice.
        sample = 0.5 * (sample + readTable(soft, phase2));
        phase2 += increment2;
        if (phase2 >= 1) phase2 -= 1;
      }
      blend *= blendDecay;
      if (breathLevel > 0 || click > 1e-4) {
        noise = xorshift(noise);
        const white = noise * NOISE_SCALE;
        breath += breathCoefficient * (white - breath);
        sample += breathLevel * breath + click * white;
        click *= clickDecay;
      }
      if (drive > 0) sample = softClip(sample * drive) * driveNormal;
      out[index] = sample * envelope.next() * gain;
      if (envelope.done) return index + 1;
    }
  }
  return length;
}

/** Renders one note into `out` from index 0; returns how many samples it actually used. */
export function renderNote(out: Float32Array, preset: InstrumentPreset, frequency: number, velocity: number, gate: number, length: number, seed: number, brightness: number): number {
  switch (preset.engine) {
    case 'subtractive':
      return renderSubtractive(out, preset, frequency, velocity, gate, length, seed, brightness);
    case 'fm':
      return renderFm(out, preset, frequency, velocity, gate, length, brightness);
    case 'pluck':
      return renderPluck(out, preset, frequency, velocity, gate, length, seed, brightness);
    case 'wavetable':
      return renderWavetable(out, preset, frequency, velocity, gate, length, seed);
  }
}

const gains = new Map<string, number>();

/** Level that brings a reference note of the preset to a common RMS, so mix levels mean the same for all. */
export function presetGain(name: string): number {
  const cached = gains.get(name);
  if (cached !== undefined) return cached;
  const preset = presetFor(name);
  const low = /bass|808|cello/i.test(name);
  const buffer = new Float32Array(Math.round(SAMPLE_RATE * 0.6));
  const used = renderNote(buffer, preset, low ? 82.4 : 329.6, 0.8, Math.round(SAMPLE_RATE * 0.4), buffer.length, 12345, 1);
  let sum = 0;
  for (let index = 0; index < used; index += 1) sum += buffer[index]! * buffer[index]!;
  const rms = Math.sqrt(sum / Math.max(1, used));
  const gain = rms > 1e-6 ? 0.18 / rms : 1;
  gains.set(name, gain);
  return gain;
}
