import 'server-only';
import { z } from 'zod';
import type { KeyCheckOptions } from '../provider';
import { createOpenAIClient } from './openai-client';
import { malformedResponse } from './map-openai-error';

export const KEY_CHECK_TIMEOUT_MS = 15_000;

const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

/**
 * Lists the models the key can see (`GET {base}/models`): the cheapest authenticated call,
 * and free. Returns the model ids; failures come back as ProviderErrors.
 */
export async function listOpenAIModels(
  options: KeyCheckOptions,
  context: { providerName: string; mapError: (error: unknown) => unknown },
): Promise<string[]> {
  const client = createOpenAIClient({
    apiKey: options.apiKey,
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs ?? KEY_CHECK_TIMEOUT_MS,
  });
  let body: unknown;
  try {
    body = await client.get('/models', { signal: options.abortSignal });
  } catch (error) {
    throw context.mapError(error);
  }
  const list = modelListSchema.safeParse(body);
  if (!list.success) throw malformedResponse(context.providerName, 'a model list');
  return list.data.data.map((model) => model.id);
}
