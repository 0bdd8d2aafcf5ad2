import 'server-only';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@runwayml/sdk';
import { z } from 'zod';
import { ProviderError, providerErrorFromNetwork, providerErrorFromStatus } from '../provider-error';
import { RUNWAY_NAME } from './runway-client';

/**
 * Runway's error body: `{ error: "…" }`, plus `issues` (with a path) when the request body
 * failed validation. Anything else still maps by status.
 * @see https://docs.dev.runwayml.com/api/
 */
const errorBodySchema = z.object({
  error: z.union([z.string(), z.object({ message: z.string() })]),
  issues: z
    .array(
      z.object({
        message: z.string().optional(),
        code: z.string().optional(),
        path: z.array(z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});

function detailOf(body: unknown): string | undefined {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return undefined;
  const { error, issues } = parsed.data;
  const summary = typeof error === 'string' ? error : error.message;
  const problems = (issues ?? []).map((issue) => `${issue.path?.join('.') || 'request'}: ${issue.message ?? issue.code ?? 'invalid'}`);
  return problems.length ? `${summary} — ${problems.join('; ')}` : summary;
}

export type RunwayErrorContext = { abortSignal?: AbortSignal };

/** Any failure of a Runway call as a ProviderError with a message the user can act on. */
export function mapRunwayError(error: unknown, context: RunwayErrorContext = {}): ProviderError {
  if (error instanceof ProviderError) return error;
  const final = { provider: RUNWAY_NAME, isRetryable: false };
  if (context.abortSignal?.aborted) return new ProviderError('canceled', 'The generation was cancelled.', final);
  if (error instanceof APIConnectionTimeoutError) {
    return new ProviderError('timeout', 'Runway did not answer in time; we will try again.', { provider: RUNWAY_NAME });
  }
  if (error instanceof APIUserAbortError || error instanceof APIConnectionError) {
    return providerErrorFromNetwork(RUNWAY_NAME, (error as { cause?: unknown }).cause ?? error);
  }
  if (error instanceof APIError && error.status !== undefined) {
    const detail = detailOf(error.error);
    // An empty balance is answered as a 400 whose message names the credits.
    if (detail && /enough credits|insufficient credits/i.test(detail)) {
      const { message } = providerErrorFromStatus(RUNWAY_NAME, 402, detail);
      return new ProviderError('insufficient_credit', message, { ...final, status: error.status });
    }
    return providerErrorFromStatus(RUNWAY_NAME, error.status, detail, error.headers?.get('retry-after'));
  }
  if (error instanceof SyntaxError) {
    return new ProviderError('malformed_response', 'Runway sent an answer that is not valid JSON.', final);
  }
  if (error instanceof TypeError) return providerErrorFromNetwork(RUNWAY_NAME, error);
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError('provider_error', `The Runway request failed: ${message.slice(0, 300)}`, final);
}

/** A 2xx answer whose body is not the documented shape. */
export function malformedRunwayResponse(what: string): ProviderError {
  return new ProviderError('malformed_response', `Runway answered ${what} with data we could not read.`, {
    provider: RUNWAY_NAME,
    isRetryable: false,
  });
}
