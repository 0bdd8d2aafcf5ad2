'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import Link from 'next/link';
import { CheckSquare, Heart, LibraryBig, SearchX } from 'lucide-react';
import { toast } from 'sonner';
import type { Asset } from '@/lib/schemas/asset';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { AssetLightbox } from '@/components/assets/asset-lightbox';
import { EmptyState } from '@/components/studio/empty-state';
import { studioPath } from '@/components/studio/studio-tabs';
import { useAssetPages, type AssetFilters } from '@/hooks/use-asset-pages';
import { useAnnounce } from '@/hooks/use-announce';
import { useAssets } from '@/hooks/use-assets';
import { AssetTile } from './asset-tile';
import { downloadArchive } from './download-archive';
import { LibraryToolbar } from './library-toolbar';
import { SelectionBar } from './selection-bar';
import { useLibrarySelection } from './use-library-selection';

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

/** Escape leaves select mode, unless it is closing something else or editing a field. */
function isOwnEscape(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || event.defaultPrevented) return false;
  const target = event.target instanceof Element ? event.target : null;
  return !target?.closest('input:not([type=checkbox]), textarea, select, [role=dialog], [role=listbox], [role=menu], [data-sonner-toaster]');
}

/**
 * The project's library: every file it made, as a grid that loads more as you scroll,
 * with search, type and favourites filters, and a lightbox with the details. Select mode
 * picks several files to download as one ZIP or delete together (with undo).
 */
export function AssetLibrary({ projectId, initialFilters }: { projectId: string; initialFilters: AssetFilters }) {
  const { assets, hidden, removeMany } = useAssets();
  const announce = useAnnounce();
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
        .filter(
          (asset): asset is Asset => Boolean(asset) && !hidden.has(asset!.id) && (!filters.favorite || asset!.favorite),
        ),
    [pages.ids, assets, hidden, filters.favorite],
  );
  const visibleIds = useMemo(() => visible.map((asset) => asset.id), [visible]);
  const selection = useLibrarySelection(visibleIds);
  const [downloadProgress, setDownloadProgress] = useState<number | null>(null);
  const selectButton = useRef<HTMLButtonElement>(null);

  const { active: selecting, exit: exitSelection } = selection;
  const leaveSelection = useCallback(() => {
    exitSelection();
    // The checkboxes go away: focus the button that comes back to select mode.
    requestAnimationFrame(() => selectButton.current?.focus());
  }, [exitSelection]);

  useEffect(() => {
    if (!selecting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isOwnEscape(event)) leaveSelection();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selecting, leaveSelection]);

  const download = async () => {
    const chosen = visible.filter((asset) => selection.has(asset.id));
    if (chosen.length === 0 || downloadProgress !== null) return;
    setDownloadProgress(0);
    const result = await downloadArchive(
      chosen.map((asset) => asset.id),
      { expectedBytes: chosen.reduce((total, asset) => total + asset.bytes, 0), onProgress: setDownloadProgress },
    );
    setDownloadProgress(null);
    if (result.ok) announce(`Downloaded ${chosen.length} ${chosen.length === 1 ? 'file' : 'files'} as ${result.filename}.`);
    else toast.error('Could not download the zip', { description: result.message });
  };

  const removeSelected = () => {
    const chosen = visible.filter((asset) => selection.has(asset.id));
    if (chosen.length === 0) return;
    removeMany(chosen, { onDeleted: pages.drop });
    leaveSelection();
  };

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
        <div className="flex items-center justify-between gap-3">
          <h2 id="library-heading" className="text-lg font-semibold tracking-tight">
            Library
          </h2>
          {selecting || visible.length > 0 ? (
            <Button
              ref={selectButton}
              variant={selecting ? 'secondary' : 'outline'}
              size="sm"
              onClick={selecting ? leaveSelection : selection.enter}
            >
              <CheckSquare aria-hidden="true" />
              {selecting ? 'Done' : 'Select'}
            </Button>
          ) : null}
        </div>
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
              <AssetTile
                asset={asset}
                onOpen={() => setOpen(index)}
                selection={
                  selecting ? { selected: selection.has(asset.id), onToggle: ({ range }) => selection.toggle(asset.id, { range }) } : undefined
                }
              />
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

      {selecting ? (
        <SelectionBar
          count={selection.ids.length}
          loaded={visible.length}
          downloadProgress={downloadProgress}
          onSelectAll={selection.selectAll}
          onDownload={() => void download()}
          onDelete={removeSelected}
          onClear={selection.clear}
        />
      ) : null}

      <AssetLightbox items={visible} index={open} onIndexChange={setOpen} onClose={() => setOpen(null)} onNearEnd={onNearEnd} />
    </section>
  );
}
