'use client';

import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { requestApi } from '@/hooks/use-api-request';
import type { CatalogModel, CatalogProvider, GenerationType } from './catalog-types';

export type CatalogState = {
  status: 'loading' | 'ready' | 'error';
  providers: CatalogProvider[];
  error: string | null;
  reload: () => void;
  /** The providers with at least one model of the type, each with only those models. */
  providersFor: (type: GenerationType) => CatalogProvider[];
  findModel: (providerId: string, modelId: string) => { provider: CatalogProvider; model: CatalogModel } | null;
};

export const CatalogContext = createContext<CatalogState | null>(null);

/** Loads the provider catalog once for the studio; every tab reads it from here. */
export function CatalogProvider({ children }: { children: ReactNode }) {
  const [providers, setProviders] = useState<CatalogProvider[]>([]);
  const [status, setStatus] = useState<CatalogState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    requestApi<{ items: CatalogProvider[] }>('/api/providers', { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      if (result.ok) {
        setProviders(result.data.items);
        setStatus('ready');
        setError(null);
      } else {
        setStatus('error');
        setError(result.error.message);
      }
    });
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => {
    setStatus('loading');
    setAttempt((value) => value + 1);
  }, []);

  const value = useMemo<CatalogState>(() => {
    const providersFor = (type: GenerationType) =>
      providers
        .map((provider) => ({ ...provider, models: provider.models.filter((model) => model.type === type) }))
        .filter((provider) => provider.models.length > 0);
    const findModel = (providerId: string, modelId: string) => {
      const provider = providers.find((candidate) => candidate.id === providerId);
      if (!provider) return null;
      const model = provider.models.find((candidate) => candidate.id === modelId) ?? provider.models.find((candidate) => candidate.freeModelName);
      return model ? { provider, model } : null;
    };
    return { status, providers, error, reload, providersFor, findModel };
  }, [providers, status, error, reload]);

  return <CatalogContext.Provider value={value}>{children}</CatalogContext.Provider>;
}
