'use client';

import { useMemo, useState } from 'react';
import { CircleSlash, Heart, Music, RotateCcw, TriangleAlert, WandSparkles } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import type { Generation } from '@/lib/schemas/generation';
import { Button, buttonVariants } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/components/ui/utils';
import { DeleteButton, DownloadLink, FavoriteButton, ShareButton } from '@/components/assets/asset-actions';
import { TrackCover } from '@/components/player/track-cover';
import { TrackRow, toTrack } from '@/components/player/track-row';
import type { PlayerTrack } from '@/components/player/player-provider';
import { useGenerations } from '@/hooks/use-generations';
import { EmptyState } from './empty-state';
import { useGenerationAssets } from './generation-feed';
import { trackTags } from './generation-outputs';
import { GenerationProgress } from './generation-progress';
import { isActive } from './generations-provider';
import { promptTitle } from './format';

type Props = {
  headingId: string;
  onRemix: (generation: Generation) => void;
  onRetry: (generation: Generation) => void;
};

type Row =
  | { kind: 'track'; generation: Generation; asset: Asset; track: PlayerTrack }
  | { kind: 'loading'; generation: Generation; id: string }
  | { kind: 'running' | 'failed' | 'canceled'; generation: Generation };

function TracksSkeleton() {
  return (
    <div className="grid gap-3" aria-hidden="true">
      {[0, 1, 2].map((key) => (
        <div key={key} className="flex items-center gap-3 rounded-xl border bg-card p-3">
          <Skeleton className="size-14" />
          <div className="grid flex-1 gap-2">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-8 w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** The project's tracks, newest first: runs going, failures to retry, and finished tracks to play. */
export function MusicTracks({ headingId, onRemix, onRetry }: Props) {
  const { generations, status, error, reload, hasOlder, loadOlder, loadingOlder } = useGenerations();
  const music = useMemo(() => generations.filter((generation) => generation.generationType === 'music'), [generations]);
  const { assets, hidden } = useGenerationAssets(music);
  const [favouritesOnly, setFavouritesOnly] = useState(false);

  const rows = useMemo(() => {
    const list: Row[] = [];
    for (const generation of music) {
      if (isActive(generation)) list.push({ kind: 'running', generation });
      else if (generation.status === 'failed') list.push({ kind: 'failed', generation });
      else if (generation.status === 'canceled') list.push({ kind: 'canceled', generation });
      else {
        for (const id of generation.assetIds) {
          const asset = assets[id];
          if (hidden.has(id)) continue;
          if (!asset) {
            list.push({ kind: 'loading', generation, id });
            continue;
          }
          if (asset.type !== 'audio') continue;
          list.push({ kind: 'track', generation, asset, track: toTrack(asset, promptTitle(generation.prompt, 70), trackTags(generation.parameters).join(' · ')) });
        }
      }
    }
    return favouritesOnly ? list.filter((row) => row.kind === 'track' && row.asset.favorite) : list;
  }, [music, assets, hidden, favouritesOnly]);
  const queue = rows.flatMap((row) => (row.kind === 'track' ? [row.track] : []));

  return (
    <section aria-labelledby={headingId} className="grid min-w-0 gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight">
          Tracks
          {queue.length > 0 ? <span className="ml-1.5 text-sm font-normal text-muted-foreground">({queue.length})</span> : null}
        </h2>
        <button
          type="button"
          aria-pressed={favouritesOnly}
          onClick={() => setFavouritesOnly((value) => !value)}
          className={cn(
            buttonVariants({ variant: 'outline', size: 'sm' }),
            favouritesOnly && 'border-rose-500/50 bg-rose-500/10 text-rose-600 hover:bg-rose-500/15 dark:text-rose-400',
          )}
        >
          <Heart aria-hidden="true" className={cn(favouritesOnly && 'fill-current')} />
          Favourites only
        </button>
      </div>

      {status === 'loading' ? <TracksSkeleton /> : null}
      {status === 'error' ? (
        <div className="grid gap-3">
          <FormError message={`Your tracks could not be loaded: ${error}`} />
          <Button variant="outline" size="sm" onClick={reload} className="justify-self-start">
            Try again
          </Button>
        </div>
      ) : null}
      {status === 'ready' && rows.length === 0 ? (
        favouritesOnly ? (
          <EmptyState
            icon={Heart}
            title="No favourite tracks yet"
            action={
              <Button variant="outline" size="sm" onClick={() => setFavouritesOnly(false)}>
                Show all tracks
              </Button>
            }
          >
            Press the heart on a track to keep it here.
          </EmptyState>
        ) : (
          <EmptyState icon={Music} title="No tracks yet">
            Describe a track, pick a genre and a mood, and press Generate. The built-in composer writes it on this server, free.
          </EmptyState>
        )
      ) : null}

      {rows.length > 0 ? (
        <ol className="grid gap-3">
          {rows.map((row) => {
            const { generation } = row;
            if (row.kind === 'loading') {
              return (
                <li key={row.id}>
                  <Skeleton className="h-[7.25rem] w-full rounded-xl sm:h-[5.5rem]" />
                </li>
              );
            }
            if (row.kind === 'track') {
              return (
                <li key={row.asset.id}>
                  <TrackRow
                    track={row.track}
                    queue={queue}
                    tags={trackTags(generation.parameters)}
                    actions={
                      <>
                        <FavoriteButton asset={row.asset} />
                        <DownloadLink asset={row.asset} />
                        <ShareButton asset={row.asset} />
                        <button
                          type="button"
                          onClick={() => onRemix(generation)}
                          aria-label={`Remix ${row.track.title}`}
                          title="Remix: use these settings"
                          className={buttonVariants({ variant: 'ghost', size: 'icon', className: 'size-8' })}
                        >
                          <WandSparkles aria-hidden="true" />
                        </button>
                        <DeleteButton asset={row.asset} />
                      </>
                    }
                  />
                </li>
              );
            }
            const title = promptTitle(generation.prompt, 70);
            return (
              <li key={generation.id}>
                <div className="flex items-start gap-3 rounded-xl border bg-card p-3 shadow-xs" data-testid="track-pending" data-status={generation.status}>
                  <TrackCover id={generation.id} className={cn('size-14', row.kind === 'running' ? 'animate-pulse' : 'opacity-50 grayscale')} iconClassName="size-5" />
                  <div className="grid min-w-0 flex-1 gap-2">
                    <p className="truncate text-sm font-medium">{title}</p>
                    {row.kind === 'running' ? <GenerationProgress generation={generation} /> : null}
                    {row.kind === 'failed' ? (
                      <p className="flex gap-1.5 text-sm text-destructive">
                        <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                        {generation.error?.message ?? 'The track could not be made.'}
                      </p>
                    ) : null}
                    {row.kind === 'canceled' ? (
                      <p className="flex items-center gap-1.5 text-sm text-muted-foreground">
                        <CircleSlash aria-hidden="true" className="size-4" />
                        Cancelled.
                      </p>
                    ) : null}
                    {row.kind !== 'running' ? (
                      <div className="flex flex-wrap gap-2">
                        <Button size="sm" variant="outline" onClick={() => onRetry(generation)} className="h-8">
                          <RotateCcw aria-hidden="true" />
                          {row.kind === 'failed' ? 'Try again' : 'Run again'}
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => onRemix(generation)} className="h-8">
                          Change the settings
                        </Button>
                      </div>
                    ) : null}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}

      {status === 'ready' && hasOlder ? (
        <Button variant="outline" onClick={() => void loadOlder()} pending={loadingOlder} className="justify-self-center">
          {loadingOlder ? 'Loading…' : 'Load older tracks'}
        </Button>
      ) : null}
    </section>
  );
}
