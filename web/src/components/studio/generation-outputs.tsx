'use client';

import { Copy } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import type { Generation } from '@/lib/schemas/generation';
import { Markdown } from '@/components/ui/markdown';
import { Skeleton } from '@/components/ui/skeleton';
import { buttonVariants } from '@/components/ui/button';
import { DeleteButton, DownloadLink, FavoriteButton, ShareButton } from '@/components/assets/asset-actions';
import { aspectOf, contentUrl, previewUrl, responsiveImage } from '@/components/assets/asset-urls';
import { TrackRow, toTrack } from '@/components/player/track-row';
import { useAnnounce } from '@/hooks/use-announce';
import { assetTitle, humanize, promptTitle } from './format';
import { ratioOption } from './schema-fields';

/** The shape the result will have, from the request: width × height, a size or an aspect ratio. */
export function expectedAspect(parameters: Record<string, unknown>, fallback: number): number {
  const { width, height } = parameters;
  if (typeof width === 'number' && typeof height === 'number' && width > 0 && height > 0) return width / height;
  for (const name of ['size', 'aspectRatio', 'aspect_ratio', 'ratio']) {
    const value = parameters[name];
    const option = typeof value === 'string' ? ratioOption(value) : null;
    if (option?.ratio) return option.ratio;
  }
  return fallback;
}

/** How wide a result is shown: as large as fits, with tall ones kept to a screenful. */
export function mediaWidth(ratio: number): string {
  return `min(100%, 36rem, ${Math.round(28 * ratio * 100) / 100}rem)`;
}

/** While a run goes on: a box of the result's shape, so the page does not jump when it lands. */
export function PendingMedia({ generation }: { generation: Generation }) {
  const type = generation.generationType;
  if (type === 'image' || type === 'video') {
    const ratio = expectedAspect(generation.parameters, type === 'video' ? 16 / 9 : 1);
    return <Skeleton className="rounded-lg" style={{ aspectRatio: ratio, width: mediaWidth(ratio) }} />;
  }
  if (type === 'audio' || type === 'music') return <Skeleton className="h-[5.5rem] w-full rounded-xl" />;
  return (
    <div className="grid gap-2">
      <Skeleton className="h-3 w-11/12" />
      <Skeleton className="h-3 w-4/5" />
      <Skeleton className="h-3 w-2/3" />
    </div>
  );
}

function MediaActions({ asset }: { asset: Asset }) {
  return (
    <>
      <FavoriteButton asset={asset} />
      <DownloadLink asset={asset} />
      <ShareButton asset={asset} />
      <DeleteButton asset={asset} />
    </>
  );
}

/** A result card's image is at most 36rem wide (a phone: the screen less the card's padding). */
const RESULT_IMAGE_SIZES = '(min-width: 40rem) 36rem, calc(100vw - 3rem)';

function ImageOutput({ asset, onOpen, priority }: { asset: Asset; onOpen?: (asset: Asset) => void; priority: boolean }) {
  const preview = previewUrl(asset);
  const title = assetTitle(asset.name);
  const ratio = aspectOf(asset);
  const image = responsiveImage(asset, RESULT_IMAGE_SIZES);
  return (
    <figure className="grid gap-1.5" style={{ width: mediaWidth(ratio) }}>
      <button
        type="button"
        onClick={() => onOpen?.(asset)}
        aria-label={`Open image “${title}”`}
        className="relative block w-full overflow-hidden rounded-lg bg-muted bg-cover bg-center focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card"
        style={{ aspectRatio: ratio, backgroundImage: preview && image.srcSet ? `url(${preview})` : undefined }}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- served by our API, sized by its box */}
        <img
          {...image}
          alt={title}
          width={asset.width ?? undefined}
          height={asset.height ?? undefined}
          loading={priority ? 'eager' : 'lazy'}
          fetchPriority={priority ? 'high' : undefined}
          decoding="async"
          className="size-full object-cover"
        />
      </button>
      <figcaption className="flex items-center justify-end gap-0.5">
        <MediaActions asset={asset} />
      </figcaption>
    </figure>
  );
}

