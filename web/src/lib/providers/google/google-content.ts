import 'server-only';
import type { z } from 'zod';
import type { Usage } from '../provider';
import { ProviderError } from '../provider-error';
import { GOOGLE_NAME } from './google-client';
import type { GenerateContentResponse } from './google-schemas';

/**
 * What generateContent's answers share between text and images: refusals and token usage.
 * @see https://ai.google.dev/api/generate-content#FinishReason
 */

/** Finish reasons that mean Google's filters stopped the answer, not the model. */
const REFUSAL_FINISH_REASONS = new Set([
  'SAFETY',
  'RECITATION',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
]);

const REFUSAL_WORDS: Record<string, string> = {
  RECITATION: 'it would repeat existing copyrighted material',
  IMAGE_RECITATION: 'it would repeat existing copyrighted material',
  SPII: 'it would reveal personal information',
};

export function contentRefused(reason: string, detail?: string): ProviderError {
  const why = REFUSAL_WORDS[reason] ?? 'of its safety rules';
  const said = detail ? ` (${GOOGLE_NAME} said: ${detail.slice(0, 300)})` : '';
  return new ProviderError('content_refused', `${GOOGLE_NAME} declined this prompt because ${why} (${reason}). Rephrase it and try again.${said}`, {
    provider: GOOGLE_NAME,
    isRetryable: false,
  });
}

/** Throws `content_refused` when the prompt was blocked or the answer stopped for safety. */
export function throwIfRefused(response: GenerateContentResponse): void {
  const blockReason = response.promptFeedback?.blockReason;
  if (blockReason) throw contentRefused(blockReason, response.promptFeedback?.blockReasonMessage);
  const candidate = response.candidates?.[0];
  if (candidate?.finishReason && REFUSAL_FINISH_REASONS.has(candidate.finishReason)) {
    throw contentRefused(candidate.finishReason);
  }
}

/** Thinking tokens are billed as output, so they count with the answer's own tokens. */
export function usageFromMetadata(metadata: GenerateContentResponse['usageMetadata']): Usage | undefined {
  if (!metadata) return undefined;
  return {
    inputTokens: metadata.promptTokenCount ?? 0,
    outputTokens: (metadata.candidatesTokenCount ?? 0) + (metadata.thoughtsTokenCount ?? 0),
  };
}

/** The call's parameters, checked against the model's own schema and read through `schema`. */
export function readParameters<T extends z.ZodType>(schema: T, parameters: Record<string, unknown>): z.infer<T> {
  const parsed = schema.safeParse(parameters);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? ` "${issue.path.join('.')}"` : 's';
    throw new ProviderError('bad_request', `Invalid parameter${field} for this model: ${issue?.message ?? 'not accepted'}.`, {
      provider: GOOGLE_NAME,
      isRetryable: false,
    });
  }
  return parsed.data;
}
