import 'server-only';
import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
import { MAX_OUTPUT_BYTES } from '../download';
import { ProviderError } from '../provider-error';
import { ELEVENLABS_NAME, malformedResponse, mapElevenLabsError } from './map-elevenlabs-error';

/**
 * One ElevenLabs call: an SDK client made for it with the user's key, and one deadline for the
 * whole call. The SDK's own timeout stops once the headers arrive, so the deadline also covers
 * reading the audio, and the user's cancel aborts either.
 */
export type ElevenLabsCall = {
  client: ElevenLabsClient;
  requestOptions: { abortSignal: AbortSignal; timeoutInSeconds: number; maxRetries: 0 };
  cancel: AbortSignal;
  deadline: AbortSignal;
};

type ConnectionOptions = {
  apiKey?: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  abortSignal: AbortSignal;
};

export function startElevenLabsCall(options: ConnectionOptions, defaultTimeoutMs: number): ElevenLabsCall {
  // IMPORTANT: without a key the SDK falls back to the server's ELEVENLABS_API_KEY.
  if (!options.apiKey) {
    throw new ProviderError('invalid_key', 'Add an ElevenLabs API key in Settings to use ElevenLabs.', { provider: ELEVENLABS_NAME, isRetryable: false });
  }
  if (options.abortSignal.aborted) throw new ProviderError('canceled', 'The generation was cancelled.', { provider: ELEVENLABS_NAME, isRetryable: false });
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const deadline = AbortSignal.timeout(timeoutMs);
  const timeoutInSeconds = timeoutMs / 1000;
  const client = new ElevenLabsClient({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    maxRetries: 0,
    timeoutInSeconds,
  });
  return {
    client,
    requestOptions: { abortSignal: AbortSignal.any([options.abortSignal, deadline]), timeoutInSeconds, maxRetries: 0 },
    cancel: options.abortSignal,
    deadline,
  };
}

type AudioRequest = {
  withRawResponse(): Promise<{ data: ReadableStream<Uint8Array>; rawResponse: { headers: Headers } }>;
};

/**
 * Sends an audio request and reads the whole answer. We always ask for MP3, so anything that
 * is not MP3 (an HTML error page, JSON, nothing) is a malformed response.
 */
export async function readAudioResponse(call: ElevenLabsCall, request: () => AudioRequest, onHeaders?: () => void): Promise<Buffer> {
  try {
    const { data, rawResponse } = await request().withRawResponse();
    onHeaders?.();
    const contentType = rawResponse.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!contentType.startsWith('audio/') && contentType !== 'application/octet-stream') {
      await data.cancel().catch(() => undefined);
      throw malformedResponse(`"${contentType || 'no content type'}" instead of audio`);
    }
    const audio = await readAll(data);
    if (audio.length === 0) throw malformedResponse('an empty audio file');
    if (!isMp3(audio)) throw malformedResponse('audio that is not MP3');
    return audio;
  } catch (error) {
    throw mapElevenLabsError(error, call);
  }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_OUTPUT_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new ProviderError('malformed_response', `ElevenLabs returned a file too large to keep (over ${MAX_OUTPUT_BYTES} bytes).`, {
        provider: ELEVENLABS_NAME,
        isRetryable: false,
      });
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** An ID3 tag or an MPEG audio frame sync (11 set bits). */
function isMp3(data: Buffer): boolean {
  if (data.length >= 3 && data.subarray(0, 3).toString('latin1') === 'ID3') return true;
  return data.length >= 2 && data[0] === 0xff && ((data[1] ?? 0) & 0xe0) === 0xe0;
}
