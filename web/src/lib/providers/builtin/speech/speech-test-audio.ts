import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Measurements for the speech tests: what a real decoder says about a WAV, loudness per
 * frame, pauses, and pitch. Test-only; nothing in the app imports it.
 */
const run = promisify(execFile);

export type ProbedAudio = { codecName: string; channels: number; sampleRate: number; durationSeconds: number };

/** Asks Debian's ffprobe (package ffmpeg) what the file is; fails loudly when it is missing. */
export async function probeWav(wav: Buffer): Promise<ProbedAudio> {
  const directory = await mkdtemp(path.join(tmpdir(), 'speech-probe-'));
  try {
    const file = path.join(directory, 'speech.wav');
    await writeFile(file, wav);
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,channels,sample_rate:format=duration', '-of', 'json', file]).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') throw new Error('ffprobe is not installed: apt-get install -y ffmpeg');
        throw error;
      },
    );
    const probed = JSON.parse(stdout) as { streams: Array<{ codec_name: string; channels: number; sample_rate: string }>; format: { duration: string } };
    const [stream] = probed.streams;
    if (!stream || probed.streams.length !== 1) throw new Error(`Expected one audio stream, found ${probed.streams.length}.`);
    return { codecName: stream.codec_name, channels: stream.channels, sampleRate: Number(stream.sample_rate), durationSeconds: Number(probed.format.duration) };
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** RMS of consecutive frames (20 ms by default). */
export function frameRms(samples: Float32Array, sampleRate: number, frameSeconds = 0.02): number[] {
  const frame = Math.round(frameSeconds * sampleRate);
  const levels: number[] = [];
  for (let start = 0; start + frame <= samples.length; start += frame) {
    let sum = 0;
    for (let index = start; index < start + frame; index += 1) sum += (samples[index] ?? 0) ** 2;
    levels.push(Math.sqrt(sum / frame));
  }
  return levels;
}

/** Runs of consecutive frames below `threshold` that lie between loud frames (not lead-in or tail). */
export function innerQuietRuns(levels: number[], threshold: number): number[] {
  const first = levels.findIndex((level) => level >= threshold);
  const last = levels.findLastIndex((level) => level >= threshold);
  const runs: number[] = [];
  let length = 0;
  for (let index = first; index <= last; index += 1) {
    if ((levels[index] ?? 0) < threshold) length += 1;
    else if (length > 0) {
      runs.push(length);
      length = 0;
    }
  }
  return runs;
}

/**
 * Median fundamental frequency over voiced 40 ms frames, by normalised autocorrelation
 * between 60 and 400 Hz. Frames whose best correlation is weak (unvoiced, silence) are skipped.
 */
export function estimateMedianF0(samples: Float32Array, sampleRate: number): number {
  const frame = Math.round(0.04 * sampleRate);
  const minLag = Math.floor(sampleRate / 400);
  const maxLag = Math.ceil(sampleRate / 60);
  const estimates: number[] = [];
  for (let start = 0; start + frame + maxLag <= samples.length; start += frame) {
    let energy = 0;
    for (let index = start; index < start + frame; index += 1) energy += (samples[index] ?? 0) ** 2;
    if (Math.sqrt(energy / frame) < 0.02) continue;
    let bestLag = 0;
    let bestCorrelation = 0;
    for (let lag = minLag; lag <= maxLag; lag += 1) {
      let product = 0;
      let shiftedEnergy = 0;
      for (let index = start; index < start + frame; index += 1) {
        const shifted = samples[index + lag] ?? 0;
        product += (samples[index] ?? 0) * shifted;
        shiftedEnergy += shifted * shifted;
      }
      const correlation = product / Math.sqrt(energy * shiftedEnergy || 1);
      if (correlation > bestCorrelation) {
        bestCorrelation = correlation;
        bestLag = lag;
      }
    }
    if (bestCorrelation > 0.6) estimates.push(sampleRate / bestLag);
  }
  estimates.sort((a, b) => a - b);
  return estimates[Math.floor(estimates.length / 2)] ?? 0;
}
