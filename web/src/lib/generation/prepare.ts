import 'server-only';
import { AppError } from '@/lib/errors';
import { hasDefaultApiKey } from '@/lib/db/queries/api-keys';
import type { Tx } from '@/lib/db/types';
import { estimateCost, type CostEstimate } from '@/lib/providers/pricing';
import type { ModelSpec, ProviderInfo } from '@/lib/providers/provider';
import { getAdapter, getModelOrThrow, getProviderOrThrow } from '@/lib/providers/registry';
import type { CreateGenerationInput } from '@/lib/schemas/generation';

export type PreparedGeneration = {
  provider: ProviderInfo;
  model: ModelSpec;
  parameters: Record<string, unknown>;
  estimate: CostEstimate;
};

/**
 * Checks a request against the catalog and prices it, before anything is written or any
 * provider called: unknown provider or model, a parameter out of range (named), or a
 * provider this user has no key for are 422. An estimate (forRun false) needs no key; a
 * run reads the user's keys in `tx` (under withUser).
 */
export function prepareGeneration(input: CreateGenerationInput, options: { forRun: false }): PreparedGeneration;
export function prepareGeneration(input: CreateGenerationInput, options: { forRun: true; tx: Tx }): Promise<PreparedGeneration>;
export function prepareGeneration(
  input: CreateGenerationInput,
  options: { forRun: false } | { forRun: true; tx: Tx },
): PreparedGeneration | Promise<PreparedGeneration> {
  const provider = getProviderOrThrow(input.provider);
  const model = getModelOrThrow(provider, input.model, input.generationType);
  const parsed = model.parameters.strict().safeParse(input.parameters);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      parameter: issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : ''),
      message: issue.message,
    }));
    const first = issues[0]!;
    throw new AppError(
      'invalid_parameter',
      first.parameter ? `Parameter "${first.parameter}": ${first.message}` : first.message,
      { issues },
    );
  }
  const parameters = parsed.data as Record<string, unknown>;
  const estimate = estimateCost(model, input.prompt, parameters);
  const prepared = { provider, model, parameters, estimate };
  if (!options.forRun) return prepared;
  return assertProviderRunnable(options.tx, provider).then(() => prepared);
}

/** The user has a key for a keyed provider (their default one is what the worker uses), and this server can run it. */
async function assertProviderRunnable(tx: Tx, provider: ProviderInfo): Promise<void> {
  if (!provider.keyless && !(await hasDefaultApiKey(tx, { provider: provider.id }))) {
    throw new AppError('no_key_for_provider', `Add an API key for ${provider.name} in Settings to use it.`, {
      provider: provider.id,
    });
  }
  if (!getAdapter(provider.id)) {
    throw new AppError('provider_not_available', `${provider.name} cannot run on this server yet.`, { provider: provider.id });
  }
}
