'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import type { ApiKey } from '@/lib/schemas/api-key';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { useAnnounce } from '@/hooks/use-announce';
import { requestApi } from '@/hooks/use-api-request';
import { AddKeyDialog } from './add-key-dialog';
import { DeleteKeyDialog } from './delete-key-dialog';
import { keyName, type KeyProvider } from './key-types';
import { ProviderKeysCard } from './provider-keys-card';

type Props = {
  providers: KeyProvider[];
  /** The keys as the server rendered them; every change reloads them from GET /api/keys. */
  initialKeys: ApiKey[];
  /** From ?provider=: the Add key dialog opens for it. */
  openAddFor: string | null;
};

/** The API keys page: every provider with its keys, and the dialogs that add and delete them. */
export function ApiKeysManager({ providers, initialKeys, openAddFor }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const announce = useAnnounce();
  const [keys, setKeys] = useState(initialKeys);
  const [listError, setListError] = useState<string | null>(null);
  const [adding, setAdding] = useState<string | null>(openAddFor);
  const [deleting, setDeleting] = useState<ApiKey | null>(null);
  const [focusTestOf, setFocusTestOf] = useState<string | null>(null);
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const deepLinked = useRef(openAddFor !== null);
  const deletedFrom = useRef<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const keyable = providers.filter((provider) => !provider.keyless);
  const keysOf = useCallback((providerId: string) => keys.filter((key) => key.provider === providerId), [keys]);
  const providerOf = (providerId: string) => providers.find((provider) => provider.id === providerId);

  const reload = useCallback(async () => {
    const result = await requestApi<{ items: ApiKey[] }>('/api/keys');
    if (!result.ok) {
      setListError(`The list of keys could not be refreshed: ${result.error.message}`);
      return;
    }
    setListError(null);
    setKeys(result.data.items);
  }, []);

  useEffect(() => {
    if (!focusTestOf) return;
    const button = listRef.current?.querySelector<HTMLElement>(`[data-key-id="${focusTestOf}"] button`);
    if (!button) return;
    button.focus();
    setFocusTestOf(null);
  }, [focusTestOf, keys]);

  const onChanged = useCallback(
    (message?: string) => {
      if (message) announce(message);
      void reload();
    },
    [announce, reload],
  );

  function closeAdd() {
    setAdding(null);
    // A deep link opened the dialog: drop ?provider= so a reload does not open it again.
    if (deepLinked.current) {
      deepLinked.current = false;
      router.replace(pathname, { scroll: false });
    }
  }

  async function onAdded(key: ApiKey, provider: KeyProvider) {
    announce(`${provider.shortName} key “${keyName(key)}” added${key.isDefault ? ' as the default' : ''}.`);
    await reload();
    // Next step for the new key: testing it.
    setFocusTestOf(key.id);
  }

  const deletingProvider = deleting ? providerOf(deleting.provider) : undefined;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          {keys.length === 0 ? 'No keys yet.' : keys.length === 1 ? '1 key.' : `${keys.length} keys.`} Each provider uses its default
          key.
        </p>
        {keyable.length > 0 ? (
          <Button size="sm" onClick={() => setAdding(keyable.find((provider) => keysOf(provider.id).length === 0)?.id ?? keyable[0]!.id)}>
            <Plus aria-hidden="true" />
            Add a key
          </Button>
        ) : null}
      </div>
      <FormError message={listError ?? undefined} />
      <div ref={listRef} className="grid gap-4">
        {providers.map((provider) => (
          <ProviderKeysCard
            key={provider.id}
            provider={provider}
            keys={keysOf(provider.id)}
            headingRef={(element) => {
              if (element) headings.current.set(provider.id, element);
              else headings.current.delete(provider.id);
            }}
            onAdd={setAdding}
            onChanged={onChanged}
            onDelete={setDeleting}
          />
        ))}
      </div>

      <AddKeyDialog
        providers={keyable}
        providerId={adding}
        keyCount={(providerId) => keysOf(providerId).length}
        onClose={closeAdd}
        onAdded={onAdded}
      />
      <DeleteKeyDialog
        apiKey={deleting}
        providerName={deletingProvider?.shortName ?? deleting?.provider ?? ''}
        hasOtherKeys={deleting ? keysOf(deleting.provider).length > 1 : false}
        onClose={() => setDeleting(null)}
        onDeleted={(key) => {
          deletedFrom.current = key.provider;
          setKeys((current) => current.filter((candidate) => candidate.id !== key.id));
          announce(`${deletingProvider?.shortName ?? key.provider} key “${keyName(key)}” deleted.`);
          void reload();
        }}
        onClosed={(deleted) => {
          // The key and its Delete button are gone: continue from its provider's heading.
          if (deleted && deletedFrom.current) headings.current.get(deletedFrom.current)?.focus();
          deletedFrom.current = null;
        }}
      />
    </div>
  );
}
