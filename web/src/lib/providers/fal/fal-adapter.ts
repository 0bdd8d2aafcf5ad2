import 'server-only';
import { z } from 'zod';
import { falProvider } from '../catalog/fal';
import type { KeyCheckOptions, PollResult, ProviderAdapter } from '../provider';
import { callSignal, createFalCallClient, falFetch, requireFalKey, rewriteFalUrl } from './fal-client';
import { falRecipeOrThrow } from './fal-models';
import { falWebhookUrl } from './fal-webhook';
import { canceledError, failedJobOutcome, failedOutcome, finalFalError, isAlreadyCompleted, mapFalError } from './map-fal-error';

/**
 * fal through its queue with `@fal-ai/client`: submit → status → result (or cancel). The
 * status, result and cancel URLs drop the endpoint's sub-path (`fal-ai/flux/requests/…`);
 * the SDK builds them from the model id.
 * @see https://docs.fal.ai/documentation/model-apis/inference/queue
 */

/** fal reports no percentage; a running job is shown halfway, the copy of its outputs near the end. */
const RUNNING_PROGRESS = 0.5;
const COPYING_PROGRESS = 0.9;

/**
 * The key check asks fal's Platform API for one model's price: it needs a valid key (API
 * scope suffices), costs nothing and runs no model.
 * @see https://docs.fal.ai/platform-apis/v1/models/pricing
 */
const PLATFORM_API = 'https://api.fal.ai';
const KEY_CHECK_MODEL = 'fal-ai/flux/dev';

const submitSchema = z.object({ request_id: z.string().min(1) });

const statusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('IN_QUEUE'), queue_position: z.number().nullish() }),
  z.object({ status: z.literal('IN_PROGRESS') }),
  z.object({ status: z.literal('COMPLETED'), error: z.string().nullish(), error_type: z.string().nullish() }),
]);

const resultSchema = z.object({ data: z.unknown() });

const pricingSchema = z.object({
  prices: z.array(z.object({ endpoint_id: z.string(), unit_price: z.number(), unit: z.string(), currency: z.string() })),
});

function parseAnswer<Schema extends z.ZodType>(schema: Schema, value: unknown, what: string): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw finalFalError('malformed_response', `fal's ${what} had an unexpected shape.`);
  return parsed.data;
}

function checkNotCanceled(abortSignal: AbortSignal): void {
  if (abortSignal.aborted) throw canceledError();
}

async function testKey(options: KeyCheckOptions): Promise<{ detail?: string }> {
  const key = requireFalKey(options.apiKey);
  const url = new URL('/v1/models/pricing', PLATFORM_API);
  url.searchParams.set('endpoint_id', KEY_CHECK_MODEL);
  try {
    const response = await falFetch(options)(rewriteFalUrl(url.toString(), options.baseUrl), {
      headers: { Authorization: `Key ${key}`, Accept: 'application/json' },
      signal: callSignal(options),
    });
    const { prices } = parseAnswer(pricingSchema, await response.json(), 'price list');
    const price = prices.find((item) => item.endpoint_id === KEY_CHECK_MODEL);
    if (!price) return { detail: 'fal accepted the key.' };
    return { detail: `fal accepted the key (FLUX.1 [dev] costs ${price.unit_price} ${price.currency} per ${price.unit}).` };
  } catch (error) {
    throw mapFalError(error, options.abortSignal);
  }
}

/**
 * The fal adapter. With the app's public URL, submissions ask fal to call the webhook when
 * they finish (see fal-webhook.ts); without it, jobs are followed by polling only.
 */
export function createFalAdapter(settings: { publicAppUrl?: string } = {}): ProviderAdapter {
  const webhookUrl = falWebhookUrl(settings.publicAppUrl);
  return {
    info: falProvider,
    doTestKey: testKey,

    async doSubmit(options) {
      checkNotCanceled(options.abortSignal);
      const recipe = falRecipeOrThrow(options.model);
      const input = recipe.input(options);
      const client = createFalCallClient(options);
      try {
        const queued = await client.queue.submit(options.model.id, { input, webhookUrl, abortSignal: callSignal(options) });
        return { providerRequestId: parseAnswer(submitSchema, queued, 'queue answer').request_id };
      } catch (error) {
        throw mapFalError(error, options.abortSignal);
      }
    },

    async doPoll(options): Promise<PollResult> {
      checkNotCanceled(options.abortSignal);
      const recipe = falRecipeOrThrow(options.model);
      const client = createFalCallClient(options);
      const requestId = options.providerRequestId;
      try {
        const status = parseAnswer(
          statusSchema,
          await client.queue.status(options.model.id, { requestId, logs: false, abortSignal: callSignal(options) }),
          'queue status',
        );
        if (status.status === 'IN_QUEUE') return { state: 'pending', progress: 0 };
        if (status.status === 'IN_PROGRESS') return { state: 'pending', progress: RUNNING_PROGRESS };
        if (status.error) {
          if (status.error_type === 'client_cancelled') return { state: 'canceled' };
          return failedOutcome(status.error_type ?? undefined, status.error);
        }
        let data: unknown;
        try {
          const answer = await client.queue.result(options.model.id, { requestId, abortSignal: callSignal(options) });
          data = parseAnswer(resultSchema, answer, 'result').data;
        } catch (error) {
          const outcome = failedJobOutcome(error);
          if (outcome) return outcome;
          throw error;
        }
        options.onProgress(COPYING_PROGRESS);
        return await recipe.collect(data, options);
      } catch (error) {
        throw mapFalError(error, options.abortSignal);
      }
    },

    async doCancel(options) {
      // The worker cancels once its own signal has fired, so this call has only its timeout.
      const callOptions = { ...options, abortSignal: new AbortController().signal };
      const client = createFalCallClient(callOptions);
      try {
        await client.queue.cancel(options.model.id, { requestId: options.providerRequestId, abortSignal: callSignal(callOptions) });
      } catch (error) {
        if (isAlreadyCompleted(error)) return;
        throw mapFalError(error);
      }
    },
  };
}

/** Polling only; the registry can build one with the public URL for webhooks. */
export const falAdapter: ProviderAdapter = createFalAdapter();
