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
  /**
   * The same for several at once: one toast, one Undo, and one request for them all
   * (POST /api/assets/delete) when the time is up; if it fails they all come back.
   */
  removeMany: (assets: readonly Asset[], options?: { onDeleted?: (ids: string[]) => void }) => void;
  added: (ids: string[]) => void;
};

export const AssetsContext = createContext<AssetsState | null>(null);

type PendingDelete = { assets: Asset[]; timer: ReturnType<typeof setTimeout>; onDeleted?: (ids: string[]) => void };

/** “Sunset over the bay” for one, “3 files” for more. */
function describe(assets: readonly Asset[]): string {
  return assets.length === 1 ? `“${promptTitle(assetTitle(assets[0]!.name), 40)}”` : `${assets.length} files`;
}

export function AssetsProvider({ children }: { children: ReactNode }) {
  const announce = useAnnounce();
  const [assets, setAssets] = useState<Record<string, Asset>>({});
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const [version, setVersion] = useState(0);
  const requested = useRef(new Set<string>());
  /** Deletes waiting for their undo window, by toast id. */
  const pending = useRef(new Map<string, PendingDelete>());
  const batches = useRef(0);

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

  const unhide = useCallback((ids: readonly string[]) => {
    setHidden((previous) => {
      const next = new Set(previous);
      for (const id of ids) next.delete(id);
      return next;
    });
  }, []);

  const commit = useCallback(
    async (key: string, options: { keepalive?: boolean } = {}) => {
      const entry = pending.current.get(key);
      if (!entry) return;
      clearTimeout(entry.timer);
      pending.current.delete(key);
      const ids = entry.assets.map((asset) => asset.id);
      const [only] = ids;
      const result =
        ids.length === 1
          ? await requestApi(`/api/assets/${only}`, { method: 'DELETE', keepalive: options.keepalive })
          : await requestApi('/api/assets/delete', { method: 'POST', body: { ids }, keepalive: options.keepalive });
      // One already gone is as good as deleted; a batch is all or nothing.
      if (!result.ok && !(ids.length === 1 && result.error.code === 'not_found')) {
        unhide(ids);
        toast.error(`Could not delete ${describe(entry.assets)}`, { description: result.error.message });
        return;
      }
      setAssets((previous) => {
        const next = { ...previous };
        for (const id of ids) delete next[id];
        return next;
      });
      entry.onDeleted?.(ids);
    },
    [unhide],
  );

  const removeMany = useCallback<AssetsState['removeMany']>(
    (list, options = {}) => {
      const waiting = new Set([...pending.current.values()].flatMap((entry) => entry.assets.map((asset) => asset.id)));
      const chosen = list.filter((asset) => !waiting.has(asset.id));
      if (chosen.length === 0) return;
      const ids = chosen.map((asset) => asset.id);
      batches.current += 1;
      const key = chosen.length === 1 ? `delete-${ids[0]}` : `delete-${batches.current}-${ids[0]}`;
      setHidden((previous) => {
        const next = new Set(previous);
        for (const id of ids) next.add(id);
        return next;
      });
      const timer = setTimeout(() => void commit(key), UNDO_MS);
      pending.current.set(key, { assets: chosen, timer, onDeleted: options.onDeleted });
      const what = describe(chosen);
      toast(`Deleted ${what}`, {
        id: key,
        duration: UNDO_MS,
        action: {
          label: 'Undo',
          onClick: () => {
            const entry = pending.current.get(key);
            if (!entry) return;
            clearTimeout(entry.timer);
            pending.current.delete(key);
            unhide(ids);
            announce(`Restored ${what}.`);
          },
        },
      });
    },
    [commit, unhide, announce],
  );

  const remove = useCallback((asset: Asset) => removeMany([asset]), [removeMany]);

  // Leaving the studio or closing the tab sends the deletes still waiting.
  useEffect(() => {
    const waiting = pending.current;
    const flush = () => {
      for (const key of [...waiting.keys()]) {
        toast.dismiss(key);
        void commit(key, { keepalive: true });
      }
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
    () => ({ assets, hidden, version, put, ensure, toggleFavorite, remove, removeMany, added }),
    [assets, hidden, version, put, ensure, toggleFavorite, remove, removeMany, added],
  );
  return <AssetsContext.Provider value={value}>{children}</AssetsContext.Provider>;
}
