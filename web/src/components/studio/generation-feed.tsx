'use client';

import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import type { Generation } from '@/lib/schemas/generation';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { Skeleton } from '@/components/ui/skeleton';
import { AssetLightbox } from '@/components/assets/asset-lightbox';
import { useAssets } from '@/hooks/use-assets';
import { useGenerations } from '@/hooks/use-generations';
import type { GenerationType } from './catalog-types';
import { EmptyState } from './empty-state';
import { GenerationCard } from './generation-card';

export function FeedSkeleton() {
  return (
    <div className="grid gap-4" aria-hidden="true">
      {[0, 1].map((key) => (
        <div key={key} className="grid gap-3 rounded-xl border bg-card p-4">
          <Skeleton className="h-4 w-3/4" />
          <Skeleton className="h-3 w-1/3" />
          <Skeleton className="aspect-video w-full max-w-md rounded-lg" />
        </div>
      ))}
    </div>
  );
}

/** Loads the assets of the given generations into the shared store. */
export function useGenerationAssets(generations: Generation[]) {
  const { assets, hidden, ensure } = useAssets();
  const ids = generations.flatMap((generation) => generation.assetIds).join(',');
  useEffect(() => {
    if (ids) ensure(ids.split(','));
  }, [ids, ensure]);
  return { assets, hidden };
}

type Props = {
  type: GenerationType;
  headingId: string;
  empty: { icon: LucideIcon; title: string; text: ReactNode };
  onRemix: (generation: Generation) => void;
  onRetry: (generation: Generation) => void;
};

/** The tab's generations, newest first, live; images open in the lightbox. */
export function GenerationFeed({ type, headingId, empty, onRemix, onRetry }: Props) {
  const { generations, status, error, reload, hasOlder, loadOlder, loadingOlder } = useGenerations();
  const list = useMemo(() => generations.filter((generation) => generation.generationType === type), [generations, type]);
  const { assets, hidden } = useGenerationAssets(list);
  const [open, setOpen] = useState<number | null>(null);
  const images = useMemo(
    () =>
      list
        .flatMap((generation) => generation.assetIds)
        .map((id) => assets[id])
        .filter((asset): asset is Asset => asset?.type === 'image' && !hidden.has(asset.id)),
    [list, assets, hidden],
  );

  return (
    <section aria-labelledby={headingId} className="grid gap-4">
      <h2 id={headingId} className="text-sm font-semibold">
        Results
        {list.length > 0 ? <span className="ml-1.5 font-normal text-muted-foreground">({list.length})</span> : null}
      </h2>
      {status === 'loading' ? <FeedSkeleton /> : null}
      {status === 'error' ? (
        <div className="grid gap-3">
          <FormError message={`Your generations could not be loaded: ${error}`} />
          <Button variant="outline" size="sm" onClick={reload} className="justify-self-start">
            Try again
          </Button>
        </div>
      ) : null}
      {status === 'ready' && list.length === 0 ? (
        <EmptyState icon={empty.icon} title={hasOlder ? 'None in your latest generations' : empty.title}>
          {empty.text}
        </EmptyState>
      ) : null}
      {list.length > 0 ? (
        <ol className="grid gap-4">
          {list.map((generation, index) => (
            <li key={generation.id}>
              <GenerationCard
                generation={generation}
                priority={index === 0}
                assets={assets}
                hidden={hidden}
                onRemix={onRemix}
                onRetry={onRetry}
                onOpenImage={(asset) => setOpen(images.findIndex((image) => image.id === asset.id))}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {status === 'ready' && hasOlder ? (
        <Button variant="outline" onClick={() => void loadOlder()} pending={loadingOlder} className="justify-self-center">
          {loadingOlder ? 'Loading…' : 'Load older generations'}
        </Button>
      ) : null}
      <AssetLightbox items={images} index={open} onIndexChange={setOpen} onClose={() => setOpen(null)} />
    </section>
  );
}
