import 'server-only';
import { z } from 'zod';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { ANTHROPIC_NAME, createAnthropicClient } from './anthropic-client';
import {
  anthropicTextParametersSchema,
  contentBlockDeltaEventSchema,
  messageDeltaEventSchema,
  messageStartEventSchema,
  streamEventTypeSchema,
} from './anthropic-schemas';
import { mapAnthropicError } from './map-anthropic-error';

/**
 * How long a stream may stay silent (before its headers, or between events) before it counts
 * as hung. Anthropic sends `ping` events while a model thinks, but the SDK swallows them, so
 * the margin is generous.
 */
const DEFAULT_TIMEOUT_MS = 120_000;

type StreamState = { text: string; started: boolean; stopped: boolean; stopReason?: string; inputTokens?: number; outputTokens?: number };

function malformed(detail: string): ProviderError {
  return new ProviderError('malformed_response', `Anthropic sent a stream we could not read (${detail}).`, {
    provider: ANTHROPIC_NAME,
    isRetryable: false,
  });
}

function parseEvent<T extends z.ZodType>(schema: T, event: unknown): z.infer<T> {
  const parsed = schema.safeParse(event);
  if (!parsed.success) throw malformed(`a ${(event as { type?: string }).type ?? 'nameless'} event did not match the documented shape`);
  return parsed.data;
}

/** Folds one server-sent event into the state; text deltas also go to `onText` at once. */
function applyEvent(state: StreamState, event: unknown, onText: (delta: string) => void): void {
  const { type } = parseEvent(streamEventTypeSchema, event);
  switch (type) {
    case 'message_start': {
      const { message } = parseEvent(messageStartEventSchema, event);
      state.started = true;
      state.inputTokens = message.usage.input_tokens;
      state.outputTokens = message.usage.output_tokens ?? undefined;
      return;
    }
    case 'content_block_delta': {
      const { delta } = parseEvent(contentBlockDeltaEventSchema, event);
      if (delta.type === 'text_delta' && delta.text) {
        state.text += delta.text;
        onText(delta.text);
      }
      return;
    }
    case 'message_delta': {
      // Usage here is cumulative for the whole message.
      const { delta, usage } = parseEvent(messageDeltaEventSchema, event);
      state.stopReason = delta.stop_reason ?? state.stopReason;
      state.inputTokens = usage.input_tokens ?? state.inputTokens;
      state.outputTokens = usage.output_tokens;
      return;
    }
    case 'message_stop':
      state.stopped = true;
      return;
    default:
      // content_block_start / content_block_stop carry nothing shown; newer event types are skipped.
      return;
  }
}

/**
 * Streams a Messages API answer for one user turn. Sampling parameters (temperature, top_p,
 * top_k) are never sent: API version 2026-10-21 refuses them with a 400.
 * @see https://platform.claude.com/docs/en/api/messages
 */
export async function streamAnthropicText(options: CallOptions & { onText: (delta: string) => void }): Promise<GenerateResult> {
  const parameters = anthropicTextParametersSchema.safeParse(options.parameters);
  if (!parameters.success) {
    throw new ProviderError('bad_request', `The text settings are invalid: ${z.prettifyError(parameters.error)}`, { isRetryable: false });
  }
  if (!options.prompt.trim()) throw new ProviderError('bad_request', 'The prompt is empty.', { isRetryable: false });
  if (options.abortSignal.aborted) throw mapAnthropicError(undefined, { abortSignal: options.abortSignal });

  const { maxTokens, system } = parameters.data;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = createAnthropicClient(options, timeoutMs);
  const silence = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stillAlive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      silence.abort();
    }, timeoutMs);
  };

  const state: StreamState = { text: '', started: false, stopped: false };
  try {
    stillAlive();
    const stream = await client.messages.create(
      {
        model: options.model.id,
        max_tokens: maxTokens,
        messages: [{ role: 'user', content: options.prompt }],
        ...(system?.trim() ? { system } : {}),
        stream: true,
      },
      { signal: AbortSignal.any([options.abortSignal, silence.signal]) },
    );
    for await (const event of stream) {
      stillAlive();
      applyEvent(state, event, options.onText);
    }
  } catch (error) {
    throw mapAnthropicError(error, { abortSignal: options.abortSignal, timedOut });
  } finally {
    clearTimeout(timer);
  }

  // The SDK ends the iteration quietly when its signal aborts, so a cancel or a silent stream shows up here.
  if (options.abortSignal.aborted || timedOut) throw mapAnthropicError(undefined, { abortSignal: options.abortSignal, timedOut });
  if (!state.started) throw malformed('no message_start event');
  if (!state.stopped) {
    throw new ProviderError('network', 'Anthropic closed the stream before the answer was complete; we will try again.', {
      provider: ANTHROPIC_NAME,
    });
  }
  if (state.stopReason === 'refusal') {
    throw new ProviderError('content_refused', 'Claude declined to answer this prompt. Rephrase it and try again.', {
      provider: ANTHROPIC_NAME,
      isRetryable: false,
    });
  }
  return { outputs: [], text: state.text, usage: { inputTokens: state.inputTokens, outputTokens: state.outputTokens } };
}
