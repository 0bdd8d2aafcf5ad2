'use client';

import { useEffect, useState } from 'react';
import type { DefaultModels } from '@/lib/schemas/settings';
import { requestApi } from './use-api-request';
import { useGenerations } from './use-generations';

export type DefaultModelsState = { status: 'loading' | 'ready'; defaults: DefaultModels };

type Entry = { promise: Promise<DefaultModels>; value?: DefaultModels };

// One request per studio: keyed by the studio's drafts, which live as long as its provider
// does, so every tab shares the answer and a studio opened later (after Settings, or as
// another person) asks again.
const loaded = new WeakMap<object, Entry>();

function load(scope: object): Entry {
  let entry = loaded.get(scope);
  if (!entry) {
    const created: Entry = {
      // Without an answer the studio simply chooses as it would with no defaults.
      promise: requestApi<{ defaults: DefaultModels }>('/api/settings/defaults').then((result) => {
        created.value = result.ok ? result.data.defaults : {};
        return created.value;
      }),
    };
    entry = created;
    loaded.set(scope, entry);
  }
  return entry;
}

/** The user's default provider and model per generation type (Settings → Default models), fetched once per studio. */
export function useDefaultModels(): DefaultModelsState {
  const { drafts } = useGenerations();
  const [state, setState] = useState<DefaultModelsState>(() => {
    const value = loaded.get(drafts)?.value;
    return value ? { status: 'ready', defaults: value } : { status: 'loading', defaults: {} };
  });

  useEffect(() => {
    let live = true;
    void load(drafts).promise.then((defaults) => {
      if (live) setState((previous) => (previous.status === 'ready' ? previous : { status: 'ready', defaults }));
    });
    return () => {
      live = false;
    };
  }, [drafts]);

  return state;
}
