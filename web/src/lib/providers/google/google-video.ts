import 'server-only';
import { z } from 'zod';
import { VEO_ASPECT_RATIOS, VEO_RESOLUTIONS } from '../catalog/google';
import { downloadOutput } from '../download';
import type { CallOptions, GenerateResult, PollResult } from '../provider';
import { ProviderError } from '../provider-error';
import { GOOGLE_NAME, createCallGuard, googleBaseUrl, requireApiKey } from './google-client';
import { readParameters } from './google-content';
import { operationNameSchema, videoOperationSchema, type VideoOperation } from './google-schemas';
import { googleErrorFromResponse, malformedResponse, mapGoogleError } from './map-google-error';

/**
 * Veo on the Gemini API, called over REST: `@google/genai` 3.x throws in `generateVideos` outside
 * Vertex, and Veo's long-running methods exist only under v1beta. The API has no cancel for these
 * operations (models.operations offers get and list only).
 * @see https://ai.google.dev/gemini-api/docs/video
 */
const VEO_API_VERSION = 'v1beta';
export const VIDEO_REQUEST_TIMEOUT_MS = 60_000;
export const VIDEO_DOWNLOAD_TIMEOUT_MS = 240_000;

const videoParametersSchema = z.object({
  durationSeconds: z.number().int().positive(),
  aspectRatio: z.enum(VEO_ASPECT_RATIOS),
  resolution: z.enum(VEO_RESOLUTIONS),
  negativePrompt: z.string().optional(),
});
type VideoParameters = z.infer<typeof videoParametersSchema>;

const FRAME_SIZES: Record<VideoParameters['resolution'], { long: number; short: number }> = {
  '720p': { long: 1280, short: 720 },
  '1080p': { long: 1920, short: 1080 },
};

/** google.rpc.Code values an operation can end with. */
const CANCELLED = 1;

function videoParameters(options: CallOptions): VideoParameters {
  return readParameters(videoParametersSchema, readParameters(options.model.parameters, options.parameters));
}

async function requestVeo(options: CallOptions, method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const apiKey = requireApiKey(options.apiKey);
  const guard = createCallGuard(options.abortSignal, options.timeoutMs ?? VIDEO_REQUEST_TIMEOUT_MS);
  try {
    const response = await (options.fetch ?? fetch)(`${googleBaseUrl(options.baseUrl)}/${VEO_API_VERSION}/${path}`, {
      method,
      headers: { 'x-goog-api-key': apiKey, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: guard.signal,
    });
    const text = await response.text();
    if (!response.ok) throw googleErrorFromResponse(response.status, text, response.headers.get('retry-after'));
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw malformedResponse('an answer');
    }
  } catch (error) {
    throw mapGoogleError(error, { abortSignal: options.abortSignal, timedOut: guard.timedOut });
  } finally {
    guard.dispose();
  }
}

/** Starts the video: `POST /v1beta/models/{model}:predictLongRunning`; the operation's name is the request id. */
export async function submitGoogleVideo(options: CallOptions): Promise<{ providerRequestId: string }> {
  const { durationSeconds, aspectRatio, resolution, negativePrompt } = videoParameters(options);
  const answer = await requestVeo(options, 'POST', `models/${encodeURIComponent(options.model.id)}:predictLongRunning`, {
    instances: [{ prompt: options.prompt }],
    parameters: { aspectRatio, durationSeconds, resolution, ...(negativePrompt ? { negativePrompt } : {}) },
  });
  const name = z.object({ name: operationNameSchema }).safeParse(answer);
  if (!name.success) throw malformedResponse('an answer without an operation name');
  return { providerRequestId: name.data.name };
}

/**
 * The file id in a video's `uri` (`https://…/v1beta/files/abc123:download?alt=media`). The file is
 * fetched from the API host we call with the key, as the SDK does, never from a host the answer names.
 */
function fileIdFromUri(uri: string): string | undefined {
  const match = /(?:^|\/)files\/([a-z0-9]+)/.exec(uri);
  return match?.[1];
}

async function videoResult(options: CallOptions, operation: VideoOperation, parameters: VideoParameters): Promise<GenerateResult> {
  const video = operation.response?.generateVideoResponse?.generatedSamples?.[0]?.video;
  let data: Buffer;
  let mimeType = video?.encoding ?? 'video/mp4';
  if (video?.encodedVideo) {
    data = Buffer.from(video.encodedVideo, 'base64');
    if (data.length === 0) throw malformedResponse('an empty video');
  } else {
    const fileId = video?.uri ? fileIdFromUri(video.uri) : undefined;
    if (!fileId) throw malformedResponse('a finished video without a file');
    const file = await downloadOutput(`${googleBaseUrl(options.baseUrl)}/${VEO_API_VERSION}/files/${fileId}:download?alt=media`, {
      providerName: GOOGLE_NAME,
      abortSignal: options.abortSignal,
      timeoutMs: options.timeoutMs ?? VIDEO_DOWNLOAD_TIMEOUT_MS,
      fetch: options.fetch,
      headers: { 'x-goog-api-key': requireApiKey(options.apiKey) },
    });
    data = file.data;
    if (file.mimeType?.startsWith('video/')) mimeType = file.mimeType;
  }
  const size = FRAME_SIZES[parameters.resolution];
  const landscape = parameters.aspectRatio === '16:9';
  return {
    outputs: [
      {
        kind: 'video',
        data,
        mimeType,
        width: landscape ? size.long : size.short,
        height: landscape ? size.short : size.long,
        durationSeconds: parameters.durationSeconds,
      },
    ],
    usage: { seconds: parameters.durationSeconds },
  };
}

function progressOf(operation: VideoOperation): number | undefined {
  const percent = operation.metadata?.progressPercent;
  return typeof percent === 'number' && Number.isFinite(percent) ? Math.min(1, Math.max(0, percent / 100)) : undefined;
}

/** One look at the operation: `GET /v1beta/{name}`. */
export async function pollGoogleVideo(options: CallOptions & { providerRequestId: string }): Promise<PollResult> {
  const name = operationNameSchema.safeParse(options.providerRequestId);
  if (!name.success) {
    throw new ProviderError('bad_request', 'The stored Veo operation name is not one Google gave out.', { provider: GOOGLE_NAME, isRetryable: false });
  }
  const parameters = videoParameters(options);
  const parsed = videoOperationSchema.safeParse(await requestVeo(options, 'GET', name.data));
  if (!parsed.success) throw malformedResponse('an operation');
  const operation = parsed.data;
  if (!operation.done) {
    const progress = progressOf(operation);
    return progress === undefined ? { state: 'pending' } : { state: 'pending', progress };
  }
  if (operation.error) {
    if (operation.error.code === CANCELLED) return { state: 'canceled' };
    return {
      state: 'failed',
      code: 'provider_error',
      message: `Veo could not make the video: ${(operation.error.message ?? `error ${operation.error.code ?? 'unknown'}`).slice(0, 300)}`,
    };
  }
  const answer = operation.response?.generateVideoResponse;
  if (!answer?.generatedSamples?.length && (answer?.raiMediaFilteredCount ?? 0) > 0) {
    const reasons = answer?.raiMediaFilteredReasons?.join(' ').slice(0, 300);
    return {
      state: 'failed',
      code: 'content_refused',
      message: `${GOOGLE_NAME} filtered the video out under its safety rules. Rephrase the prompt and try again.${reasons ? ` (${reasons})` : ''}`,
    };
  }
  return { state: 'succeeded', result: await videoResult(options, operation, parameters) };
}
