'use client';

import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import type { Asset } from '@/lib/schemas/asset';
import { requestApi } from '@/hooks/use-api-request';
import { useAnnounce } from '@/hooks/use-announce';
import { assetTitle, promptTitle } from './format';

/** How long a deleted file can be brought back before the DELETE is sent. */
export const UNDO_MS = 6000;

export type AssetsState = {
  /** Every asset the studio has seen, by id, with its latest favourite state. */
  assets: Readonly<Record<string, Asset>>;
  /** Deleted, waiting for the undo window to pass: hidden everywhere. */
  hidden: ReadonlySet<string>;
  /** Goes up when generations add new assets (lists refresh their first page). */
  version: number;
  put: (assets: Asset[]) => void;
  /** Loads the assets not seen yet. */
  ensure: (ids: string[]) => void;
  toggleFavorite: (asset: Asset) => Promise<void>;
  /** Hides the asset and offers Undo; the DELETE goes out when the toast's time is up. */
  remove: (asset: Asset) => void;
  added: (ids: string[]) => void;
};

export const AssetsContext = createContext<AssetsState | null>(null);

type PendingDelete = { asset: Asset; timer: ReturnType<typeof setTimeout> };

export function AssetsProvider({ children }: { children: ReactNode }) {
  const announce = useAnnounce();
  const [assets, setAssets] = useState<Record<string, Asset>>({});
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [version, setVersion] = useState(0);
  const requested = useRef(new Set<string>());
  const pending = useRef(new Map<string, PendingDelete>());

  const put = useCallback((list: Asset[]) => {
    if (list.length === 0) return;
    setAssets((previous) => {
      const next = { ...previous };
      for (const asset of list) next[asset.id] = asset;
      return next;
    });
  }, []);

  const ensure = useCallback(
    (ids: string[]) => {
      const missing = ids.filter((id) => !requested.current.has(id));
      for (const id of missing) requested.current.add(id);
      for (const id of missing) {
        void requestApi<{ asset: Asset }>(`/api/assets/${id}`).then((result) => {
          if (result.ok) put([result.data.asset]);
          // A failed load may be tried again by the next list that needs it.
          else if (result.error.status !== 404) requested.current.delete(id);
        });
      }
    },
    [put],
  );

  const unhide = useCallback((id: string) => {
    setHidden((previous) => {
      const next = new Set(previous);
      next.delete(id);
      return next;
    });
  }, []);

  const commit = useCallback(
    async (id: string, options: { keepalive?: boolean } = {}) => {
      const entry = pending.current.get(id);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.current.delete(id);
      const result = await requestApi(`/api/assets/${id}`, { method: 'DELETE', keepalive: options.keepalive });
      if (!result.ok && result.error.code !== 'not_found') {
        unhide(id);
        toast.error(`Could not delete “${promptTitle(assetTitle(entry.asset.name), 40)}”`, { description: result.error.message });
        return;
      }
      setAssets((previous) => {
        const next = { ...previous };
        delete next[id];
        return next;
      });
    },
    [unhide],
  );

  const remove = useCallback(
    (asset: Asset) => {
      if (pending.current.has(asset.id)) return;
      setHidden((previous) => new Set(previous).add(asset.id));
      const timer = setTimeout(() => void commit(asset.id), UNDO_MS);
      pending.current.set(asset.id, { asset, timer });
      const name = promptTitle(assetTitle(asset.name), 40);
      toast(`Deleted “${name}”`, {
        id: `delete-${asset.id}`,
        duration: UNDO_MS,
        action: {
          label: 'Undo',
          onClick: () => {
            const entry = pending.current.get(asset.id);
            if (!entry) return;
            clearTimeout(entry.timer);
            pending.current.delete(asset.id);
            unhide(asset.id);
            announce(`Restored “${name}”.`);
          },
        },
      });
    },
    [commit, unhide, announce],
  );

  // Leaving the studio or closing the tab sends the deletes still waiting.
  useEffect(() => {
    const waiting = pending.current;
    const flush = () => {
      for (const id of [...waiting.keys()]) void commit(id, { keepalive: true });
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [commit]);

  const toggleFavorite = useCallback(
    async (asset: Asset) => {
      const favorite = !asset.favorite;
      put([{ ...asset, favorite }]);
      const result = await requestApi<{ asset: Asset }>(`/api/assets/${asset.id}`, { method: 'PATCH', body: { favorite } });
      if (!result.ok) {
        put([asset]);
        toast.error('Could not change the favourite', { description: result.error.message });
        return;
      }
      put([result.data.asset]);
      announce(favorite ? 'Added to favourites.' : 'Removed from favourites.');
    },
    [put, announce],
  );

  const added = useCallback(
    (ids: string[]) => {
      if (ids.length === 0) return;
      ensure(ids);
      setVersion((value) => value + 1);
    },
    [ensure],
  );

  const value = useMemo<AssetsState>(
    () => ({ assets, hidden, version, put, ensure, toggleFavorite, remove, added }),
    [assets, hidden, version, put, ensure, toggleFavorite, remove, added],
  );
  return <AssetsContext.Provider value={value}>{children}</AssetsContext.Provider>;
}
