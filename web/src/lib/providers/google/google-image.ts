import 'server-only';
import sharp from 'sharp';
import { z } from 'zod';
import { GEMINI_IMAGE_ASPECT_RATIOS, GEMINI_IMAGE_SIZES } from '../catalog/google';
import type { CallOptions, GenerateResult, GeneratedOutput } from '../provider';
import { ProviderError } from '../provider-error';
import { GOOGLE_NAME, captureResponses, createCallGuard, createGoogleClient } from './google-client';
import { readParameters, throwIfRefused, usageFromMetadata } from './google-content';
import { generateContentResponseSchema } from './google-schemas';
import { malformedResponse, mapGoogleError } from './map-google-error';

export const IMAGE_TIMEOUT_MS = 180_000;

const imageParametersSchema = z.object({
  aspectRatio: z.enum(GEMINI_IMAGE_ASPECT_RATIOS),
  imageSize: z.enum(GEMINI_IMAGE_SIZES).optional(),
});

async function toImageOutput(data: string, mimeType: string): Promise<GeneratedOutput> {
  const buffer = Buffer.from(data, 'base64');
  try {
    const { width, height, format } = await sharp(buffer).metadata();
    const readMimeType = format === 'jpeg' ? 'image/jpeg' : format === 'png' ? 'image/png' : format === 'webp' ? 'image/webp' : mimeType;
    return { kind: 'image', data: buffer, mimeType: readMimeType, width, height };
  } catch {
    throw malformedResponse('an image');
  }
}

/**
 * A Gemini image model through generateContent with image output: the images come back as
 * `inlineData` parts (base64 PNG or JPEG). Imagen's `:predict` is shut down on the Gemini API.
 * @see https://ai.google.dev/gemini-api/docs/image-generation
 */
export async function generateGoogleImage(options: CallOptions): Promise<GenerateResult> {
  const { aspectRatio, imageSize } = readParameters(imageParametersSchema, readParameters(options.model.parameters, options.parameters));
  const capture = captureResponses(options.fetch);
  const client = createGoogleClient(options, capture);
  const guard = createCallGuard(options.abortSignal, options.timeoutMs ?? IMAGE_TIMEOUT_MS);
  let response: z.infer<typeof generateContentResponseSchema>;
  try {
    const raw = await client.models.generateContent({
      model: options.model.id,
      contents: options.prompt,
      config: {
        responseModalities: ['TEXT', 'IMAGE'],
        imageConfig: { aspectRatio, ...(imageSize ? { imageSize } : {}) },
        abortSignal: guard.signal,
      },
    });
    const parsed = generateContentResponseSchema.safeParse(raw);
    if (!parsed.success) throw malformedResponse('an answer');
    response = parsed.data;
  } catch (error) {
    throw mapGoogleError(error, { abortSignal: options.abortSignal, timedOut: guard.timedOut, headers: capture.headers });
  } finally {
    guard.dispose();
  }
  options.onProgress(0.9);
  throwIfRefused(response);
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  const images = parts.flatMap((part) => (part.inlineData?.data && part.inlineData.mimeType?.startsWith('image/') ? [part.inlineData] : []));
  if (images.length === 0) {
    const said = parts
      .map((part) => part.text ?? '')
      .join(' ')
      .trim();
    const reason = response.candidates?.[0]?.finishReason;
    throw new ProviderError(
      'provider_error',
      `${GOOGLE_NAME} answered without an image${reason ? ` (${reason})` : ''}.${said ? ` It said: ${said.slice(0, 300)}` : ''} Try a clearer description.`,
      { provider: GOOGLE_NAME, isRetryable: false },
    );
  }
  const outputs = await Promise.all(images.map((image) => toImageOutput(image.data!, image.mimeType!)));
  return { outputs, usage: { ...usageFromMetadata(response.usageMetadata), images: outputs.length } };
}
