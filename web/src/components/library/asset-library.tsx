'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { Heart, LibraryBig, SearchX } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { AssetLightbox } from '@/components/assets/asset-lightbox';
import { EmptyState } from '@/components/studio/empty-state';
import { studioPath } from '@/components/studio/studio-tabs';
import { useAssetPages, type AssetFilters } from '@/hooks/use-asset-pages';
import { useAssets } from '@/hooks/use-assets';
import { AssetTile } from './asset-tile';
import { LibraryToolbar } from './library-toolbar';

const SEARCH_DEBOUNCE_MS = 300;
const GRID = 'grid grid-cols-2 gap-x-3 gap-y-5 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-5';

function GridSkeleton({ count = 10 }: { count?: number }) {
  return (
    <ul className={GRID} aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>
          <Skeleton className="aspect-square w-full rounded-xl" />
          <Skeleton className="mt-2 h-4 w-3/4" />
          <Skeleton className="mt-1 h-3 w-1/2" />
        </li>
      ))}
    </ul>
  );
}

/** Keeps the filters in the address, so a reload or a shared link shows the same view. */
function writeFiltersToUrl(filters: AssetFilters) {
  const url = new URL(window.location.href);
  for (const name of ['type', 'favorites', 'q', 'provider']) url.searchParams.delete(name);
  if (filters.type) url.searchParams.set('type', filters.type);
  if (filters.favorite) url.searchParams.set('favorites', '1');
  if (filters.q) url.searchParams.set('q', filters.q);
  if (filters.provider) url.searchParams.set('provider', filters.provider);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The project's library: every file it made, as a grid that loads more as you scroll,
 * with search, type and favourites filters, and a lightbox with the details.
 */
export function AssetLibrary({ projectId, initialFilters }: { projectId: string; initialFilters: AssetFilters }) {
  const { assets, hidden } = useAssets();
  const [search, setSearch] = useState(initialFilters.q);
  const [filters, setFilters] = useState<AssetFilters>(initialFilters);
  const pages = useAssetPages(projectId, filters);
  const [open, setOpen] = useState<number | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);

  // The search waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((previous) => (previous.q === search ? previous : { ...previous, q: search })), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search]);

  useEffect(() => writeFiltersToUrl(filters), [filters]);

  const visible = useMemo(
    () =>
      pages.ids
        .map((id) => assets[id])
        .filter((asset): asset is Asset => Boolean(asset) && !hidden.has(asset!.id) && (!filters.favorite || asset!.favorite)),
    [pages.ids, assets, hidden, filters.favorite],
  );

  const { hasMore, loadMore, loadingMore, status } = pages;
  // Infinite scroll: the sentinel below the grid asks for the next page well before it shows.
  useEffect(() => {
    const element = sentinel.current;
    if (!element || !hasMore || status !== 'ready') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) loadMore();
    }, { rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasMore, loadMore, status, visible.length]);

  const onNearEnd = useCallback(() => {
    if (hasMore && !loadingMore) loadMore();
  }, [hasMore, loadingMore, loadMore]);

  const filtered = Boolean(filters.type || filters.favorite || filters.q || filters.provider);
  const onlyFavourites = filters.favorite && !filters.q && !filters.type && !filters.provider;
  const clear = () => {
    setSearch('');
    setFilters({ type: null, favorite: false, q: '', provider: null });
  };

  return (
    <section aria-labelledby="library-heading" className="grid gap-5">
      <div className="flex flex-col gap-4">
        <h2 id="library-heading" className="text-lg font-semibold tracking-tight">
          Library
        </h2>
        <LibraryToolbar
          search={search}
          onSearch={setSearch}
          type={filters.type}
          onType={(type) => setFilters((previous) => ({ ...previous, type }))}
          favorite={filters.favorite}
          onFavorite={(favorite) => setFilters((previous) => ({ ...previous, favorite }))}
          provider={filters.provider}
          onProvider={(provider) => setFilters((previous) => ({ ...previous, provider }))}
        />
      </div>

      <div aria-live="polite" className="sr-only">
        {status === 'ready' ? `${visible.length}${hasMore ? ' or more' : ''} ${visible.length === 1 ? 'file' : 'files'} shown.` : ''}
      </div>

      {status === 'loading' ? <GridSkeleton /> : null}
      {status === 'error' ? (
        <div className="grid gap-3">
          <FormError message={`The library could not be loaded: ${pages.error}`} />
          <Button variant="outline" size="sm" onClick={pages.retry} className="justify-self-start">
            Try again
          </Button>
        </div>
      ) : null}

      {status === 'ready' && visible.length === 0 ? (
        filtered ? (
          <EmptyState
            icon={onlyFavourites ? Heart : SearchX}
            title={onlyFavourites ? 'No favourites yet' : 'Nothing matches'}
            action={
              <Button variant="outline" size="sm" onClick={clear}>
                Clear the filters
              </Button>
            }
          >
            {onlyFavourites
              ? 'Press the heart on an image, a track or a clip to keep it here.'
              : 'No file matches these filters. Try other words, another type or another provider.'}
          </EmptyState>
        ) : (
          <EmptyState
            icon={LibraryBig}
            title="Nothing in the library yet"
            action={
              <div className="flex flex-wrap justify-center gap-2">
                <Link href={studioPath(projectId, 'image')} className={buttonVariants({ size: 'sm' })}>
                  Make an image
                </Link>
                <Link href={studioPath(projectId, 'music')} className={buttonVariants({ size: 'sm', variant: 'outline' })}>
                  Compose a track
                </Link>
              </div>
            }
          >
            Everything you generate in this project lands here: images, clips, speech, music and text.
          </EmptyState>
        )
      ) : null}

      {visible.length > 0 ? (
        <ul className={GRID} data-testid="library-grid">
          {visible.map((asset, index) => (
            <li key={asset.id}>
              <AssetTile asset={asset} onOpen={() => setOpen(index)} />
            </li>
          ))}
        </ul>
      ) : null}

      {status === 'ready' && hasMore ? (
        <div ref={sentinel} className="grid justify-items-center gap-3">
          {loadingMore ? <GridSkeleton count={5} /> : null}
          <Button variant="outline" onClick={loadMore} pending={loadingMore}>
            {loadingMore ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      ) : null}
      {pages.error && status === 'ready' ? <FormError message={pages.error} /> : null}

      <AssetLightbox items={visible} index={open} onIndexChange={setOpen} onClose={() => setOpen(null)} onNearEnd={onNearEnd} />
    </section>
  );
}
