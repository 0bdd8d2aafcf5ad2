import 'server-only';
import { z } from 'zod';
import { downloadOutput } from '../download';
import type { CallOptions, GeneratedOutput, ModelSpec } from '../provider';
import { ProviderError } from '../provider-error';
import { FAL, finalFalError } from './map-fal-error';

/** How long copying one output may take, by kind, unless the caller sets a timeout. */
const DOWNLOAD_TIMEOUT_MS: Record<GeneratedOutput['kind'], number> = { image: 60_000, audio: 120_000, video: 300_000 };

/** A file in a fal result (`File` / `Image` in the SDK's endpoint types). Only http(s) URLs are fetched. */
export const falFileSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  content_type: z.string().nullish(),
  file_name: z.string().nullish(),
  file_size: z.number().nullish(),
});
export type FalFile = z.infer<typeof falFileSchema>;

/** The caller's parameters, checked again against the model's own schema. */
export function parseFalParameters<Schema extends z.ZodType>(schema: Schema, model: ModelSpec, parameters: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(parameters);
  if (!parsed.success) {
    throw finalFalError('bad_request', `Invalid parameters for ${model.name}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

/** The result body of a model, or malformed_response. */
export function parseFalResult<Schema extends z.ZodType>(schema: Schema, data: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw finalFalError('malformed_response', `fal's result had an unexpected shape: ${z.prettifyError(parsed.error).slice(0, 300)}`);
  }
  return parsed.data;
}

const SIGNATURES: Array<{ mimeType: string; test: (data: Buffer) => boolean }> = [
  { mimeType: 'image/png', test: (data) => data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mimeType: 'image/jpeg', test: (data) => data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff },
  { mimeType: 'image/webp', test: (data) => data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WEBP' },
  { mimeType: 'audio/wav', test: (data) => data.toString('latin1', 0, 4) === 'RIFF' && data.toString('latin1', 8, 12) === 'WAVE' },
  { mimeType: 'audio/mpeg', test: (data) => data.toString('latin1', 0, 3) === 'ID3' || (data[0] === 0xff && (data[1]! & 0xe0) === 0xe0) },
  { mimeType: 'audio/flac', test: (data) => data.toString('latin1', 0, 4) === 'fLaC' },
  { mimeType: 'audio/ogg', test: (data) => data.toString('latin1', 0, 4) === 'OggS' },
  { mimeType: 'video/mp4', test: (data) => data.toString('latin1', 4, 8) === 'ftyp' },
  { mimeType: 'video/webm', test: (data) => data.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) },
];

/** The media type of an output: its bytes first, then what fal declared, then the model's usual format. */
export function outputMimeType(
  kind: GeneratedOutput['kind'],
  data: Buffer,
  declared: Array<string | null | undefined>,
  fallback: string,
): string {
  const sniffed = SIGNATURES.find((signature) => signature.mimeType.startsWith(`${kind}/`) && signature.test(data))?.mimeType;
  if (sniffed) return sniffed;
  for (const candidate of declared) {
    const mimeType = candidate?.split(';')[0]?.trim().toLowerCase();
    if (mimeType?.startsWith(`${kind}/`)) return mimeType;
  }
  return fallback;
}

/**
 * Copies one output fal hosts (its URLs expire) into memory at once. A failed copy says
 * that fal finished: a 5xx is retried (the job is polled again), a 4xx means the file is gone.
 */
export async function downloadFalFile(
  file: FalFile,
  kind: GeneratedOutput['kind'],
  fallbackMimeType: string,
  options: Pick<CallOptions, 'abortSignal' | 'fetch' | 'timeoutMs'>,
): Promise<{ data: Buffer; mimeType: string }> {
  let downloaded: Awaited<ReturnType<typeof downloadOutput>>;
  try {
    downloaded = await downloadOutput(file.url, {
      providerName: FAL,
      abortSignal: options.abortSignal,
      timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS[kind],
      fetch: options.fetch,
    });
  } catch (error) {
    const status = error instanceof ProviderError ? error.status : undefined;
    if (status === undefined) throw error;
    const retryable = status === 408 || status === 429 || status >= 500;
    throw new ProviderError(
      retryable ? 'unavailable' : 'provider_error',
      retryable
        ? `fal finished, but copying the ${kind} failed (HTTP ${status}); we will try again.`
        : `fal finished, but the ${kind} could not be copied (HTTP ${status}) — fal's link may have expired. Run it again.`,
      { status, provider: FAL, isRetryable: retryable },
    );
  }
  const mimeType = outputMimeType(kind, downloaded.data, [file.content_type, downloaded.mimeType], fallbackMimeType);
  return { data: downloaded.data, mimeType };
}
