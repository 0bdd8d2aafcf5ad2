import 'server-only';
import { z } from 'zod';
import { textParameters } from '../catalog/shared';
import type { CallOptions, GenerateResult, Usage } from '../provider';
import { ProviderError } from '../provider-error';
import { createOpenAIClient } from './openai-client';
import { isEventStream, readStreamWithIdleLimit } from './openai-stream';
import { canceledError, malformedResponse, mapOpenAIError } from './map-openai-error';

const PROVIDER_NAME = 'OpenAI';
/**
 * The longest wait for the first byte, and between two events of the stream: a reasoning
 * model sends nothing while it thinks, which can take minutes.
 */
export const TEXT_TIMEOUT_MS = 300_000;

const usageSchema = z.object({ input_tokens: z.number().int().min(0), output_tokens: z.number().int().min(0) });
const finalResponseSchema = z.object({
  status: z.string(),
  usage: usageSchema.nullish(),
  incomplete_details: z.object({ reason: z.string().optional() }).nullish(),
  error: z.object({ code: z.string().nullish(), message: z.string() }).nullish(),
});

/** The Responses stream events this adapter reads; every other event type is skipped. */
const eventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('response.output_text.delta'), delta: z.string() }),
  z.object({ type: z.literal('response.refusal.delta'), delta: z.string() }),
  z.object({ type: z.literal('response.completed'), response: finalResponseSchema }),
  z.object({ type: z.literal('response.incomplete'), response: finalResponseSchema }),
  z.object({ type: z.literal('response.failed'), response: finalResponseSchema }),
]);
const READ_EVENTS = new Set<string>(eventSchema.options.map((option) => option.shape.type.value));

type FinalResponse = z.infer<typeof finalResponseSchema>;

function usageOf(response: FinalResponse): Usage | undefined {
  return response.usage ? { inputTokens: response.usage.input_tokens, outputTokens: response.usage.output_tokens } : undefined;
}

function failure(response: FinalResponse): ProviderError {
  const code = response.error?.code ?? undefined;
  const said = response.error?.message ? ` (OpenAI said: ${response.error.message.slice(0, 300)})` : '';
  if (code === 'rate_limit_exceeded') return new ProviderError('rate_limited', `OpenAI is rate-limiting this key. Trying again shortly.${said}`, { provider: PROVIDER_NAME });
  if (code === 'server_error') return new ProviderError('unavailable', `OpenAI had trouble finishing the answer; we will try again.${said}`, { provider: PROVIDER_NAME });
  if (code === 'invalid_prompt' || code?.endsWith('_policy') || code?.endsWith('policy_violation')) {
    return new ProviderError('content_refused', `OpenAI refused this prompt under its usage policies.${said}`, { provider: PROVIDER_NAME, isRetryable: false });
  }
  return new ProviderError('provider_error', `OpenAI could not finish the answer.${said}`, { provider: PROVIDER_NAME, isRetryable: false });
}

/**
 * Streams a text answer through the Responses API, which OpenAI documents for its current
 * models: `instructions` carries the system prompt and `max_output_tokens` the limit
 * (reasoning tokens included). `store: false` keeps the exchange off OpenAI's servers.
 * @see https://developers.openai.com/api/reference/resources/responses
 */
export async function streamOpenAIText(options: CallOptions & { onText: (delta: string) => void }): Promise<GenerateResult> {
  const parsed = textParameters.safeParse(options.parameters);
  if (!parsed.success) throw new ProviderError('bad_request', `Invalid text parameters: ${parsed.error.message}`, { isRetryable: false });
  const { maxTokens, system } = parsed.data;
  const timeoutMs = options.timeoutMs ?? TEXT_TIMEOUT_MS;
  const client = createOpenAIClient({ apiKey: options.apiKey, baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs });

  let text = '';
  let refusal = '';
  let final: { type: 'completed' | 'incomplete'; response: FinalResponse } | undefined;
  try {
    await readStreamWithIdleLimit({
      providerName: PROVIDER_NAME,
      abortSignal: options.abortSignal,
      idleMs: timeoutMs,
      open: async (signal) => {
        const { data: stream, response } = await client.responses
          .create(
            {
              model: options.model.id,
              input: options.prompt,
              ...(system ? { instructions: system } : {}),
              max_output_tokens: maxTokens,
              store: false,
              stream: true,
            },
            { signal },
          )
          .withResponse();
        if (!isEventStream(response)) {
          stream.controller.abort();
          throw malformedResponse(PROVIDER_NAME, 'a non-streaming answer');
        }
        return stream;
      },
      onEvent: (raw) => {
        const type = (raw as { type?: unknown }).type;
        if (typeof type !== 'string' || !READ_EVENTS.has(type)) return;
        const event = eventSchema.safeParse(raw);
        if (!event.success) throw malformedResponse(PROVIDER_NAME, `a "${type}" event`);
        switch (event.data.type) {
          case 'response.output_text.delta':
            text += event.data.delta;
            options.onText(event.data.delta);
            return;
          case 'response.refusal.delta':
            refusal += event.data.delta;
            return;
          case 'response.completed':
            final = { type: 'completed', response: event.data.response };
            return;
          case 'response.incomplete':
            final = { type: 'incomplete', response: event.data.response };
            return;
          case 'response.failed':
            throw failure(event.data.response);
        }
      },
    });
  } catch (error) {
    throw mapOpenAIError(error, { providerName: PROVIDER_NAME, abortSignal: options.abortSignal });
  }
  if (options.abortSignal.aborted) throw canceledError();
  if (!final) {
    throw new ProviderError('network', 'The connection to OpenAI ended before the answer was complete; we will try again.', { provider: PROVIDER_NAME });
  }
  const usage = usageOf(final.response);
  if (!text && refusal) {
    throw new ProviderError('content_refused', `OpenAI declined to answer: ${refusal.slice(0, 300)}`, { provider: PROVIDER_NAME, isRetryable: false });
  }
  if (final.type === 'incomplete' && !text) {
    const reason = final.response.incomplete_details?.reason;
    if (reason === 'content_filter') {
      throw new ProviderError('content_refused', 'OpenAI stopped the answer under its content filter.', { provider: PROVIDER_NAME, isRetryable: false });
    }
    throw new ProviderError(
      'bad_request',
      `${options.model.name} used all ${maxTokens} tokens before writing an answer (reasoning counts too) — raise "Longest answer" and try again.`,
      { provider: PROVIDER_NAME, isRetryable: false },
    );
  }
  return { outputs: [], text, usage };
}
