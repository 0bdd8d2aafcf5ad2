import 'server-only';
import { z } from 'zod';
import { textParameters } from '../catalog/shared';
import { createOpenAIClient } from '../openai/openai-client';
import { canceledError, malformedResponse } from '../openai/map-openai-error';
import { isEventStream, readStreamWithIdleLimit } from '../openai/openai-stream';
import type { CallOptions, GenerateResult, Usage } from '../provider';
import { ProviderError } from '../provider-error';
import { mapOpenAICompatibleError, type CompatibleServer } from './map-openai-compatible-error';

/** Local models can take a while to load before the first token. */
export const CHAT_TIMEOUT_MS = 180_000;
const MAX_MODEL_NAME_LENGTH = 256;

const chunkSchema = z.object({
  choices: z.array(
    z.object({
      delta: z.object({ content: z.string().nullish() }).nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
  usage: z.object({ prompt_tokens: z.number().int().min(0), completion_tokens: z.number().int().min(0) }).nullish(),
});

/**
 * The model the user typed. The catalog has one template model ('custom', free model
 * name), so the typed name travels beside it as `modelId`.
 */
export function modelNameOrThrow(options: CallOptions): string {
  const name = ((options as CallOptions & { modelId?: string }).modelId ?? options.model.id).trim();
  if (!name || name.length > MAX_MODEL_NAME_LENGTH) {
    throw new ProviderError('bad_request', 'Type the name of a model your server serves (e.g. llama3.2).', { isRetryable: false });
  }
  return name;
}

/**
 * Streams a Chat Completions answer from the user's server. The output limit goes in
 * `max_tokens`: OpenAI now prefers `max_completion_tokens`, but `max_tokens` is the field
 * Ollama, LM Studio, vLLM and OpenRouter all accept. Usage comes from the final chunk
 * (`stream_options.include_usage`); servers that send none leave it unknown.
 * @see https://developers.openai.com/api/reference/resources/chat/subresources/completions/methods/create
 */
export async function streamCompatibleChat(
  options: CallOptions & { onText: (delta: string) => void },
  server: CompatibleServer,
): Promise<GenerateResult> {
  const parsed = textParameters.safeParse(options.parameters);
  if (!parsed.success) throw new ProviderError('bad_request', `Invalid text parameters: ${parsed.error.message}`, { isRetryable: false });
  const { maxTokens, system } = parsed.data;
  const model = modelNameOrThrow(options);
  const timeoutMs = options.timeoutMs ?? CHAT_TIMEOUT_MS;
  const client = createOpenAIClient({ apiKey: options.apiKey, baseUrl: server.baseUrl, fetch: options.fetch, timeoutMs });

  let text = '';
  let finishReason: string | undefined;
  let usage: Usage | undefined;
  try {
    await readStreamWithIdleLimit({
      providerName: server.host,
      abortSignal: options.abortSignal,
      idleMs: timeoutMs,
      open: async (signal) => {
        const { data: stream, response } = await client.chat.completions
          .create(
            {
              model,
              messages: [...(system ? [{ role: 'system' as const, content: system }] : []), { role: 'user' as const, content: options.prompt }],
              max_tokens: maxTokens,
              stream: true,
              stream_options: { include_usage: true },
            },
            { signal },
          )
          .withResponse();
        if (!isEventStream(response)) {
          stream.controller.abort();
          throw malformedResponse(server.host, 'a non-streaming answer');
        }
        return stream;
      },
      onEvent: (raw) => {
        const chunk = chunkSchema.safeParse(raw);
        if (!chunk.success) throw malformedResponse(server.host, 'a chunk of the answer');
        for (const choice of chunk.data.choices) {
          const delta = choice.delta?.content;
          if (delta) {
            text += delta;
            options.onText(delta);
          }
          if (choice.finish_reason) finishReason = choice.finish_reason;
        }
        if (chunk.data.usage) usage = { inputTokens: chunk.data.usage.prompt_tokens, outputTokens: chunk.data.usage.completion_tokens };
      },
    });
  } catch (error) {
    throw mapOpenAICompatibleError(error, server, options.abortSignal);
  }
  if (options.abortSignal.aborted) throw canceledError();
  // Every server ends a complete answer with a finish_reason; without one the stream was cut.
  if (!finishReason) {
    throw new ProviderError('network', `The connection to ${server.host} ended before the answer was complete; we will try again.`, { provider: server.host });
  }
  if (!text && finishReason === 'length') {
    throw new ProviderError('bad_request', `${model} used all ${maxTokens} tokens before writing an answer — raise "Longest answer" and try again.`, {
      provider: server.host,
      isRetryable: false,
    });
  }
  if (!text && finishReason === 'content_filter') {
    throw new ProviderError('content_refused', `${server.host} withheld the answer under its content filter.`, { provider: server.host, isRetryable: false });
  }
  return { outputs: [], text, ...(usage ? { usage } : {}) };
}
