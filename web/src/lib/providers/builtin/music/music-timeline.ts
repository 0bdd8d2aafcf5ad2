/**
 * Time: fits whole bars into the requested duration and maps beats to seconds (swing and
 * the closing ritardando included). MUSIC.md §1d: nudge the tempo a little so the form lands
 * on whole phrases, and keep a short tail for the last chord and the reverb to ring.
 */
import type { TimingPlan } from './music-plan';

export interface FitOptions {
  durationSeconds: number;
  targetBpm: number;
  bpmRange: readonly [number, number];
  beatsPerBar: number;
  fade: boolean;
  ritAmount: number;
  /** Extra cost for a bar count whose phrases do not divide evenly. */
  barPenalty: (bars: number) => number;
}

export interface FitResult {
  bpm: number;
  totalBars: number;
  ritBeats: number;
  tailSeconds: number;
}

function ritBeatsFor(bars: number, beatsPerBar: number, ritAmount: number): number {
  return ritAmount > 0 ? Math.min(2 * beatsPerBar, Math.floor((bars * beatsPerBar) / 2)) : 0;
}

export function fitTiming(options: FitOptions): FitResult {
  const { durationSeconds, fade } = options;
  const tailIdeal = fade ? 0.8 : Math.min(3, Math.max(1.6, durationSeconds * 0.05));
  // Short tracks get short tails; if nothing fits, relax the tail and then the tempo range.
  const attempts: [number, number, number][] = fade
    ? [[0.3, 2, 1], [0.3, 4, 1.1]]
    : [[1, Math.min(4, 1.5 + durationSeconds * 0.05), 1], [1, 4, 1], [0.5, 4, 1.1]];
  for (const [tailMin, tailMax, stretch] of attempts) {
    const range: [number, number] = [options.bpmRange[0] / stretch, options.bpmRange[1] * stretch];
    const result = fitWithin(options, tailIdeal, tailMin, tailMax, range);
    if (result) return result;
  }
  throw new Error(`No tempo fits ${durationSeconds} s in ${options.bpmRange.join('–')} BPM.`);
}

function fitWithin(options: FitOptions, tailIdeal: number, tailMin: number, tailMax: number, bpmRange: [number, number]): FitResult | null {
  const { durationSeconds, targetBpm, beatsPerBar, ritAmount } = options;
  let best: FitResult & { cost: number } = { bpm: targetBpm, totalBars: 4, ritBeats: 0, tailSeconds: tailIdeal, cost: Infinity };
  for (let bars = 2; bars <= 400; bars += 1) {
    const ritBeats = ritBeatsFor(bars, beatsPerBar, ritAmount);
    const effectiveBeats = bars * beatsPerBar + (ritAmount * ritBeats) / 3;
    for (let tail = tailMin; tail <= tailMax + 1e-9; tail += 0.05) {
      const bpm = (effectiveBeats * 60) / (durationSeconds - tail);
      if (bpm < bpmRange[0] || bpm > bpmRange[1]) continue;
      const cost = 100 * Math.abs(Math.log(bpm / targetBpm)) + 3 * Math.abs(tail - tailIdeal) + options.barPenalty(bars);
      if (cost < best.cost) best = { bpm, totalBars: bars, ritBeats, tailSeconds: tail, cost };
    }
  }
  if (!Number.isFinite(best.cost)) return null;
  const { cost: _cost, ...result } = best;
  return result;
}

/** Beat → seconds, with the closing ritardando and Linn swing. */
export class Timeline {
  private readonly secondsPerBeat: number;
  private readonly totalBeats: number;
  private readonly ritStart: number;

  constructor(private readonly timing: TimingPlan) {
    this.secondsPerBeat = 60 / timing.bpm;
    this.totalBeats = timing.totalBars * timing.beatsPerBar;
    this.ritStart = this.totalBeats - timing.ritBeats;
  }

  /** Moves even subdivisions later: within each pair of `swingUnit`s the midpoint goes to `swing`. */
  swung(beat: number): number {
    const { swing, swingUnit } = this.timing;
    if (swing === 0.5) return beat;
    const pair = 2 * swingUnit;
    const start = Math.floor(beat / pair + 1e-9) * pair;
    const position = beat - start;
    const moved = position < swingUnit ? (position * pair * swing) / swingUnit : pair * swing + ((position - swingUnit) * pair * (1 - swing)) / swingUnit;
    return start + moved;
  }

  /** Seconds at a (straight) beat; tempo slows quadratically over the ritardando. */
  secondsAtStraight(beat: number): number {
    const { ritBeats, ritAmount } = this.timing;
    if (beat <= this.ritStart || ritBeats === 0) return beat * this.secondsPerBeat;
    const span = Math.min(beat, this.totalBeats) - this.ritStart;
    const x = span / ritBeats;
    let seconds = this.ritStart + span + (ritAmount * ritBeats * x * x * x) / 3;
    if (beat > this.totalBeats) seconds += (beat - this.totalBeats) * (1 + ritAmount);
    return seconds * this.secondsPerBeat;
  }

  secondsAt(beat: number): number {
    return this.secondsAtStraight(this.swung(beat));
  }
}
