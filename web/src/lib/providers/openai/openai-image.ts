import 'server-only';
import { z } from 'zod';
import { openaiImageParameters } from '../catalog/openai';
import type { CallOptions, GeneratedOutput, GenerateResult, Usage } from '../provider';
import { ProviderError } from '../provider-error';
import { createOpenAIClient } from './openai-client';
import { malformedResponse, mapOpenAIError } from './map-openai-error';

const PROVIDER_NAME = 'OpenAI';
/** High-quality images can take minutes to render. */
export const IMAGE_TIMEOUT_MS = 300_000;
const MAX_PROMPT_CHARACTERS = 32_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const imagesResponseSchema = z.object({
  data: z.array(z.object({ b64_json: z.string().min(1) })).min(1),
  usage: z.object({ input_tokens: z.number().int().min(0), output_tokens: z.number().int().min(0) }).nullish(),
});

/** Width and height from a PNG's IHDR chunk; undefined when the bytes are not a PNG. */
export function pngSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * Generates images with a GPT Image model. These always answer with base64 PNG data
 * (`response_format` is for retired models) and report token usage.
 * @see https://developers.openai.com/api/reference/resources/images/methods/generate
 */
export async function generateOpenAIImage(options: CallOptions): Promise<GenerateResult> {
  const parsed = openaiImageParameters.safeParse(options.parameters);
  if (!parsed.success) throw new ProviderError('bad_request', `Invalid image parameters: ${parsed.error.message}`, { isRetryable: false });
  if (options.prompt.length > MAX_PROMPT_CHARACTERS) {
    throw new ProviderError('bad_request', `OpenAI takes image prompts of at most ${MAX_PROMPT_CHARACTERS.toLocaleString('en')} characters; this one has ${options.prompt.length}.`, {
      isRetryable: false,
    });
  }
  const { size, quality, count } = parsed.data;
  const client = createOpenAIClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs ?? IMAGE_TIMEOUT_MS });

  let body: unknown;
  try {
    body = await client.images.generate(
      { model: options.model.id, prompt: options.prompt, size, quality, n: count, output_format: 'png' },
      { signal: options.abortSignal },
    );
  } catch (error) {
    throw mapOpenAIError(error, { providerName: PROVIDER_NAME, abortSignal: options.abortSignal });
  }
  const response = imagesResponseSchema.safeParse(body);
  if (!response.success) throw malformedResponse(PROVIDER_NAME, 'an image answer');

  const outputs: GeneratedOutput[] = response.data.data.map((image) => {
    const data = Buffer.from(image.b64_json, 'base64');
    const dimensions = pngSize(data);
    if (!dimensions) throw malformedResponse(PROVIDER_NAME, 'an image');
    return { kind: 'image', data, mimeType: 'image/png', ...dimensions };
  });
  const usage: Usage = { images: outputs.length };
  if (response.data.usage) {
    usage.inputTokens = response.data.usage.input_tokens;
    usage.outputTokens = response.data.usage.output_tokens;
  }
  options.onProgress(1);
  return { outputs, usage };
}
