/**
 * npx tsx scripts/bench-music.ts [runs] — render speed of the built-in music generator:
 * 120 s tracks for a few genres, several runs each, reported as × real time (median and worst)
 * on one core. The first render of each genre warms caches (presets, drum hits) and the JIT;
 * it is reported separately as `cold`.
 */
import { composeAndRender } from '@/lib/providers/builtin/music';
import type { MusicGenre, MusicMood } from '@/lib/providers/builtin/music';

const DURATION = 120;
const runs = Math.max(1, Number(process.argv[2] ?? 3));
const cases: [MusicGenre, MusicMood][] = [['pop', 'happy'], ['electronic', 'energetic'], ['cinematic', 'epic']];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;

function timeRender(genre: MusicGenre, mood: MusicMood, run: number): number {
  const started = process.hrtime.bigint();
  composeAndRender({ prompt: `bench ${genre} ${run}`, genre, mood, durationSeconds: DURATION });
  return DURATION / (Number(process.hrtime.bigint() - started) / 1e9);
}

const byGenre = cases.map(([genre, mood]) => {
  const cold = timeRender(genre, mood, -1);
  const speeds = Array.from({ length: runs }, (_, run) => timeRender(genre, mood, run));
  return { genre, mood, cold: round(cold), median: round(median(speeds)), worst: round(Math.min(...speeds)) };
});
console.table(byGenre);
console.log(
  JSON.stringify({
    durationSeconds: DURATION,
    runsPerGenre: runs,
    medianTimesRealTime: round(median(byGenre.map((entry) => entry.median))),
    worstTimesRealTime: round(Math.min(...byGenre.map((entry) => entry.worst))),
    byGenre,
  }),
);
