import { z } from 'zod';
import { withUser } from '@/lib/db/with-user';
import { listProvidersWithApiKeys } from '@/lib/db/queries/api-keys';
import { listProviderHealth } from '@/lib/db/queries/provider-health';
import { json, withSession } from '@/lib/http';
import { getAdapter, providers } from '@/lib/providers/registry';

/** Every supported provider, configured or not, with models, parameter schemas and prices. */
export const GET = withSession(async ({ user }) => {
  const { health, withKeys } = await withUser(user.id, async (tx) => ({
    health: await listProviderHealth(tx),
    withKeys: await listProvidersWithApiKeys(tx),
  }));
  return json({
    items: providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      configured: provider.keyless || withKeys.has(provider.id),
      available: Boolean(getAdapter(provider.id)),
      keyless: provider.keyless,
      acceptsBaseUrl: Boolean(provider.acceptsBaseUrl),
      ...(provider.note ? { note: provider.note } : {}),
      health: health.get(provider.id) ?? { status: 'healthy', lastError: null },
      models: provider.models.map((model) => {
        const schema = z.toJSONSchema(model.parameters, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
        delete schema.$schema;
        return {
          id: model.id,
          type: model.type,
          name: model.name,
          ...(model.description ? { description: model.description } : {}),
          freeModelName: Boolean(model.freeModelName),
          execution: model.execution,
          parameters: schema,
          pricing: model.pricing,
        };
      }),
    })),
  });
});
