import { z } from 'zod';
import { falWebhookBodySchema } from '@/lib/providers/fal/fal-webhook';
import type { Operation } from './operation';

export const webhooksOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/webhooks/fal',
    summary: "fal's signed completion callback (X-Fal-Webhook-* headers, Ed25519); makes the job due",
    tag: 'webhooks',
    auth: false,
    body: falWebhookBodySchema.meta({ id: 'FalWebhook' }),
    success: { status: 200, description: 'Received', schema: z.object({ received: z.literal(true) }).meta({ id: 'WebhookReceived' }) },
    errors: [401, 413, 503],
  },
];
