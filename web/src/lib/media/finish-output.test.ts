import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishOutput } from './finish-output';
import { PEAK_BUCKETS } from './peaks';

// Real media made by ffmpeg, as a provider would return it: an H.264 MP4 with no poster
// and an MP3 with no peaks.
const run = promisify(execFile);
let directory: string;
let video: Buffer;
let song: Buffer;

beforeAll(async () => {
  await run('ffmpeg', ['-version']).catch(() => {
    throw new Error('These tests need ffmpeg: apt-get install -y ffmpeg');
  });
  directory = await mkdtemp(path.join(tmpdir(), 'medialab-finish-'));
  const videoFile = path.join(directory, 'clip.mp4');
  const songFile = path.join(directory, 'tone.mp3');
  await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x180:rate=10', '-t', '2', '-pix_fmt', 'yuv420p', videoFile]);
  await run('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=1.5', '-b:a', '64k', songFile]);
  video = await readFile(videoFile);
  song = await readFile(songFile);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('finishOutput', () => {
  it("gives a provider's video a WebP poster frame and its size", async () => {
    const finished = await finishOutput({ kind: 'video', data: video, mimeType: 'video/mp4', durationSeconds: 2 });
    expect(finished.preview?.mimeType).toBe('image/webp');
    const poster = await sharp(finished.preview!.data).metadata();
    expect({ format: poster.format, width: poster.width, height: poster.height }).toEqual({ format: 'webp', width: 320, height: 180 });
    expect({ width: finished.width, height: finished.height }).toEqual({ width: 320, height: 180 });
  });

  it('gives compressed audio waveform peaks and its duration', async () => {
    const finished = await finishOutput({ kind: 'audio', data: song, mimeType: 'audio/mpeg' });
    expect(finished.peaks).toHaveLength(PEAK_BUCKETS);
    expect(finished.peaks!.every((peak) => peak >= 0 && peak <= 1)).toBe(true);
    // A sine at ffmpeg's default amplitude (1/8) is loud enough to see in every bucket but the edges.
    expect(Math.max(...finished.peaks!)).toBeGreaterThan(0.1);
    expect(finished.durationSeconds).toBeGreaterThan(1.4);
    expect(finished.durationSeconds).toBeLessThan(1.7);
  });

  it('gives an image without a thumbnail one of at most 640 px, and its size', async () => {
    const png = await sharp({ create: { width: 1000, height: 500, channels: 3, background: '#3366cc' } }).png().toBuffer();
    const finished = await finishOutput({ kind: 'image', data: png, mimeType: 'image/png' });
    expect({ width: finished.width, height: finished.height }).toEqual({ width: 1000, height: 500 });
    expect({ width: finished.preview?.width, height: finished.preview?.height, mimeType: finished.preview?.mimeType }).toEqual({
      width: 640,
      height: 320,
      mimeType: 'image/webp',
    });
  });

  it('leaves alone outputs that already carry their previews and peaks', async () => {
    const poster = { data: Buffer.from('poster'), mimeType: 'image/png' };
    const withPoster = { kind: 'video' as const, data: video, mimeType: 'video/mp4', preview: poster };
    expect(await finishOutput(withPoster)).toBe(withPoster);
    const withPeaks = { kind: 'audio' as const, data: song, mimeType: 'audio/mpeg', peaks: [0.5], durationSeconds: 1.5 };
    expect(await finishOutput(withPeaks)).toBe(withPeaks);
  });

  it('stores a video it cannot read as it is, without failing', async () => {
    const broken = { kind: 'video' as const, data: Buffer.from('not a video at all'), mimeType: 'video/mp4' };
    const finished = await finishOutput(broken);
    expect(finished.preview).toBeUndefined();
    expect(finished.data).toBe(broken.data);
  });
});
