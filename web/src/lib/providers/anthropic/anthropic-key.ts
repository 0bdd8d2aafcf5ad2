import 'server-only';
import type { KeyCheckOptions } from '../provider';
import { ProviderError } from '../provider-error';
import { ANTHROPIC_NAME, createAnthropicClient } from './anthropic-client';
import { modelListSchema } from './anthropic-schemas';
import { mapAnthropicError } from './map-anthropic-error';

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Lists models: free, and it needs a valid key.
 * @see https://platform.claude.com/docs/en/api/models/list
 */
export async function testAnthropicKey(options: KeyCheckOptions): Promise<{ detail?: string }> {
  const client = createAnthropicClient(options, DEFAULT_TIMEOUT_MS);
  let body: unknown;
  try {
    const page = await client.models.list({ limit: 100 }, { signal: options.abortSignal });
    body = { data: page.data };
  } catch (error) {
    throw mapAnthropicError(error, { abortSignal: options.abortSignal });
  }
  const parsed = modelListSchema.safeParse(body);
  if (!parsed.success) {
    throw new ProviderError('malformed_response', 'Anthropic answered the key check with a model list we could not read.', {
      provider: ANTHROPIC_NAME,
      isRetryable: false,
    });
  }
  const count = parsed.data.data.length;
  return { detail: `Anthropic accepted the key; it can use ${count} model${count === 1 ? '' : 's'}.` };
}
