/**
 * The ADSR envelope shared by every engine, and the Karplus–Strong plucked string
 * (JOS: delay ≈ fs/f filled with low-passed noise, two-point average in the loop, a
 * first-order all-pass for the fractional part of the period so high notes stay in tune).
 */
import type { InstrumentPreset } from './music-instruments';
import { SAMPLE_RATE } from './music-plan';
import * as dsp from './music-dsp';

// IMPORTANT: bundlers (esbuild/tsx, webpack) compile imported bindings into getter calls;
// hot loops must use these module-local aliases, read once at load (measured ~25 % of render time).
const { decayFactor, NOISE_SCALE, onePoleCoefficient, readTable, SINE_TABLE, xorshift } = dsp;

/** Attack is linear; decay, sustain fall and release are exponential (multiplies only). */
export class Adsr {
  value = 0;
  done = false;
  private stage = 0;
  private position = 0;
  private level: number;
  private readonly attackStep: number;
  private readonly decayStep: number;
  private readonly sustainStep: number;
  private readonly releaseStep: number;

  constructor(preset: InstrumentPreset, private readonly gate: number) {
    this.level = preset.sustain;
    this.attackStep = 1 / Math.max(1, preset.attack * SAMPLE_RATE);
    this.decayStep = decayFactor(preset.decay);
    this.sustainStep = preset.sustainDecay > 0 ? decayFactor(preset.sustainDecay) : 1;
    this.releaseStep = decayFactor(Math.max(0.005, preset.release));
  }

  next(): number {
    if (this.position++ === this.gate) this.stage = 2;
    if (this.stage === 0) {
      this.value += this.attackStep;
      if (this.value >= 1) {
        this.value = 1;
        this.stage = 1;
      }
    } else if (this.stage === 1) {
      this.level *= this.sustainStep;
      this.value = this.level + (this.value - this.level) * this.decayStep;
    } else {
      this.value *= this.releaseStep;
      if (this.value < 1e-3) this.done = true;
    }
    return this.value;
  }
}

const line = new Float32Array(4096);

export function renderPluck(out: Float32Array, preset: InstrumentPreset, frequency: number, velocity: number, gate: number, length: number, seed: number, brightness: number): number {
  const period = SAMPLE_RATE / frequency - 0.5;
  const delay = Math.max(2, Math.min(line.length - 1, Math.floor(period)));
  const fraction = Math.max(0, Math.min(0.999, period - delay));
  const allpass = (1 - fraction) / (1 + fraction);
  const excitationCutoff = 400 + 9000 * preset.brightness * preset.brightness * (0.5 + 0.5 * velocity) * brightness;
  const excitationCoefficient = onePoleCoefficient(excitationCutoff);
  let noise = seed | 1;
  let filtered = 0;
  let mean = 0;
  for (let index = 0; index < delay; index += 1) {
    noise = xorshift(noise);
    filtered += excitationCoefficient * (noise * NOISE_SCALE - filtered);
    line[index] = filtered;
    mean += filtered;
  }
  mean /= delay;
  let peak = 1e-9;
  for (let index = 0; index < delay; index += 1) {
    line[index]! -= mean;
    peak = Math.max(peak, Math.abs(line[index]!));
  }
  const normalise = 1 / peak;
  for (let index = 0; index < delay; index += 1) line[index]! *= normalise;

  const feedback = 0.5 * Math.pow(0.001, 1 / (preset.ringSeconds * frequency));
  const subStep = frequency / SAMPLE_RATE;
  const subDecay = decayFactor(preset.ringSeconds * 0.5);
  let sub = preset.subLevel;
  let subPhase = 0;
  const releaseStep = decayFactor(Math.max(0.01, preset.release));
  let release = 1;
  let position = 0;
  let previous = 0;
  let allpassIn = 0;
  let allpassOut = 0;
  for (let index = 0; index < length; index += 1) {
    const current = line[position]!;
    const averaged = feedback * (current + previous);
    previous = current;
    allpassOut = allpass * (averaged - allpassOut) + allpassIn;
    allpassIn = averaged;
    line[position] = allpassOut;
    position = position + 1 === delay ? 0 : position + 1;
    let sample = current;
    if (sub > 1e-4) {
      sample += sub * readTable(SINE_TABLE, subPhase);
      subPhase += subStep;
      if (subPhase >= 1) subPhase -= 1;
      sub *= subDecay;
    }
    if (index >= gate) {
      release *= releaseStep;
      if (release < 1e-3) return index + 1;
    }
    out[index] = sample * velocity * release;
  }
  return length;
}
