import 'server-only';
import { z } from 'zod';
import type { CallOptions, GenerateResult, Usage } from '../provider';
import { captureResponses, createCallGuard, createGoogleClient } from './google-client';
import { readParameters, throwIfRefused, usageFromMetadata } from './google-content';
import { generateContentResponseSchema } from './google-schemas';
import { malformedResponse, mapGoogleError } from './map-google-error';

/**
 * The longest silence allowed before the first chunk or between two: thinking models can be quiet
 * for a while. Kept under undici's own 300 s header and body timeouts, which apply with our fetch.
 */
export const TEXT_IDLE_TIMEOUT_MS = 240_000;

const textParametersSchema = z.object({ maxTokens: z.number().int().positive(), system: z.string().optional() });

/**
 * Streams a Gemini answer: `POST /v1/models/{model}:streamGenerateContent?alt=sse`. Deltas go to
 * `onText`; thought parts are skipped; usage comes with the last chunk.
 * @see https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent
 */
export async function streamGoogleText(options: CallOptions & { onText: (delta: string) => void }): Promise<GenerateResult> {
  const { maxTokens, system } = readParameters(textParametersSchema, readParameters(options.model.parameters, options.parameters));
  const capture = captureResponses(options.fetch);
  const client = createGoogleClient(options, capture);
  const guard = createCallGuard(options.abortSignal, options.timeoutMs ?? TEXT_IDLE_TIMEOUT_MS);
  let text = '';
  let usage: Usage | undefined;
  let chunks = 0;
  try {
    const stream = await client.models.generateContentStream({
      model: options.model.id,
      contents: options.prompt,
      config: { ...(system ? { systemInstruction: system } : {}), maxOutputTokens: maxTokens, abortSignal: guard.signal },
    });
    for await (const raw of stream) {
      guard.touch();
      const chunk = generateContentResponseSchema.safeParse(raw);
      if (!chunk.success) throw malformedResponse('a part of the answer');
      chunks += 1;
      const parts = chunk.data.candidates?.[0]?.content?.parts ?? [];
      const delta = parts
        .filter((part) => !part.thought && part.text)
        .map((part) => part.text)
        .join('');
      if (delta) {
        text += delta;
        options.onText(delta);
      }
      usage = usageFromMetadata(chunk.data.usageMetadata) ?? usage;
      throwIfRefused(chunk.data);
    }
  } catch (error) {
    throw mapGoogleError(error, { abortSignal: options.abortSignal, timedOut: guard.timedOut, headers: capture.headers });
  } finally {
    guard.dispose();
  }
  if (chunks === 0) throw malformedResponse('an empty answer');
  return { outputs: [], text, usage };
}
