import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MusicGenre, MusicMood, RenderedTrack } from './index';
import { composeAndRender, encodeWav16, GENRE_LABELS, MOOD_LABELS, MUSIC_GENRES, MUSIC_MOODS, waveformPeaks } from './index';
import { analyseSpectrum, estimateTempo, foldedTempoError } from './music-analysis';
import { GENRES } from './music-genres';
import { integratedLoudness } from './music-loudness';

const render = (genre: MusicGenre, mood: MusicMood, durationSeconds: number, prompt = 'morning light over the harbour') =>
  composeAndRender({ prompt, genre, mood, durationSeconds });

function parseWav(wav: Buffer) {
  const chunk = wav.indexOf('data', 12);
  return {
    riff: wav.toString('ascii', 0, 4),
    riffSize: wav.readUInt32LE(4),
    wave: wav.toString('ascii', 8, 12),
    format: wav.readUInt16LE(20),
    channels: wav.readUInt16LE(22),
    sampleRate: wav.readUInt32LE(24),
    byteRate: wav.readUInt32LE(28),
    blockAlign: wav.readUInt16LE(32),
    bitsPerSample: wav.readUInt16LE(34),
    dataOffset: chunk + 8,
    dataBytes: wav.readUInt32LE(chunk + 4),
  };
}

const rms = (samples: Float32Array, from: number, to: number) => {
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += samples[index]! * samples[index]!;
  return Math.sqrt(sum / Math.max(1, to - from));
};

