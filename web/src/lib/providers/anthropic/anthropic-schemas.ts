import { z } from 'zod';

/**
 * The parts of Anthropic's responses the adapter reads. Unknown fields pass; a known event
 * missing a field we use is a malformed answer.
 * @see https://platform.claude.com/docs/en/build-with-claude/streaming
 */
const tokenCount = z.number().int().nonnegative();

export const messageStartEventSchema = z.object({
  type: z.literal('message_start'),
  message: z.object({
    id: z.string(),
    usage: z.object({ input_tokens: tokenCount, output_tokens: tokenCount.nullish() }),
  }),
});

export const contentBlockDeltaEventSchema = z.object({
  type: z.literal('content_block_delta'),
  index: z.number().int(),
  // Text, thinking, signature and tool-input deltas share the event; only text_delta is shown.
  delta: z
    .object({ type: z.string(), text: z.string().optional() })
    .refine((delta) => delta.type !== 'text_delta' || delta.text !== undefined, { message: 'a text_delta carries text' }),
});

export const messageDeltaEventSchema = z.object({
  type: z.literal('message_delta'),
  delta: z.object({ stop_reason: z.string().nullish() }),
  usage: z.object({ input_tokens: tokenCount.nullish(), output_tokens: tokenCount }),
});

/** Events the adapter reads by type; content_block_start / _stop and message_stop carry nothing it needs. */
export const streamEventTypeSchema = z.object({ type: z.string() });

export const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

/** Text generation parameters, as the catalog's `textParameters` schema produced them. */
export const anthropicTextParametersSchema = z.object({
  maxTokens: z.number().int().min(1),
  system: z.string().optional(),
});
