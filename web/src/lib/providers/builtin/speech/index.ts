import { ProviderError } from '../../provider-error';
import { concatenate, normalizePeak, silence, trimSilence } from './speech-audio';
import { splitSpeechText } from './speech-text';
import { BUILTIN_VOICE_DETAILS, isBuiltinVoice, type BuiltinVoice } from './speech-voices';
import { encodePcm16Wav } from './speech-wav';

export { BUILTIN_VOICES, BUILTIN_VOICE_DETAILS, type BuiltinVoice, type BuiltinVoiceDetails } from './speech-voices';

export const MAX_SPEECH_CHARACTERS = 5000;
export const SPEECH_RATE_RANGE = { min: 0.5, max: 2 } as const;

/** Silence around the whole clip, so players that fade in do not eat the first syllable. */
const LEAD_IN_SECONDS = 0.1;
const TAIL_SECONDS = 0.2;

/** One text-to-speech job for the built-in voices. */
export type SpeechRequest = {
  /** English text, at most `MAX_SPEECH_CHARACTERS`; blank lines are paragraph breaks. */
  text: string;
  voice: BuiltinVoice;
  /** Speaking rate, 0.5–2; 1 (the default) is the voice's natural pace. Pauses scale too. */
  rate?: number;
};

export type SpeechResult = {
  /** 16-bit PCM, mono, RIFF/WAVE. */
  wav: Buffer;
  sampleRate: number;
  durationSeconds: number;
};

function validateRequest({ text, voice, rate = 1 }: SpeechRequest): number {
  const badRequest = (message: string) => new ProviderError('bad_request', message, { isRetryable: false });
  if (!isBuiltinVoice(voice)) throw badRequest(`Unknown voice "${voice}".`);
  if (text.length > MAX_SPEECH_CHARACTERS) {
    throw badRequest(`Speech text must be at most ${MAX_SPEECH_CHARACTERS} characters (got ${text.length}).`);
  }
  if (!Number.isFinite(rate) || rate < SPEECH_RATE_RANGE.min || rate > SPEECH_RATE_RANGE.max) {
    throw badRequest(`Speech rate must be between ${SPEECH_RATE_RANGE.min} and ${SPEECH_RATE_RANGE.max} (got ${rate}).`);
  }
  return rate;
}

/**
 * Speaks English text offline with CMU Flite (compiled to WASM, shipped in an npm
 * package): no network, no system program. Renders sentence by sentence, reporting
 * progress and yielding to the event loop between sentences.
 *
 * Deterministic: the same request gives the same bytes.
 */
export async function synthesizeSpeech(request: SpeechRequest, onProgress?: (fraction: number) => void): Promise<SpeechResult> {
  const rate = validateRequest(request);
  const chunks = splitSpeechText(request.text);
  if (chunks.length === 0) {
    throw new ProviderError('bad_request', 'There is nothing to say: the text has no letters or digits.', { isRetryable: false });
  }
  // Loaded on first use, so importing the voice list (the model catalog does) stays cheap.
  const { openFliteSession } = await import('./speech-flite');
  const session = await openFliteSession();
  const { fliteVoice } = BUILTIN_VOICE_DETAILS[request.voice];
  const totalCharacters = chunks.reduce((total, chunk) => total + chunk.text.length, 0);
  try {
    let sampleRate = 0;
    let doneCharacters = 0;
    const parts: Float32Array[] = [];
    for (const chunk of chunks) {
      const audio = await session.render({ text: chunk.text, fliteVoice, durationStretch: 1 / rate });
      if (sampleRate !== 0 && audio.sampleRate !== sampleRate) {
        throw new ProviderError('provider_error', `The offline voice changed sample rate mid-text (${sampleRate} → ${audio.sampleRate}).`);
      }
      sampleRate = audio.sampleRate;
      parts.push(trimSilence(audio.samples, sampleRate), silence(chunk.pauseAfterSeconds / rate, sampleRate));
      doneCharacters += chunk.text.length;
      onProgress?.(Math.min(0.99, doneCharacters / totalCharacters));
      // Rendering is synchronous WASM: give queued requests a turn between sentences.
      await new Promise((resolve) => setImmediate(resolve));
    }
    const samples = normalizePeak(concatenate([silence(LEAD_IN_SECONDS, sampleRate), ...parts, silence(TAIL_SECONDS, sampleRate)]));
    const wav = encodePcm16Wav({ samples, sampleRate });
    onProgress?.(1);
    return { wav, sampleRate, durationSeconds: samples.length / sampleRate };
  } finally {
    await session.dispose();
  }
}
