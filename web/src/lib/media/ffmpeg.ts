import 'server-only';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * ffmpeg, when this machine has it (a local install; not on serverless hosts): used to
 * make a poster frame for a provider's video and waveform peaks for compressed audio.
 * Without it those outputs are stored as they are.
 */
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

let available: Promise<boolean> | undefined;

export function hasFfmpeg(): Promise<boolean> {
  available ??= new Promise((resolve) => {
    execFile('ffmpeg', ['-version'], { timeout: 10_000 }, (error) => resolve(!error));
  });
  return available;
}

function run(args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('ffmpeg', args, { encoding: 'buffer', maxBuffer: MAX_OUTPUT_BYTES, timeout: TIMEOUT_MS }, (error, stdout) => {
      if (error) reject(error);
      else resolve(stdout);
    });
  });
}

/** Runs ffmpeg on `data` written to a private temporary file (MP4 needs to seek). */
async function withInput<T>(data: Buffer, extension: string, work: (file: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), 'medialab-media-'));
  try {
    const file = path.join(directory, `input.${extension}`);
    await writeFile(file, data, { mode: 0o600 });
    return await work(file);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** A PNG of the frame at `atSeconds` (the first frame if the clip is shorter), at most 640 px wide. */
export async function extractPosterFrame(data: Buffer, extension: string, atSeconds: number): Promise<Buffer> {
  return withInput(data, extension, async (file) => {
    const grab = (seek: number) =>
      run(['-v', 'error', '-ss', String(seek), '-i', file, '-frames:v', '1', '-vf', "scale='min(640,iw)':-2", '-f', 'image2', '-c:v', 'png', 'pipe:1']);
    const frame = await grab(atSeconds);
    return frame.length > 0 ? frame : grab(0);
  });
}

export const PEAK_SAMPLE_RATE = 8000;

/** The audio decoded to mono 16-bit PCM at 8 kHz: enough for a waveform and the duration. */
export async function decodeMonoPcm(data: Buffer, extension: string): Promise<Int16Array> {
  const pcm = await withInput(data, extension, (file) =>
    run(['-v', 'error', '-i', file, '-vn', '-ac', '1', '-ar', String(PEAK_SAMPLE_RATE), '-f', 's16le', 'pipe:1']),
  );
  return new Int16Array(pcm.buffer, pcm.byteOffset, Math.floor(pcm.length / 2));
}
