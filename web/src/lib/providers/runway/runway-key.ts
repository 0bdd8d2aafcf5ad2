import 'server-only';
import type { KeyCheckOptions } from '../provider';
import { ProviderError } from '../provider-error';
import { createRunwayClient, RUNWAY_NAME } from './runway-client';
import { organizationSchema } from './runway-schemas';
import { malformedRunwayResponse, mapRunwayError } from './map-runway-error';

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Reads the organization (credit balance and tier): free, and it needs a valid key. A key
 * with no credits left cannot start anything, so that is reported as the problem.
 * @see https://docs.dev.runwayml.com/api/
 */
export async function testRunwayKey(options: KeyCheckOptions): Promise<{ detail?: string }> {
  const client = createRunwayClient(options, DEFAULT_TIMEOUT_MS);
  let body: unknown;
  try {
    body = await client.organization.retrieve({ signal: options.abortSignal });
  } catch (error) {
    throw mapRunwayError(error, { abortSignal: options.abortSignal });
  }
  const parsed = organizationSchema.safeParse(body);
  if (!parsed.success) throw malformedRunwayResponse('the key check');
  const { creditBalance } = parsed.data;
  if (creditBalance <= 0) {
    const message = 'Runway accepted the key, but the organization has no credits left — add credits in the Runway developer portal.';
    throw new ProviderError('insufficient_credit', message, { provider: RUNWAY_NAME, isRetryable: false });
  }
  return { detail: `Runway accepted the key; the organization has ${creditBalance.toLocaleString('en-US')} credits.` };
}
