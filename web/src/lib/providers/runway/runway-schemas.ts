import { z } from 'zod';

/**
 * The parts of Runway's task API the adapter reads. Unknown fields pass.
 * @see https://docs.dev.runwayml.com/api/
 */
export const createdTaskSchema = z.object({ id: z.string().min(1) });

const credits = z.object({ credits: z.number().nonnegative() });

export const taskSchema = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('PENDING') }),
  // Over the organization's concurrency limit: Runway queues it and starts it later.
  z.object({ id: z.string(), status: z.literal('THROTTLED') }),
  z.object({ id: z.string(), status: z.literal('RUNNING'), progress: z.number().min(0).max(1).optional() }),
  z.object({ id: z.string(), status: z.literal('SUCCEEDED'), output: z.array(z.url()).min(1), cost: credits.optional() }),
  z.object({ id: z.string(), status: z.literal('FAILED'), failure: z.string(), failureCode: z.string().optional(), cost: credits.optional() }),
  z.object({ id: z.string(), status: z.literal('CANCELLED'), cost: credits.optional() }),
]);

export type RunwayTask = z.infer<typeof taskSchema>;

export const organizationSchema = z.object({ creditBalance: z.number() });

/**
 * Video parameters as the catalog's model schemas produce them; which optional fields exist
 * depends on the model (Veo takes audio and a negative prompt, Gen-4.5 does not).
 */
export const runwayVideoParametersSchema = z.object({
  durationSeconds: z.number().int().positive(),
  ratio: z.string().regex(/^\d+:\d+$/),
  seed: z.number().int().nonnegative().optional(),
  audio: z.boolean().optional(),
  negativePrompt: z.string().optional(),
});

export type RunwayVideoParameters = z.infer<typeof runwayVideoParametersSchema>;
