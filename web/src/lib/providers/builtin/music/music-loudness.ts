/**
 * Integrated loudness per ITU-R BS.1770-4 (MUSIC.md §4): K-weighting (high shelf + high-pass,
 * designed as in libebur128 so 44.1 kHz is exact), 400 ms blocks with 75 % overlap,
 * absolute gate −70 LUFS, relative gate −10 LU.
 */
import { SAMPLE_RATE } from './music-plan';

type Biquad = readonly [b0: number, b1: number, b2: number, a1: number, a2: number];

function kWeighting(sampleRate: number): [Biquad, Biquad] {
  let f0 = 1681.974450955533;
  const gain = 3.999843853973347;
  let q = 0.7071752369554196;
  let k = Math.tan((Math.PI * f0) / sampleRate);
  const vh = Math.pow(10, gain / 20);
  const vb = Math.pow(vh, 0.4996667741545416);
  let a0 = 1 + k / q + k * k;
  const shelf: Biquad = [(vh + (vb * k) / q + k * k) / a0, (2 * (k * k - vh)) / a0, (vh - (vb * k) / q + k * k) / a0, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0];
  f0 = 38.13547087602444;
  q = 0.5003270373238773;
  k = Math.tan((Math.PI * f0) / sampleRate);
  a0 = 1 + k / q + k * k;
  const highPass: Biquad = [1, -2, 1, (2 * (k * k - 1)) / a0, (1 - k / q + k * k) / a0];
  return [shelf, highPass];
}

/** Sums of K-weighted squares per 100 ms hop, for one channel. */
function hopEnergies(channel: Float32Array, hop: number, [shelf, highPass]: [Biquad, Biquad]): Float64Array {
  const energies = new Float64Array(Math.floor(channel.length / hop));
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
  for (let block = 0; block < energies.length; block += 1) {
    let sum = 0;
    for (let index = block * hop, end = index + hop; index < end; index += 1) {
      const x = channel[index]!;
      const y = shelf[0] * x + shelf[1] * x1 + shelf[2] * x2 - shelf[3] * y1 - shelf[4] * y2;
      x2 = x1;
      x1 = x;
      const z = highPass[0] * y + highPass[1] * y1 + highPass[2] * y2 - highPass[3] * z1 - highPass[4] * z2;
      y2 = y1;
      y1 = y;
      z2 = z1;
      z1 = z;
      sum += z * z;
    }
    energies[block] = sum;
  }
  return energies;
}

/** Integrated loudness in LUFS (−Infinity for silence or audio shorter than 400 ms). */
export function integratedLoudness(left: Float32Array, right: Float32Array, sampleRate = SAMPLE_RATE): number {
  const hop = Math.round(sampleRate / 10);
  const filters = kWeighting(sampleRate);
  const leftHops = hopEnergies(left, hop, filters);
  const rightHops = hopEnergies(right, hop, filters);
  const powers: number[] = [];
  for (let block = 0; block + 4 <= leftHops.length; block += 1) {
    let sum = 0;
    for (let hopIndex = block; hopIndex < block + 4; hopIndex += 1) sum += leftHops[hopIndex]! + rightHops[hopIndex]!;
    powers.push(sum / (4 * hop));
  }
  const loudness = (power: number) => -0.691 + 10 * Math.log10(power);
  const absolute = powers.filter((power) => loudness(power) > -70);
  if (absolute.length === 0) return -Infinity;
  const relativeGate = loudness(absolute.reduce((sum, power) => sum + power, 0) / absolute.length) - 10;
  const gated = absolute.filter((power) => loudness(power) > relativeGate);
  return loudness(gated.reduce((sum, power) => sum + power, 0) / gated.length);
}
