import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth/current-user';
import { listApiKeys } from '@/lib/db/queries/api-keys';
import { withUser } from '@/lib/db/with-user';
import type { GenerationType, ProviderInfo } from '@/lib/providers/provider';
import { getAdapter, providers } from '@/lib/providers/registry';
import { PROVIDERS_WITH_OPTIONAL_KEY } from '@/lib/schemas/api-key';
import { ApiKeysManager } from '@/components/settings/api-keys-manager';
import type { KeyProvider } from '@/components/settings/key-types';
import { SettingsHeading } from '@/components/settings/settings-heading';

export const metadata: Metadata = { title: 'API keys' };

/** Providers with no default endpoint, whose keys come with the address of the user's own server (as the vault checks). */
const PROVIDERS_NEEDING_BASE_URL = new Set(['openai-compatible']);

function toKeyProvider(provider: ProviderInfo): KeyProvider {
  return {
    id: provider.id,
    name: provider.name,
    shortName: provider.name.replace(/\s*\(.*\)\s*$/, ''),
    keyless: provider.keyless,
    acceptsBaseUrl: Boolean(provider.acceptsBaseUrl),
    baseUrlRequired: PROVIDERS_NEEDING_BASE_URL.has(provider.id),
    keyOptional: PROVIDERS_WITH_OPTIONAL_KEY.has(provider.id),
    available: Boolean(getAdapter(provider.id)),
    note: provider.note ?? null,
    types: [...new Set<GenerationType>(provider.models.map((model) => model.type))],
  };
}

type Props = { searchParams: Promise<{ provider?: string | string[] }> };

export default async function ApiKeysSettingsPage({ searchParams }: Props) {
  const requested = (await searchParams).provider;
  const requestedId = typeof requested === 'string' ? requested : null;
  const user = await requireUser(requestedId ? `/settings/keys?provider=${encodeURIComponent(requestedId)}` : '/settings/keys');
  const keys = await withUser(user.id, (tx) => listApiKeys(tx));
  const keyProviders = providers.map(toKeyProvider);
  // ?provider=<id> (the studio's "Add a key") opens the Add dialog for it; an unknown or keyless id is ignored.
  const openAddFor = keyProviders.find((provider) => provider.id === requestedId && !provider.keyless)?.id ?? null;
  return (
    <section aria-labelledby="keys-heading">
      <SettingsHeading id="keys-heading" title="API keys">
        Your own keys for the cloud providers, stored encrypted. MediaLab shows only their last four characters, and the built-in
        provider needs none.
      </SettingsHeading>
      <ApiKeysManager providers={keyProviders} initialKeys={keys} openAddFor={openAddFor} />
    </section>
  );
}
