import 'server-only';
import { AppError } from '@/lib/errors';
import { builtinAdapter } from './builtin/builtin-adapter';
import { anthropicAdapter } from './anthropic';
import { elevenlabsAdapter } from './elevenlabs';
import { getEnv } from '@/lib/env';
import { createFalAdapter } from './fal';
import { googleAdapter } from './google';
import { openaiAdapter } from './openai';
import { openaiCompatibleAdapter } from './openai-compatible';
import { runwayAdapter } from './runway';
import { builtinProvider } from './catalog/builtin';
import { cloudProviders } from './catalog/cloud';
import type { ModelSpec, ProviderAdapter, ProviderInfo } from './provider';

/** Every provider MediaLab supports, configured or not. */
export const providers: ProviderInfo[] = [builtinProvider, ...cloudProviders];

export function getProviderOrThrow(id: string): ProviderInfo {
  const provider = providers.find((candidate) => candidate.id === id);
  if (!provider) {
    throw new AppError('unknown_provider', `Unknown provider "${id}".`, { field: 'provider', known: providers.map((p) => p.id) });
  }
  return provider;
}

/** The model spec; a free-text model name (OpenAI-compatible) resolves to its template. */
export function getModelOrThrow(provider: ProviderInfo, modelId: string, type: string): ModelSpec {
  const model =
    provider.models.find((candidate) => candidate.id === modelId) ??
    provider.models.find((candidate) => candidate.freeModelName && candidate.type === type);
  if (!model) {
    throw new AppError('unknown_model', `Provider "${provider.id}" has no model "${modelId}".`, {
      field: 'model',
      known: provider.models.map((m) => m.id),
    });
  }
  if (model.type !== type) {
    throw new AppError('unknown_model', `Model "${modelId}" makes ${model.type}, not ${type}.`, { field: 'generationType' });
  }
  return model;
}

let falAdapter: ProviderAdapter | undefined;

/** The adapter that runs a provider's models, if this server has one. */
export function getAdapter(providerId: string): ProviderAdapter | undefined {
  switch (providerId) {
    case 'builtin':
      return builtinAdapter;
    case 'anthropic':
      return anthropicAdapter;
    case 'elevenlabs':
      return elevenlabsAdapter;
    case 'runway':
      return runwayAdapter;
    case 'fal':
      // With a public URL fal also calls our webhook when a request finishes.
      return (falAdapter ??= createFalAdapter({ publicAppUrl: getEnv().NEXT_PUBLIC_APP_URL }));
    case 'google':
      return googleAdapter;
    case 'openai':
      return openaiAdapter;
    case 'openai-compatible':
      return openaiCompatibleAdapter;
    default:
      // Cloud adapters arrive with the provider-keys work; their models are listed already.
      return undefined;
  }
}
