'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Asset } from '@/lib/schemas/asset';
import { requestApi } from './use-api-request';
import { useAssets } from './use-assets';

export type AssetFilters = { type: Asset['type'] | null; favorite: boolean; q: string; provider: string | null };

type Page = { items: Asset[]; nextCursor: string | null };

const PAGE_SIZE = 30;

function listUrl(projectId: string, filters: AssetFilters, cursor?: string): string {
  const query = new URLSearchParams({ projectId, limit: String(PAGE_SIZE) });
  if (filters.type) query.set('type', filters.type);
  if (filters.favorite) query.set('favorite', 'true');
  if (filters.q.trim()) query.set('q', filters.q.trim());
  if (filters.provider) query.set('provider', filters.provider);
  if (cursor) query.set('cursor', cursor);
  return `/api/assets?${query}`;
}

export type AssetPages = {
  ids: string[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  retry: () => void;
  /** Takes deleted assets out of the list. */
  drop: (ids: readonly string[]) => void;
};

/**
 * The project's assets that match the filters, page by page (GET /api/assets, keyset
 * cursor). The assets go to the shared store; this keeps their order. When generations
 * add assets, the first page is asked again and what is new goes on top.
 */
export function useAssetPages(projectId: string, filters: AssetFilters): AssetPages {
  const { put, version } = useAssets();
  const [ids, setIds] = useState<string[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [status, setStatus] = useState<AssetPages['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(filters);
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- new filters: show the loading state until their first page is in
    setStatus('loading');
    void requestApi<Page>(listUrl(projectId, JSON.parse(key) as AssetFilters), { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted || current !== generation.current) return;
      if (!result.ok) {
        setStatus('error');
        setError(result.error.message);
        return;
      }
      put(result.data.items);
      setIds(result.data.items.map((asset) => asset.id));
      setCursor(result.data.nextCursor);
      setStatus('ready');
      setError(null);
    });
    return () => controller.abort();
  }, [projectId, key, attempt, put]);

  // New assets from generations: merge the fresh first page on top of what is loaded.
  const seenVersion = useRef(version);
  useEffect(() => {
    if (version === seenVersion.current) return;
    seenVersion.current = version;
    const controller = new AbortController();
    void requestApi<Page>(listUrl(projectId, JSON.parse(key) as AssetFilters), { signal: controller.signal }).then((result) => {
      if (!result.ok || controller.signal.aborted) return;
      put(result.data.items);
      setIds((previous) => {
        const fresh = result.data.items.map((asset) => asset.id).filter((id) => !previous.includes(id));
        return fresh.length > 0 ? [...fresh, ...previous] : previous;
      });
    });
    return () => controller.abort();
  }, [version, projectId, key, put]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore || status !== 'ready') return;
    const current = generation.current;
    setLoadingMore(true);
    void requestApi<Page>(listUrl(projectId, JSON.parse(key) as AssetFilters, cursor)).then((result) => {
      setLoadingMore(false);
      if (current !== generation.current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      put(result.data.items);
      setIds((previous) => [...previous, ...result.data.items.map((asset) => asset.id).filter((id) => !previous.includes(id))]);
      setCursor(result.data.nextCursor);
      setError(null);
    });
  }, [cursor, loadingMore, status, projectId, key, put]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  const drop = useCallback((gone: readonly string[]) => {
    const set = new Set(gone);
    setIds((previous) => (previous.some((id) => set.has(id)) ? previous.filter((id) => !set.has(id)) : previous));
  }, []);

  return { ids, status, error, hasMore: cursor !== null, loadingMore, loadMore, retry, drop };
}
