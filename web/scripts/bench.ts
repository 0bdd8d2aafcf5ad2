/**
 * npm run bench — performance figures as ratios and percentiles (never pass/fail):
 *  - built-in music render speed, × real time, for 120 s tracks;
 *  - built-in image render time at 1024², p50 / p95;
 *  - the overhead of POST /api/generations (validate, price, budget, insert, enqueue),
 *    p50 / p95, on the embedded database, through the real route handler.
 * Figures are recorded in docs/performance.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

process.env.MEDIALAB_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'medialab-bench-'));
process.env.LOG_LEVEL ??= 'silent';
process.env.MEDIALAB_INPROCESS_WORKER = 'false';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function benchMusic() {
  const { composeAndRender } = await import('@/lib/providers/builtin/music');
  // Warm-up: the first render pays for JIT compilation, which a running server has already paid.
  composeAndRender({ prompt: 'warm-up', genre: 'pop', mood: 'calm', durationSeconds: 15 });
  const results: Array<{ genre: string; speed: number }> = [];
  for (const genre of ['pop', 'electronic', 'jazz', 'cinematic'] as const) {
    const started = performance.now();
    composeAndRender({ prompt: `bench ${genre}`, genre, mood: 'energetic', durationSeconds: 120 });
    results.push({ genre, speed: 120 / ((performance.now() - started) / 1000) });
  }
  const speeds = results.map((result) => result.speed);
  return { medianTimesRealTime: round(percentile(speeds, 50)), worstTimesRealTime: round(Math.min(...speeds)), byGenre: results.map((r) => ({ ...r, speed: round(r.speed) })) };
}

async function benchImage() {
  const { renderImage } = await import('@/lib/providers/builtin/image');
  await renderImage({ prompt: 'warm-up', width: 256, height: 256 });
  const times: number[] = [];
  for (let run = 0; run < 12; run += 1) {
    const started = performance.now();
    await renderImage({ prompt: `a neon city at night ${run}`, width: 1024, height: 1024 });
    times.push(performance.now() - started);
  }
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

async function benchCreateGeneration() {
  const { signedInClient } = await import('../tests/support/api-client');
  const { client } = await signedInClient();
  const projectId = ((await client.post('/api/projects', { name: 'Bench' })).body as { project: { id: string } }).project.id;
  const body = { projectId, generationType: 'image', provider: 'builtin', model: 'procedural-image', prompt: 'bench', parameters: {} };
  for (let warm = 0; warm < 20; warm += 1) await client.post('/api/generations', body);
  const times: number[] = [];
  for (let run = 0; run < 300; run += 1) {
    const started = performance.now();
    const response = await client.post('/api/generations', body);
    times.push(performance.now() - started);
    if (response.status !== 202) throw new Error(`unexpected ${response.status}: ${response.text}`);
  }
  const { closeDb } = await import('@/lib/db/client');
  await closeDb();
  return { requests: times.length, p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2) };
}

async function main() {
  const results = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version },
    music120s: await benchMusic(),
    image1024: await benchImage(),
    createGeneration: await benchCreateGeneration(),
  };
  console.log(JSON.stringify(results, null, 2));
  console.log(
    `music: ${results.music120s.medianTimesRealTime}× real time (worst ${results.music120s.worstTimesRealTime}×) · ` +
      `image 1024²: p50 ${results.image1024.p50Ms} ms, p95 ${results.image1024.p95Ms} ms · ` +
      `POST /api/generations: p50 ${results.createGeneration.p50Ms} ms, p95 ${results.createGeneration.p95Ms} ms`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
