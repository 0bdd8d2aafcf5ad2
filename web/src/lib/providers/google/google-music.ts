import 'server-only';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { GOOGLE_NAME, captureResponses, createCallGuard, createGoogleClient } from './google-client';
import { readParameters } from './google-content';
import { interactionSchema } from './google-schemas';
import { malformedResponse, mapGoogleError } from './map-google-error';

/** A whole song is made in one request; kept under undici's own 300 s header timeout. */
export const MUSIC_TIMEOUT_MS = 280_000;

/**
 * Lyria through the Interactions API: `POST /v1/interactions` with `{ model, input }`. The song is
 * an `audio` item (base64 MP3) in the last `model_output` step, next to the lyrics as text.
 * @see https://ai.google.dev/gemini-api/docs/music-generation
 */
export async function generateGoogleMusic(options: CallOptions): Promise<GenerateResult> {
  readParameters(options.model.parameters, options.parameters);
  const capture = captureResponses(options.fetch);
  const client = createGoogleClient(options, capture);
  const guard = createCallGuard(options.abortSignal, options.timeoutMs ?? MUSIC_TIMEOUT_MS);
  let raw: unknown;
  try {
    raw = await client.interactions.create(
      { model: options.model.id, input: options.prompt },
      // The Interactions client retries 4 times by default; the worker does that instead.
      { retries: { strategy: 'none' }, signal: guard.signal },
    );
  } catch (error) {
    throw mapGoogleError(error, { abortSignal: options.abortSignal, timedOut: guard.timedOut, headers: capture.headers });
  } finally {
    guard.dispose();
  }
  const parsed = interactionSchema.safeParse(raw);
  if (!parsed.success) throw malformedResponse('an answer');
  const { status, steps } = parsed.data;
  if (status !== 'completed') {
    throw new ProviderError('provider_error', `${GOOGLE_NAME} did not finish the song (status: ${status.slice(0, 40)}). Try again.`, {
      provider: GOOGLE_NAME,
      isRetryable: false,
    });
  }
  const audio = steps
    .filter((step) => step.type === 'model_output')
    .flatMap((step) => step.content ?? [])
    .findLast((item) => item.type === 'audio' && item.data);
  if (!audio?.data) throw malformedResponse('an answer without the song');
  const data = Buffer.from(audio.data, 'base64');
  if (data.length === 0) throw malformedResponse('an empty song');
  return { outputs: [{ kind: 'audio', data, mimeType: audio.mime_type ?? 'audio/mpeg' }], usage: {} };
}
