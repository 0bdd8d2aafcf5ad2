'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ChevronLeft, ChevronRight, FileText, X } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { Markdown } from '@/components/ui/markdown';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/components/ui/utils';
import { TrackRow, toTrack } from '@/components/player/track-row';
import { assetTitle } from '@/components/studio/format';
import { AssetDetails } from './asset-details';
import { aspectOf, contentUrl, previewUrl } from './asset-urls';

/** A text asset's Markdown, fetched when it is shown. */
function TextContent({ asset }: { asset: Asset }) {
  const [text, setText] = useState<{ id: string; value: string | null } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(contentUrl(asset.id), { signal: controller.signal, credentials: 'same-origin' })
      .then((response) => (response.ok ? response.text() : null))
      .then((value) => setText({ id: asset.id, value }))
      .catch(() => {
        if (!controller.signal.aborted) setText({ id: asset.id, value: null });
      });
    return () => controller.abort();
  }, [asset.id]);
  if (text?.id !== asset.id) return <Skeleton className="h-40 w-full max-w-2xl" />;
  if (text.value === null) return <p className="text-sm">The text could not be loaded. Download it instead.</p>;
  return <Markdown className="max-h-full w-full max-w-2xl overflow-y-auto rounded-lg bg-card p-5 text-card-foreground">{text.value}</Markdown>;
}

function Stage({ asset }: { asset: Asset }) {
  const title = assetTitle(asset.name);
  if (asset.type === 'image') {
    const preview = asset.hasPreview ? previewUrl(asset) : null;
    return (
      // width and height reserve the image's box before it loads; the thumbnail fills it meanwhile.
      // eslint-disable-next-line @next/next/no-img-element -- the original, served by our API
      <img
        key={asset.id}
        src={contentUrl(asset.id)}
        alt={title}
        width={asset.width ?? undefined}
        height={asset.height ?? undefined}
        className="max-h-full max-w-full bg-contain bg-center bg-no-repeat object-contain"
        style={preview ? { backgroundImage: `url(${preview})` } : undefined}
      />
    );
  }
  if (asset.type === 'video') {
    return (
      <video
        key={asset.id}
        controls
        playsInline
        autoPlay
        poster={previewUrl(asset) ?? undefined}
        src={contentUrl(asset.id)}
        aria-label={`Video “${title}”`}
        className="max-h-full max-w-full bg-black"
        style={{ aspectRatio: aspectOf(asset, 16 / 9) }}
      />
    );
  }
  if (asset.type === 'audio') {
    const track = toTrack(asset, title);
    return <TrackRow track={track} queue={[track]} className="w-full max-w-2xl bg-card text-card-foreground" />;
  }
  return (
    <div className="flex h-full w-full flex-col items-center justify-center gap-3">
      <FileText aria-hidden="true" className="sr-only" />
      <TextContent asset={asset} />
    </div>
  );
}

type Props = {
  items: Asset[];
  /** The open item; null keeps the lightbox closed. */
  index: number | null;
  onIndexChange: (index: number) => void;
  onClose: () => void;
  /** Reached the last loaded item: load more if there are. */
  onNearEnd?: () => void;
};

/**
 * A full-screen view of one asset with its details. ← and → move through the list (not
 * while a field, a player or a slider has focus), Escape closes; it is a native modal
 * dialog, so focus stays inside and returns to the opener.
 */
export function AssetLightbox({ items, index, onIndexChange, onClose, onNearEnd }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const open = index !== null && items[index] !== undefined;
  const asset = open ? items[index!]! : null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (open && index !== null && index >= items.length - 2) onNearEnd?.();
  }, [open, index, items.length, onNearEnd]);

  const hasPrevious = index !== null && index > 0;
  const hasNext = index !== null && index < items.length - 1;

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (index === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, video, audio, [role="slider"], [contenteditable="true"]')) return;
    if (event.key === 'ArrowLeft' && hasPrevious) {
      event.preventDefault();
      onIndexChange(index - 1);
    } else if (event.key === 'ArrowRight' && hasNext) {
      event.preventDefault();
      onIndexChange(index + 1);
    }
  }

  const topButton =
    'inline-flex size-9 items-center justify-center rounded-full hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-white disabled:opacity-30';
  const navButton = 'absolute top-1/2 z-10 hidden size-11 -translate-y-1/2 items-center justify-center rounded-full bg-black/50 sm:flex text-white backdrop-blur hover:bg-black/70 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-white disabled:opacity-30';

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      aria-modal="true"
      onClose={() => {
        if (open) onClose();
      }}
      onKeyDown={onKeyDown}
      className="fixed inset-0 m-0 h-dvh max-h-none w-screen max-w-none overflow-hidden bg-background p-0 text-foreground backdrop:bg-black/80"
      data-testid="lightbox"
    >
      {asset ? (
        <div className="flex h-full flex-col lg:flex-row">
          <div className="relative flex min-h-0 flex-1 flex-col bg-neutral-950 text-white">
            <div className="flex items-center justify-between gap-2 px-3 py-2">
              <div className="flex items-center gap-1">
                <button type="button" onClick={() => onIndexChange(index! - 1)} disabled={!hasPrevious} aria-label="Previous" className={cn(topButton, 'sm:hidden')}>
                  <ChevronLeft aria-hidden="true" className="size-5" />
                </button>
                <p className="px-1 text-sm text-white/80" aria-live="polite">
                  {index! + 1} of {items.length}
                </p>
                <button type="button" onClick={() => onIndexChange(index! + 1)} disabled={!hasNext} aria-label="Next" className={cn(topButton, 'sm:hidden')}>
                  <ChevronRight aria-hidden="true" className="size-5" />
                </button>
              </div>
              <button
                type="button"
                onClick={onClose}
                className="inline-flex size-10 items-center justify-center rounded-full hover:bg-white/10 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-white"
                aria-label="Close"
              >
                <X aria-hidden="true" className="size-5" />
              </button>
            </div>
            <div className={cn('flex min-h-0 flex-1 items-center justify-center px-4 pb-4 sm:px-16')}>
              <Stage asset={asset} />
            </div>
            <button type="button" onClick={() => onIndexChange(index! - 1)} disabled={!hasPrevious} aria-label="Previous" className={cn(navButton, 'left-4')}>
              <ChevronLeft aria-hidden="true" className="size-6" />
            </button>
            <button type="button" onClick={() => onIndexChange(index! + 1)} disabled={!hasNext} aria-label="Next" className={cn(navButton, 'right-4')}>
              <ChevronRight aria-hidden="true" className="size-6" />
            </button>
          </div>
          <aside aria-label="Details" className="max-h-[45dvh] shrink-0 overflow-y-auto border-t bg-card text-card-foreground lg:max-h-none lg:w-96 lg:border-l lg:border-t-0">
            <AssetDetails key={asset.id} asset={asset} headingId={headingId} onBeforeDelete={onClose} />
          </aside>
        </div>
      ) : null}
    </dialog>
  );
}
