'use client';

import type { Ref } from 'react';
import { Plus, WifiOff } from 'lucide-react';
import type { ApiKey } from '@/lib/schemas/api-key';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ApiKeyItem } from './api-key-item';
import { describeTypes, type KeyProvider } from './key-types';

type Props = {
  provider: KeyProvider;
  keys: ApiKey[];
  /** The heading takes focus when the key that had it is deleted. */
  headingRef?: Ref<HTMLHeadingElement>;
  onAdd: (providerId: string) => void;
  onChanged: (message?: string) => void;
  onDelete: (key: ApiKey) => void;
};

function Status({ provider, keys }: { provider: KeyProvider; keys: ApiKey[] }) {
  if (provider.keyless) {
    return (
      <Badge variant="success">
        <WifiOff aria-hidden="true" />
        Works offline, no key
      </Badge>
    );
  }
  if (!provider.available) return <Badge variant="warning">Not available on this server</Badge>;
  if (keys.some((key) => key.isDefault)) return <Badge variant="success">Ready</Badge>;
  return <Badge variant="outline">No key</Badge>;
}

/** One provider: what it makes, its status, its keys, and Add key. */
export function ProviderKeysCard({ provider, keys, headingRef, onAdd, onChanged, onDelete }: Props) {
  const headingId = `provider-${provider.id}-heading`;
  return (
    <section aria-labelledby={headingId} data-provider={provider.id} className="rounded-xl border bg-card p-4 shadow-xs sm:p-5">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="grid min-w-0 gap-1.5">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={headingId} ref={headingRef} tabIndex={-1} className="break-words font-semibold focus:outline-none">
              {provider.name}
            </h3>
            <Status provider={provider} keys={keys} />
          </div>
          {provider.types.length > 0 ? <p className="text-sm text-muted-foreground">{describeTypes(provider.types)}</p> : null}
          {provider.note ? <p className="text-xs text-muted-foreground">{provider.note}</p> : null}
        </div>
        {provider.keyless ? null : (
          <Button variant="outline" size="sm" onClick={() => onAdd(provider.id)} className="self-start">
            <Plus aria-hidden="true" />
            Add key<span className="sr-only"> for {provider.shortName}</span>
          </Button>
        )}
      </div>
      {provider.keyless ? null : keys.length === 0 ? (
        <p className="mt-4 border-t pt-4 text-sm text-muted-foreground">
          No {provider.shortName} key yet: add one to generate with {provider.shortName}.
        </p>
      ) : (
        <ul aria-label={`${provider.shortName} keys`} className="mt-4 divide-y border-t pt-4">
          {keys.map((key) => (
            <ApiKeyItem key={key.id} apiKey={key} provider={provider} onChanged={onChanged} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </section>
  );
}
