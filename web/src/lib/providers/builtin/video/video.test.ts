import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderVideo, type VideoRequest, type VideoResult } from './index';

/*
 * These tests decode the clips with Debian's ffmpeg/ffprobe (apt-get install ffmpeg), a
 * decoder that shares no code with ours. The app itself never needs ffmpeg.
 */
const run = promisify(execFile);
let directory = '';

async function saveClip(name: string, video: VideoResult): Promise<string> {
  const file = path.join(directory, `${name}.webm`);
  await writeFile(file, video.data);
  return file;
}

async function probe(file: string) {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-count_frames', '-show_entries', 'stream=codec_name,width,height,nb_read_frames:format=duration', '-of', 'json', file]);
  const parsed = JSON.parse(stdout) as { streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[]; format: { duration: string } };
  const [stream] = parsed.streams;
  if (!stream) throw new Error(`ffprobe found no stream in ${file}`);
  return { codec: stream.codec_name, width: stream.width, height: stream.height, frames: Number(stream.nb_read_frames), duration: Number(parsed.format.duration) };
}

/** One decoded frame as raw RGB, scaled to 64×36. */
async function frameAt(file: string, index: number): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-vf', `select=eq(n\\,${index}),scale=64:36`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], {
    encoding: 'buffer',
    maxBuffer: 1 << 20,
  });
  return stdout;
}

const cases: { name: string; request: VideoRequest; fps: number }[] = [
  { name: 'landscape', request: { prompt: 'red sunset over mountains', durationSeconds: 4, width: 640, height: 360 }, fps: 24 },
  { name: 'portrait', request: { prompt: 'deep blue ocean waves', durationSeconds: 2.5, width: 360, height: 640, fps: 30 }, fps: 30 },
  { name: 'short', request: { prompt: 'neon synthwave grid', durationSeconds: 1, width: 320, height: 180, fps: 12 }, fps: 12 },
];
const clips = new Map<string, { video: VideoResult; file: string; progress: number[] }>();

beforeAll(async () => {
  await run('ffprobe', ['-version']).catch(() => {
    throw new Error('These tests need ffprobe and ffmpeg: apt-get install -y ffmpeg');
  });
  directory = await mkdtemp(path.join(tmpdir(), 'medialab-video-'));
  for (const { name, request } of cases) {
    const progress: number[] = [];
    const video = await renderVideo(request, (fraction) => progress.push(fraction));
    clips.set(name, { video, file: await saveClip(name, video), progress });
  }
}, 60_000);

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

function clip(name: string) {
  const found = clips.get(name);
  if (!found) throw new Error(`no clip named ${name}`);
  return found;
}

describe('renderVideo', () => {
  it.each(cases)('makes a $name WebM that ffprobe reads at the asked size, codec and duration', async ({ name, request, fps }) => {
    const { video, file } = clip(name);
    const info = await probe(file);
    expect(video.mimeType).toBe('video/webm');
    expect(info).toMatchObject({ codec: 'vp8', width: request.width, height: request.height });
    expect(Math.abs(info.duration - request.durationSeconds)).toBeLessThanOrEqual(1 / fps + 1e-6);
    expect(info.frames).toBe(Math.round(request.durationSeconds * fps));
    expect(video).toMatchObject({ width: request.width, height: request.height, durationSeconds: info.frames / fps });
  });

  it.each(cases)('decodes every frame of the $name clip without an error', async ({ name }) => {
    const { stderr } = await run('ffmpeg', ['-v', 'error', '-i', clip(name).file, '-f', 'null', '-']);
    expect(stderr).toBe('');
  });

  it('gives a PNG poster at the clip size', async () => {
    const { video } = clip('portrait');
    const metadata = await sharp(video.poster).metadata();
    expect(metadata).toMatchObject({ format: 'png', width: 360, height: 640 });
  });

  it('moves: frames through the clip differ from the first', async () => {
    const { file } = clip('landscape');
    const [first, middle, last] = await Promise.all([frameAt(file, 0), frameAt(file, 48), frameAt(file, 95)]);
    expect(first.length).toBe(64 * 36 * 3);
    const difference = (a: Buffer, b: Buffer) => {
      let total = 0;
      for (let index = 0; index < a.length; index++) total += Math.abs((a[index] ?? 0) - (b[index] ?? 0));
      return total / a.length;
    };
    expect(difference(first, middle)).toBeGreaterThan(4);
    expect(difference(first, last)).toBeGreaterThan(3);
  });

  it('reports progress up to 1', () => {
    const { progress } = clip('landscape');
    expect(progress.length).toBeGreaterThan(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('gives identical bytes for the same prompt and seed', async () => {
    const request = { prompt: 'scattered circles', durationSeconds: 1, width: 256, height: 144, seed: 3 };
    const [first, second] = await Promise.all([renderVideo(request), renderVideo(request)]);
    expect(first.data.equals(second.data)).toBe(true);
    expect(first.poster.equals(second.poster)).toBe(true);
    const other = await renderVideo({ ...request, seed: 4 });
    expect(other.data.equals(first.data)).toBe(false);
  }, 30_000);

  it.each([
    { durationSeconds: 0.5, width: 640, height: 360 },
    { durationSeconds: 11, width: 640, height: 360 },
    { durationSeconds: 4, width: 641, height: 360 },
    { durationSeconds: 4, width: 1920, height: 1080 },
    { durationSeconds: 4, width: 640, height: 360, fps: 0 },
  ])('refuses $width×$height, $durationSeconds s, fps $fps', async (request) => {
    await expect(renderVideo({ prompt: 'x', ...request })).rejects.toThrow(RangeError);
  });
});
