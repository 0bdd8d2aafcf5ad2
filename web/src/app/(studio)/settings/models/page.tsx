import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { listProvidersWithApiKeys } from '@/lib/db/queries/api-keys';
import { getDefaultModels } from '@/lib/db/queries/preferences';
import { withUser } from '@/lib/db/with-user';
import { GENERATION_TYPES, type GenerationType } from '@/lib/providers/provider';
import { getAdapter, providers } from '@/lib/providers/registry';
import { defaultModelsInCatalog } from '@/lib/schemas/settings';
import { describePricing } from '@/components/studio/catalog-types';
import { DefaultModelsForm } from '@/components/settings/default-models-form';
import type { DefaultModelChoices } from '@/components/settings/default-model-types';
import { SettingsHeading } from '@/components/settings/settings-heading';

export const metadata: Metadata = { title: 'Default models' };

function choicesFor(type: GenerationType, withKeys: Set<string>): DefaultModelChoices {
  return {
    type,
    providers: providers
      .filter((provider) => provider.models.some((model) => model.type === type))
      .map((provider) => ({
        id: provider.id,
        name: provider.name,
        configured: provider.keyless || withKeys.has(provider.id),
        available: Boolean(getAdapter(provider.id)),
        keyless: provider.keyless,
        models: provider.models
          .filter((model) => model.type === type)
          .map((model) => ({
            id: model.id,
            name: model.name,
            description: model.description ?? null,
            price: describePricing(model.pricing as Record<string, unknown>),
          })),
      })),
  };
}

export default async function DefaultModelsSettingsPage() {
  const user = await requireUser('/settings/models');
  const { stored, withKeys } = await withUser(user.id, async (tx) => ({
    stored: await getDefaultModels(tx),
    withKeys: await listProvidersWithApiKeys(tx),
  }));
  return (
    <section aria-labelledby="models-heading">
      <SettingsHeading id="models-heading" title="Default models">
        The provider and model a studio tab starts with; without one, the studio picks the first provider that can run. Once you
        pick another model in a tab, the studio remembers that choice on this device instead.
      </SettingsHeading>
      <DefaultModelsForm
        choices={GENERATION_TYPES.map((type) => choicesFor(type, withKeys))}
        initial={defaultModelsInCatalog(providers, stored)}
      />
    </section>
  );
}
