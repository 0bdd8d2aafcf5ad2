/**
 * Send effects, run once per bus over the whole track (MUSIC.md §3, §5): a Freeverb at half
 * the sample rate (reverb tails are dark anyway; this halves its cost), a ping-pong delay with
 * a low-pass in the feedback, and the sidechain gain curve built from the known kick times.
 */
import { onePoleCoefficient } from './music-dsp';
import { SAMPLE_RATE } from './music-plan';

// Freeverb tunings (44.1 kHz) halved for the 22.05 kHz internal rate.
const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617].map((length) => length >> 1);
const ALLPASSES = [556, 441, 341, 225].map((length) => length >> 1);
const SPREAD = 11;
const BLOCK = 1024;

class ReverbChannel {
  private readonly combs: Float32Array[];
  private readonly combIndex: Int32Array;
  private readonly combStore: Float64Array;
  private readonly allpasses: Float32Array[];
  private readonly allpassIndex: Int32Array;

  constructor(spread: number) {
    this.combs = COMBS.map((length) => new Float32Array(length + spread));
    this.combIndex = new Int32Array(COMBS.length);
    this.combStore = new Float64Array(COMBS.length);
    this.allpasses = ALLPASSES.map((length) => new Float32Array(length + spread));
    this.allpassIndex = new Int32Array(ALLPASSES.length);
  }

  /**
   * Combs two at a time over the block (fewer passes over `output` than one at a time, and
   * faster than all eight per sample), then the all-passes in series.
   */
  process(input: Float32Array, output: Float32Array, count: number, feedback: number, damp: number): void {
    output.fill(0, 0, count);
    const keep = 1 - damp;
    for (let comb = 0; comb < this.combs.length; comb += 2) {
      const a = this.combs[comb]!;
      const b = this.combs[comb + 1]!;
      let indexA = this.combIndex[comb]!;
      let indexB = this.combIndex[comb + 1]!;
      let storeA = this.combStore[comb]!;
      let storeB = this.combStore[comb + 1]!;
      for (let sample = 0; sample < count; sample += 1) {
        const x = input[sample]!;
        const delayedA = a[indexA]!;
        const delayedB = b[indexB]!;
        storeA = delayedA * keep + storeA * damp;
        storeB = delayedB * keep + storeB * damp;
        a[indexA] = x + storeA * feedback;
        b[indexB] = x + storeB * feedback;
        output[sample]! += delayedA + delayedB;
        if (++indexA === a.length) indexA = 0;
        if (++indexB === b.length) indexB = 0;
      }
      this.combIndex[comb] = indexA;
      this.combIndex[comb + 1] = indexB;
      this.combStore[comb] = storeA;
      this.combStore[comb + 1] = storeB;
    }
    for (let stage = 0; stage < this.allpasses.length; stage += 1) {
      const buffer = this.allpasses[stage]!;
      let index = this.allpassIndex[stage]!;
      for (let sample = 0; sample < count; sample += 1) {
        const delayed = buffer[index]!;
        const value = output[sample]!;
        buffer[index] = value + delayed * 0.5;
        output[sample] = delayed - value;
        if (++index === buffer.length) index = 0;
      }
      this.allpassIndex[stage] = index;
    }
  }
}

/** Adds the reverb of the mono `send` bus to left/right. `room` and `damp` are Freeverb's 0–1 controls. */
export function applyReverb(send: Float32Array, left: Float32Array, right: Float32Array, room: number, damp: number, preDelaySeconds: number): void {
  const feedback = room * 0.28 + 0.7;
  const dampValue = damp * 0.4;
  const channels = [new ReverbChannel(0), new ReverbChannel(SPREAD)];
  const input = new Float32Array(BLOCK);
  const wetLeft = new Float32Array(BLOCK);
  const wetRight = new Float32Array(BLOCK);
  const preDelay = Math.round(preDelaySeconds * SAMPLE_RATE);
  const halfLength = Math.ceil(send.length / 2);
  let previousLeft = 0;
  let previousRight = 0;
  for (let start = 0; start < halfLength; start += BLOCK) {
    const count = Math.min(BLOCK, halfLength - start);
    for (let index = 0; index < count; index += 1) {
      const source = 2 * (start + index) - preDelay;
      input[index] = source >= 0 && source + 1 < send.length ? (send[source]! + send[source + 1]!) * 0.0075 : 0;
    }
    channels[0]!.process(input, wetLeft, count, feedback, dampValue);
    channels[1]!.process(input, wetRight, count, feedback, dampValue);
    // Back to 44.1 kHz by linear interpolation between half-rate samples.
    for (let index = 0; index < count; index += 1) {
      const target = 2 * (start + index);
      const l = wetLeft[index]! * 3;
      const r = wetRight[index]! * 3;
      if (target < left.length) {
        left[target]! += (l + previousLeft) * 0.5;
        right[target]! += (r + previousRight) * 0.5;
      }
      if (target + 1 < left.length) {
        left[target + 1]! += l;
        right[target + 1]! += r;
      }
      previousLeft = l;
      previousRight = r;
    }
  }
}

/** Ping-pong delay: first echo left, then right, each darker; echoes also feed the reverb. */
export function applyDelay(send: Float32Array, left: Float32Array, right: Float32Array, reverbSend: Float32Array, delaySeconds: number, feedback: number): void {
  const length = Math.max(1, Math.round(delaySeconds * SAMPLE_RATE));
  const lineLeft = new Float32Array(length);
  const lineRight = new Float32Array(length);
  const coefficient = onePoleCoefficient(3500);
  let lowpassed = 0;
  let index = 0;
  for (let sample = 0; sample < send.length; sample += 1) {
    const outLeft = lineLeft[index]!;
    const outRight = lineRight[index]!;
    lowpassed += coefficient * (outRight - lowpassed);
    lineLeft[index] = send[sample]! + lowpassed * feedback;
    lineRight[index] = outLeft;
    left[sample]! += outLeft * 0.7;
    right[sample]! += outRight * 0.7;
    reverbSend[sample]! += (outLeft + outRight) * 0.25;
    if (++index === length) index = 0;
  }
}

/**
 * Gain curve that dips by `depth` on every kick (3 ms attack) and recovers over `releaseSeconds`
 * with a squared ramp: offline, every kick time is known, so no detector is needed.
 */
export function buildDuckCurve(length: number, kickSamples: readonly number[], depth: number, releaseSeconds: number): Float32Array {
  const curve = new Float32Array(length).fill(1);
  const attack = Math.round(0.003 * SAMPLE_RATE);
  const release = Math.round(releaseSeconds * SAMPLE_RATE);
  for (const kick of kickSamples) {
    for (let offset = -attack; offset < release; offset += 1) {
      const index = kick + offset;
      if (index < 0 || index >= length) continue;
      const amount = offset < 0 ? 1 + offset / attack : (1 - offset / release) ** 2;
      const gain = 1 - depth * amount;
      if (gain < curve[index]!) curve[index] = gain;
    }
  }
  return curve;
}
