/**
 * npx tsx scripts/bench-image.ts [runs] — times the built-in procedural image generator
 * at 1024×1024 (paint + grain + PNG encode) over a spread of prompts, and prints the
 * median and p95. Two warm-up renders first, so the native module is loaded and hot.
 */
import { renderImage } from '@/lib/providers/builtin/image';

const PROMPTS = [
  'red sunset over mountains',
  'deep blue ocean',
  'misty pine forest at dawn',
  'neon synthwave grid',
  'starry night sky',
  'pastel blobs',
  'bauhaus poster',
  'storm over the sea',
  'scattered circles',
  'diagonal stripes in orange and teal',
];

function percentile(sorted: readonly number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function main() {
  const runs = Number(process.argv[2] ?? 10);
  for (const prompt of PROMPTS.slice(0, 2)) await renderImage({ prompt, width: 1024, height: 1024 });

  const timings: number[] = [];
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    const prompt = PROMPTS[run % PROMPTS.length] ?? 'mountains';
    const started = performance.now();
    const image = await renderImage({ prompt, width: 1024, height: 1024 });
    const elapsed = performance.now() - started;
    timings.push(elapsed);
    bytes += image.png.length;
    console.log(`${elapsed.toFixed(0).padStart(5)} ms  ${(image.png.length / 1024).toFixed(0).padStart(5)} KiB  ${prompt}`);
  }
  const sorted = [...timings].sort((a, b) => a - b);
  console.log(`\n1024×1024 PNG, ${runs} runs: median ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, mean size ${(bytes / runs / 1024).toFixed(0)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
