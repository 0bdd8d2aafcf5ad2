import { AppError } from '@/lib/errors';
import { asService } from '@/lib/db/with-user';
import { makeProviderJobDue } from '@/lib/db/queries/jobs';
import { getEnv } from '@/lib/env';
import { wakeWorkers } from '@/lib/generation/wake';
import { json, withPublic } from '@/lib/http';
import { verifyFalWebhook } from '@/lib/providers/fal';

/** fal's result payloads can be large; we only need the signed envelope. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * fal calls this when a queued request finishes (the `fal_webhook` we pass on submit when
 * the app has a public URL). The signature is checked against fal's published keys; a
 * verified call makes the job due at once. The payload itself is not trusted: the worker
 * fetches the result from fal's queue as it would when polling.
 */
export const POST = withPublic(async ({ request, logger }) => {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The webhook body is too large.');
  const rawBody = Buffer.from(await request.arrayBuffer());
  if (rawBody.length > MAX_BODY_BYTES) throw new AppError('payload_too_large', 'The webhook body is too large.');

  const verification = await verifyFalWebhook({ headers: request.headers, rawBody }, { jwksUrl: getEnv().FAL_WEBHOOK_JWKS_URL });
  if (!verification.ok) {
    logger.warn({ reason: verification.reason }, 'fal webhook refused');
    // A 5xx makes fal deliver again later; a bad signature never will be good.
    if (verification.retryable) throw new AppError('service_unavailable', 'The webhook could not be verified right now; deliver it again.');
    throw new AppError('unauthorized', verification.reason);
  }
  // asService: a webhook has no user; it only makes a job due, found by fal's request id.
  const known = await asService((tx) => makeProviderJobDue(tx, { provider: 'fal', providerRequestId: verification.requestId }));
  if (known) wakeWorkers();
  logger.info({ known, status: verification.body.status }, 'fal webhook received');
  return json({ received: true });
});
