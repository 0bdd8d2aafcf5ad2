import 'server-only';
import { openaiSpeechParameters } from '../catalog/openai';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { createOpenAIClient } from './openai-client';
import { malformedResponse, mapOpenAIError } from './map-openai-error';

const PROVIDER_NAME = 'OpenAI';
export const SPEECH_TIMEOUT_MS = 120_000;
const MAX_INPUT_CHARACTERS = 4096;

/** An MP3 starts with an ID3 tag or an MPEG audio frame sync (11 set bits). */
export function looksLikeMp3(data: Buffer): boolean {
  if (data.length < 4) return false;
  if (data.toString('latin1', 0, 3) === 'ID3') return true;
  return data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0;
}

/**
 * Text to speech as MP3. The endpoint answers with the raw audio bytes; it reports no
 * usage, so the characters sent are the usage.
 * @see https://developers.openai.com/api/reference/resources/audio/subresources/speech/methods/create
 */
export async function generateOpenAISpeech(options: CallOptions): Promise<GenerateResult> {
  const parsed = openaiSpeechParameters.safeParse(options.parameters);
  if (!parsed.success) throw new ProviderError('bad_request', `Invalid speech parameters: ${parsed.error.message}`, { isRetryable: false });
  if (!options.prompt.trim()) throw new ProviderError('bad_request', 'There is no text to speak.', { isRetryable: false });
  if (options.prompt.length > MAX_INPUT_CHARACTERS) {
    throw new ProviderError('bad_request', `OpenAI speaks at most ${MAX_INPUT_CHARACTERS.toLocaleString('en')} characters at a time; this text has ${options.prompt.length}.`, {
      isRetryable: false,
    });
  }
  const { voice, speed, instructions } = parsed.data;
  const client = createOpenAIClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs ?? SPEECH_TIMEOUT_MS });

  // The SDK's timeout ends when the headers arrive; this one also covers reading the audio.
  const deadline = AbortSignal.timeout(options.timeoutMs ?? SPEECH_TIMEOUT_MS);
  let data: Buffer;
  try {
    const response = await client.audio.speech.create(
      {
        model: options.model.id,
        input: options.prompt,
        voice,
        speed,
        response_format: 'mp3',
        ...(instructions ? { instructions } : {}),
      },
      { signal: AbortSignal.any([options.abortSignal, deadline]) },
    );
    data = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    if (deadline.aborted && !options.abortSignal.aborted) {
      throw new ProviderError('timeout', 'OpenAI did not finish sending the audio in time; we will try again.', { provider: PROVIDER_NAME });
    }
    throw mapOpenAIError(error, { providerName: PROVIDER_NAME, abortSignal: options.abortSignal });
  }
  if (!looksLikeMp3(data)) throw malformedResponse(PROVIDER_NAME, 'audio');
  options.onProgress(1);
  return { outputs: [{ kind: 'audio', data, mimeType: 'audio/mpeg' }], usage: { characters: options.prompt.length } };
}
