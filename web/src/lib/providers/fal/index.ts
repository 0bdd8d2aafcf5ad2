export { createFalAdapter, falAdapter } from './fal-adapter';
export { FAL_WEBHOOK_PATH, falWebhookBodySchema, falWebhookUrl, verifyFalWebhook } from './fal-webhook';
export type { FalWebhookBody, FalWebhookVerification } from './fal-webhook';