function VideoOutput({ asset }: { asset: Asset }) {
  const preview = previewUrl(asset);
  const ratio = aspectOf(asset, 16 / 9);
  return (
    <figure className="grid gap-1.5" style={{ width: mediaWidth(ratio) }}>
      <div className="overflow-hidden rounded-lg bg-black" style={{ aspectRatio: ratio }}>
        <video
          controls
          playsInline
          preload="metadata"
          poster={preview ?? undefined}
          src={contentUrl(asset.id)}
          aria-label={`Video “${assetTitle(asset.name)}”`}
          className="size-full object-contain"
        />
      </div>
      <figcaption className="flex items-center justify-end gap-0.5">
        <MediaActions asset={asset} />
      </figcaption>
    </figure>
  );
}

function TextOutput({ generation, asset }: { generation: Generation; asset?: Asset }) {
  const announce = useAnnounce();
  const text = generation.outputText ?? '';
  return (
    <div className="grid gap-2">
      <Markdown className="rounded-lg bg-muted/40 p-3">{text || '*No text came back.*'}</Markdown>
      <div className="flex items-center justify-end gap-0.5">
        <button
          type="button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              announce('Text copied.');
            } catch {
              announce('Could not copy: select the text and copy it.');
            }
          }}
          aria-label="Copy the text"
          title="Copy the text"
          className={buttonVariants({ variant: 'ghost', size: 'icon', className: 'size-8' })}
        >
          <Copy aria-hidden="true" />
        </button>
        {asset ? <MediaActions asset={asset} /> : null}
      </div>
    </div>
  );
}

/** Tags for a track from its request: genre, mood or voice. */
export function trackTags(parameters: Record<string, unknown>): string[] {
  return ['genre', 'mood', 'voice']
    .filter((name) => typeof parameters[name] === 'string')
    .map((name) => {
      const value = parameters[name] as string;
      // Voice ids are names (the built-in ones are a speaker's initials): shown as they are.
      return name === 'voice' ? `Voice ${value.length <= 4 ? value.toUpperCase() : value}` : humanize(value);
    });
}

/** What a finished run made: images, video, audio with a waveform, or text. */
export function GenerationOutputs({
  generation,
  outputs,
  onOpenImage,
  priority = false,
}: {
  generation: Generation;
  outputs: Asset[];
  onOpenImage?: (asset: Asset) => void;
  /** The newest result on the page: its first image loads first, not lazily. */
  priority?: boolean;
}) {
  if (generation.generationType === 'text') return <TextOutput generation={generation} asset={outputs[0]} />;
  if (outputs.length === 0) {
    return generation.assetIds.length > 0 ? <PendingMedia generation={generation} /> : <p className="text-sm text-muted-foreground">No file to show: it may have been deleted.</p>;
  }
  const title = promptTitle(generation.prompt, 60);
  const tracks = outputs.filter((asset) => asset.type === 'audio').map((asset) => toTrack(asset, title, humanize(generation.generationType)));
  return (
    <div className="flex flex-wrap gap-3">
      {outputs.map((asset, index) => {
        if (asset.type === 'image') return <ImageOutput key={asset.id} asset={asset} onOpen={onOpenImage} priority={priority && index === 0} />;
        if (asset.type === 'video') return <VideoOutput key={asset.id} asset={asset} />;
        if (asset.type === 'audio') {
          return (
            <TrackRow
              key={asset.id}
              track={toTrack(asset, title, humanize(generation.generationType))}
              queue={tracks}
              tags={trackTags(generation.parameters)}
              actions={<MediaActions asset={asset} />}
              className="w-full"
            />
          );
        }
        return null;
      })}
    </div>
  );
}
