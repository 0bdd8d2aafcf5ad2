import 'server-only';
import { z } from 'zod';
import { ProviderError } from '../provider-error';
import { ELEVENLABS_NAME } from './map-elevenlabs-error';

/** Re-checks a model's parameters against its schema, so each request is built from typed, valid values. */
export function parseParameters<Schema extends z.ZodObject>(schema: Schema, parameters: Record<string, unknown>): z.infer<Schema> {
  const parsed = schema.safeParse(parameters);
  if (!parsed.success) {
    throw new ProviderError('bad_request', `Invalid ElevenLabs parameters: ${z.prettifyError(parsed.error).replace(/\s+/g, ' ')}`, {
      provider: ELEVENLABS_NAME,
      isRetryable: false,
    });
  }
  return parsed.data;
}

/** The prompt, which every ElevenLabs endpoint requires to be non-empty. */
export function requirePrompt(prompt: string): string {
  if (!prompt.trim()) throw new ProviderError('bad_request', 'Write a prompt for ElevenLabs first.', { provider: ELEVENLABS_NAME, isRetryable: false });
  return prompt;
}