const ffprobeAvailable = !spawnSync('ffprobe', ['-version']).error;
const scratch = mkdtempSync(path.join(tmpdir(), 'medialab-music-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('composeAndRender — duration and file', () => {
  const cases: [MusicGenre, MusicMood, number][] = [
    ['pop', 'happy', 15],
    ['jazz', 'romantic', 15],
    ['ambient', 'calm', 15.37],
    ['rock', 'energetic', 47],
    ['classical', 'sad', 47],
    ['lo-fi', 'mysterious', 120],
  ];

  it.each(cases)('renders %s/%s for exactly %s s as a valid 16-bit stereo WAV', (genre, mood, durationSeconds) => {
    const track = render(genre, mood, durationSeconds);
    const frames = Math.round(durationSeconds * 44100);
    expect(track.sampleRate).toBe(44100);
    expect(track.left.length).toBe(frames);
    expect(track.right.length).toBe(frames);

    const wav = encodeWav16(track);
    const header = parseWav(wav);
    expect(header).toMatchObject({ riff: 'RIFF', wave: 'WAVE', format: 1, channels: 2, sampleRate: 44100, byteRate: 44100 * 4, blockAlign: 4, bitsPerSample: 16 });
    expect(header.dataBytes).toBe(frames * 4);
    expect(header.riffSize).toBe(wav.length - 8);
    expect(wav.length).toBe(header.dataOffset + frames * 4);
    expect(Math.abs(header.dataBytes / 4 / 44100 - durationSeconds)).toBeLessThan(0.01);

    if (ffprobeAvailable) {
      const file = path.join(scratch, `${genre}-${durationSeconds}.wav`);
      writeFileSync(file, wav);
      const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,channels,sample_rate,duration', '-of', 'json', file], { encoding: 'utf8' });
      expect(probe.status).toBe(0);
      const stream = JSON.parse(probe.stdout).streams[0];
      expect(stream).toMatchObject({ codec_name: 'pcm_s16le', channels: 2, sample_rate: '44100' });
      expect(Math.abs(Number(stream.duration) - durationSeconds)).toBeLessThan(0.01);
    }
  });

  it('describes the track: tempo, key, mode and timed sections', () => {
    const track = render('folk', 'happy', 47);
    expect(track.bpm).toBeGreaterThanOrEqual(GENRES.folk.bpm[0]);
    expect(track.bpm).toBeLessThanOrEqual(GENRES.folk.bpm[1]);
    expect(track.key).toMatch(/^[A-G](#|b)?$/);
    expect(['major', 'lydian', 'mixolydian']).toContain(track.mode);
    expect(track.sections[0]).toEqual({ name: 'Intro', startSeconds: 0 });
    const starts = track.sections.map((section) => section.startSeconds);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[starts.length - 1]!).toBeLessThan(47);
  });

  it('labels every genre and mood for the UI', () => {
    expect(MUSIC_GENRES.map((genre) => GENRE_LABELS[genre])).toEqual(['Pop', 'Rock', 'Electronic', 'Hip-Hop', 'Jazz', 'Classical', 'Ambient', 'Lo-fi', 'Cinematic', 'Folk']);
    expect(MUSIC_MOODS.map((mood) => MOOD_LABELS[mood])).toEqual(['Happy', 'Sad', 'Energetic', 'Calm', 'Dark', 'Romantic', 'Epic', 'Mysterious']);
  });

  it('refuses a duration it cannot honour', () => {
    expect(() => render('pop', 'happy', Number.NaN)).toThrow(RangeError);
    expect(() => render('pop', 'happy', 1)).toThrow(RangeError);
  });
});

describe('composeAndRender — sound', () => {
  const tracks = new Map<string, RenderedTrack>();
  const cached = (genre: MusicGenre, mood: MusicMood) => {
    const key = `${genre}/${mood}`;
    if (!tracks.has(key)) tracks.set(key, render(genre, mood, 20));
    return tracks.get(key)!;
  };
  const sanityCases: [MusicGenre, MusicMood][] = [['electronic', 'energetic'], ['hip-hop', 'dark'], ['cinematic', 'epic'], ['lo-fi', 'calm'], ['ambient', 'sad'], ['folk', 'happy']];

  it.each(sanityCases)('%s/%s: no clipping or NaN, sane loudness, a real start and a faded end', (genre, mood) => {
    const track = cached(genre, mood);
    for (const channel of [track.left, track.right]) {
      let peak = 0;
      let invalid = 0;
      for (let index = 0; index < channel.length; index += 1) {
        const value = channel[index]!;
        if (!Number.isFinite(value)) invalid += 1;
        else if (Math.abs(value) > peak) peak = Math.abs(value);
      }
      expect(invalid).toBe(0);
      expect(peak).toBeLessThanOrEqual(1);
      expect(peak).toBeGreaterThan(0.3);
      expect(rms(channel, 0, 22050)).toBeGreaterThan(0.005);
      expect(rms(channel, channel.length - 882, channel.length)).toBeLessThan(0.01);
      expect(Math.abs(channel[channel.length - 1]!)).toBeLessThan(1e-3);
    }
    const loudness = integratedLoudness(track.left, track.right);
    expect(loudness).toBeGreaterThan(-20);
    expect(loudness).toBeLessThan(-10);
  });

  it('plays hip-hop and electronic at tempos you can measure, each inside its genre range', () => {
    for (const genre of ['hip-hop', 'electronic'] as const) {
      const track = cached(genre, genre === 'hip-hop' ? 'dark' : 'energetic');
      const estimate = estimateTempo(analyseSpectrum(track.left, track.right, 44100));
      const [low, high] = GENRES[genre].bpm;
      expect(Math.abs(foldedTempoError(estimate, track.bpm))).toBeLessThan(0.04);
      expect([estimate / 2, estimate, estimate * 2].some((bpm) => bpm >= low * 0.97 && bpm <= high * 1.03)).toBe(true);
    }
  });

  it('sounds brighter for energetic electronic than for calm lo-fi or sad ambient', () => {
    const centroid = (genre: MusicGenre, mood: MusicMood) => {
      const track = cached(genre, mood);
      return analyseSpectrum(track.left, track.right, 44100).centroidHz;
    };
    const electronic = centroid('electronic', 'energetic');
    expect(electronic).toBeGreaterThan(centroid('lo-fi', 'calm') * 1.2);
    expect(electronic).toBeGreaterThan(centroid('ambient', 'sad') * 1.2);
  });

  it('is deterministic to the byte, and a different prompt gives different audio', () => {
    const first = encodeWav16(render('pop', 'romantic', 15, 'city lights'));
    const again = encodeWav16(render('pop', 'romantic', 15, 'city lights'));
    const other = encodeWav16(render('pop', 'romantic', 15, 'country roads'));
    expect(first.equals(again)).toBe(true);
    expect(first.equals(other)).toBe(false);
  });

  it('reports progress a few dozen times at most, rising to 1', () => {
    const fractions: number[] = [];
    composeAndRender({ prompt: 'progress', genre: 'rock', mood: 'epic', durationSeconds: 15 }, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.length).toBeLessThanOrEqual(40);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBe(1);
  });

  it('summarises the waveform as 0–1 peaks per bucket', () => {
    const track = cached('cinematic', 'epic');
    const peaks = waveformPeaks(track, 200);
    expect(peaks).toHaveLength(200);
    expect(Math.min(...peaks)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...peaks)).toBeLessThanOrEqual(1);
    expect(Math.max(...peaks)).toBeGreaterThan(0.3);
    expect(peaks[peaks.length - 1]!).toBeLessThan(Math.max(...peaks));
  });
});
