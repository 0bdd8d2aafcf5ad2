import { describe, expect, it } from 'vitest';
import { concatenate, normalizePeak, silence, TARGET_PEAK, trimSilence } from './speech-audio';
import { decodePcm16Wav, encodePcm16Wav } from './speech-wav';

const SAMPLE_RATE = 16_000;

function tone(seconds: number, amplitude: number): Float32Array {
  return Float32Array.from({ length: Math.round(seconds * SAMPLE_RATE) }, (_, index) => amplitude * Math.sin((2 * Math.PI * 220 * index) / SAMPLE_RATE));
}

describe('16-bit PCM WAV', () => {
  it('round-trips samples within one quantisation step, clamping what is out of range', () => {
    const samples = Float32Array.from([0, 0.5, -0.5, 1, -1, 1.7, -3]);
    const decoded = decodePcm16Wav(encodePcm16Wav({ samples, sampleRate: SAMPLE_RATE }));
    expect(decoded.sampleRate).toBe(SAMPLE_RATE);
    const expected = [0, 0.5, -0.5, 1, -1, 1, -1];
    decoded.samples.forEach((value, index) => expect(value).toBeCloseTo(expected[index] ?? NaN, 3));
  });

  it('writes a 44-byte mono header that says 16-bit PCM', () => {
    const wav = encodePcm16Wav({ samples: new Float32Array(10), sampleRate: 22_050 });
    expect(wav.length).toBe(44 + 20);
    expect([wav.toString('ascii', 0, 4), wav.toString('ascii', 8, 12), wav.toString('ascii', 36, 40)]).toEqual(['RIFF', 'WAVE', 'data']);
    expect([wav.readUInt16LE(20), wav.readUInt16LE(22), wav.readUInt32LE(24), wav.readUInt16LE(34)]).toEqual([1, 1, 22_050, 16]);
  });

  it('skips unknown chunks and mixes stereo down to mono', () => {
    const header = encodePcm16Wav({ samples: new Float32Array(0), sampleRate: SAMPLE_RATE }).subarray(0, 36);
    const stereo = Buffer.from(header);
    stereo.writeUInt16LE(2, 22);
    const list = Buffer.concat([Buffer.from('LIST'), Buffer.from([3, 0, 0, 0, 1, 2, 3, 0])]);
    const data = Buffer.alloc(12);
    data.write('data', 0, 'ascii');
    data.writeUInt32LE(4, 4);
    data.writeInt16LE(16384, 8);
    data.writeInt16LE(0, 10);
    expect(Array.from(decodePcm16Wav(Buffer.concat([stereo, list, data])).samples)).toEqual([0.25]);
  });

  it('refuses what is not 16-bit PCM WAV', () => {
    expect(() => decodePcm16Wav(Buffer.from('not a wave file at all'))).toThrow('Not a RIFF/WAVE file.');
    const eightBit = encodePcm16Wav({ samples: new Float32Array(4), sampleRate: SAMPLE_RATE });
    eightBit.writeUInt16LE(8, 34);
    expect(() => decodePcm16Wav(eightBit)).toThrow('Only 16-bit PCM WAV is supported.');
  });
});

describe('speech audio shaping', () => {
  it('trims near-silence around speech but keeps short margins', () => {
    const speech = tone(0.5, 0.3);
    const trimmed = trimSilence(concatenate([silence(0.4, SAMPLE_RATE), speech, silence(0.4, SAMPLE_RATE)]), SAMPLE_RATE);
    expect(trimmed.length / SAMPLE_RATE).toBeGreaterThan(0.5);
    expect(trimmed.length / SAMPLE_RATE).toBeLessThan(0.5 + 0.03 + 0.06 + 0.02);
  });

  it('trims pure silence to nothing', () => {
    expect(trimSilence(silence(0.3, SAMPLE_RATE), SAMPLE_RATE).length).toBe(0);
  });

  it('brings the loudest sample to the target peak and leaves silence alone', () => {
    const quiet = normalizePeak(tone(0.1, 0.1));
    expect(Math.max(...quiet.map(Math.abs))).toBeCloseTo(TARGET_PEAK, 5);
    expect(Array.from(normalizePeak(silence(0.01, SAMPLE_RATE))).every((value) => value === 0)).toBe(true);
  });
});
