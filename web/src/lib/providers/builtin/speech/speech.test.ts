import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../provider-error';
import { BUILTIN_VOICE_DETAILS, BUILTIN_VOICES, synthesizeSpeech, type SpeechRequest } from './index';
import { TARGET_PEAK } from './speech-audio';
import { estimateMedianF0, frameRms, innerQuietRuns, probeWav } from './speech-test-audio';
import { decodePcm16Wav } from './speech-wav';

const SENTENCE = 'The quick brown fox jumps over the lazy dog near the river bank.';
/** 20 ms frames quieter than this count as pause (about -40 dBFS). */
const QUIET = 0.01;

async function speak(request: SpeechRequest) {
  const result = await synthesizeSpeech(request);
  return { ...result, audio: decodePcm16Wav(result.wav) };
}

describe('synthesizeSpeech', () => {
  it('offers at least two labelled voices', () => {
    expect(BUILTIN_VOICES.length).toBeGreaterThanOrEqual(2);
    for (const voice of BUILTIN_VOICES) expect(BUILTIN_VOICE_DETAILS[voice].label).toMatch(/English/);
  });

  it.each(BUILTIN_VOICES)('voice %s makes a WAV that ffprobe reads as mono 16-bit PCM of the stated length', async (voice) => {
    const speech = await synthesizeSpeech({ text: SENTENCE, voice });
    const probed = await probeWav(speech.wav);
    expect(probed).toMatchObject({ codecName: 'pcm_s16le', channels: 1, sampleRate: speech.sampleRate });
    expect(probed.durationSeconds).toBeCloseTo(speech.durationSeconds, 2);
    expect(speech.durationSeconds).toBeGreaterThan(2);
    expect(speech.durationSeconds).toBeLessThan(7);
  });

  it('makes longer audio for longer text, roughly in proportion', async () => {
    const once = await speak({ text: SENTENCE, voice: 'kal' });
    const thrice = await speak({ text: `${SENTENCE} ${SENTENCE} ${SENTENCE}`, voice: 'kal' });
    const ratio = thrice.durationSeconds / once.durationSeconds;
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(3.6);
  });

  it('speaks faster at rate 2 and slower at rate 0.5', async () => {
    const normal = await speak({ text: SENTENCE, voice: 'slt' });
    const fast = await speak({ text: SENTENCE, voice: 'slt', rate: 2 });
    const slow = await speak({ text: SENTENCE, voice: 'slt', rate: 0.5 });
    expect(fast.durationSeconds).toBeLessThan(normal.durationSeconds * 0.65);
    expect(slow.durationSeconds).toBeGreaterThan(normal.durationSeconds * 1.6);
  });

  it('gives the voices different pitches: the female voice is far above the male ones', async () => {
    const pitch: Record<string, number> = {};
    for (const voice of ['kal', 'slt', 'rms'] as const) {
      const { audio } = await speak({ text: SENTENCE, voice });
      pitch[voice] = estimateMedianF0(audio.samples, audio.sampleRate);
    }
    expect(pitch.kal).toBeGreaterThan(70);
    expect(pitch.kal).toBeLessThan(140);
    expect(pitch.rms).toBeLessThan(140);
    expect(pitch.slt).toBeGreaterThan(150);
    expect(pitch.slt).toBeGreaterThan(1.4 * Math.max(pitch.kal ?? 0, pitch.rms ?? 0));
  });

  it.each(['kal', 'slt'] as const)('voice %s is mostly loud speech, with pauses where sentences end and none without punctuation', async (voice) => {
    const punctuated = await speak({ text: 'Good morning everyone. The weather is fine today. Let us begin.', voice });
    const runOn = await speak({ text: 'Good morning everyone the weather is fine today let us begin', voice });
    const levels = frameRms(punctuated.audio.samples, punctuated.sampleRate);
    expect(levels.filter((level) => level > 0.05).length / levels.length).toBeGreaterThan(0.4);
    // Two sentence breaks of at least 300 ms (15 frames) inside the speech; none in the run-on text.
    expect(innerQuietRuns(levels, QUIET).filter((frames) => frames >= 15)).toHaveLength(2);
    expect(innerQuietRuns(frameRms(runOn.audio.samples, runOn.sampleRate), QUIET).filter((frames) => frames >= 15)).toHaveLength(0);
  });

  it('pauses briefly at commas', async () => {
    const listed = await speak({ text: 'We need apples, pears, plums, and bread.', voice: 'kal' });
    const unlisted = await speak({ text: 'We need apples pears plums and bread.', voice: 'kal' });
    const pauses = (audio: typeof listed.audio) => innerQuietRuns(frameRms(audio.samples, audio.sampleRate), QUIET).filter((frames) => frames >= 8);
    expect(pauses(listed.audio).length).toBeGreaterThanOrEqual(2);
    expect(pauses(unlisted.audio)).toHaveLength(0);
  });

  it('is deterministic, with no NaN and no clipping', async () => {
    const request = { text: 'Testing, one two three. Is this thing on?', voice: 'awb' } as const;
    const [first, second] = [await synthesizeSpeech(request), await synthesizeSpeech(request)];
    expect(first.wav.equals(second.wav)).toBe(true);
    const { samples } = decodePcm16Wav(first.wav);
    expect(samples.every(Number.isFinite)).toBe(true);
    const peak = samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    expect(peak).toBeLessThanOrEqual(TARGET_PEAK + 1e-4);
    expect(peak).toBeGreaterThan(TARGET_PEAK - 1e-3);
  });

  it('reports progress that rises to 1, sentence by sentence', async () => {
    const fractions: number[] = [];
    await synthesizeSpeech({ text: 'One. Two. Three. Four.', voice: 'kal' }, (fraction) => fractions.push(fraction));
    expect(fractions.length).toBe(5);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('speaks the longest allowed text, 5000 characters, in a few seconds', async () => {
    const text = 'The offline voice reads this sentence again and again. '.repeat(100).slice(0, 5000);
    const started = performance.now();
    const speech = await synthesizeSpeech({ text, voice: 'kal' });
    expect(speech.durationSeconds).toBeGreaterThan(200);
    expect(performance.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it.each([
    ['text over 5000 characters', { text: 'a'.repeat(5001), voice: 'kal' }, /at most 5000 characters \(got 5001\)/],
    ['a rate above 2', { text: 'Hello.', voice: 'kal', rate: 3 }, /between 0.5 and 2 \(got 3\)/],
    ['an unknown voice', { text: 'Hello.', voice: 'bob' as never }, /Unknown voice "bob"/],
    ['text with nothing to say', { text: '... !?', voice: 'kal' }, /nothing to say/],
  ])('refuses %s as a bad request', async (_case, request, message) => {
    const error = await synthesizeSpeech(request as SpeechRequest).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ code: 'bad_request', isRetryable: false, message: expect.stringMatching(message) });
  });
});
