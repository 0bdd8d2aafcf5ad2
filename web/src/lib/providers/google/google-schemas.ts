import 'server-only';
import { z } from 'zod';

/**
 * The parts of Google's answers the adapter reads, checked before use. Unknown fields are
 * ignored, so additions on Google's side do not break a call.
 * @see https://ai.google.dev/api/generate-content#generatecontentresponse
 */

/** `{ error: { code, message, status, details } }`, Google's error body (google.rpc.Status). */
export const googleErrorBodySchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
    details: z.array(z.record(z.string(), z.unknown())).optional(),
  }),
});

const videoSchema = z.object({ uri: z.string().optional(), encodedVideo: z.string().optional(), encoding: z.string().optional() });
const interactionContentSchema = z.object({ type: z.string(), text: z.string().optional(), data: z.string().optional(), mime_type: z.string().optional() });

const partSchema = z.object({
  text: z.string().optional(),
  thought: z.boolean().optional(),
  inlineData: z.object({ mimeType: z.string().optional(), data: z.string().optional() }).optional(),
});

export const generateContentResponseSchema = z.object({
  candidates: z
    .array(
      z.object({
        content: z.object({ parts: z.array(partSchema).optional() }).optional(),
        finishReason: z.string().optional(),
      }),
    )
    .optional(),
  promptFeedback: z.object({ blockReason: z.string().optional(), blockReasonMessage: z.string().optional() }).optional(),
  usageMetadata: z
    .object({
      promptTokenCount: z.number().optional(),
      candidatesTokenCount: z.number().optional(),
      thoughtsTokenCount: z.number().optional(),
      totalTokenCount: z.number().optional(),
    })
    .optional(),
});
export type GenerateContentResponse = z.infer<typeof generateContentResponseSchema>;

/** A Veo long-running operation, as `GET /v1beta/{name}` returns it. */
export const videoOperationSchema = z.object({
  name: z.string().optional(),
  done: z.boolean().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  error: z.object({ code: z.number().optional(), message: z.string().optional() }).optional(),
  response: z
    .object({
      generateVideoResponse: z
        .object({
          generatedSamples: z
            .array(z.object({ video: videoSchema.optional() }))
            .optional(),
          raiMediaFilteredCount: z.number().optional(),
          raiMediaFilteredReasons: z.array(z.string()).optional(),
        })
        .optional(),
    })
    .optional(),
});
export type VideoOperation = z.infer<typeof videoOperationSchema>;

/** What `predictLongRunning` answers: the operation's name, e.g. `models/veo-3.1-generate-preview/operations/abc123`. */
export const operationNameSchema = z.string().regex(/^models\/[A-Za-z0-9._-]+\/operations\/[A-Za-z0-9_-]+$/);

/** An interaction (Lyria); only `steps` carries the output in the current wire shape. */
export const interactionSchema = z.object({
  status: z.string(),
  steps: z.array(
    z.object({
      type: z.string(),
      content: z.array(interactionContentSchema).optional(),
    }),
  ),
});

export const modelListSchema = z.array(z.object({ name: z.string() }));
