'use client';

import { useId } from 'react';
import { Check, FileText, Pause, Play } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { cn } from '@/components/ui/utils';
import { LocalTime } from '@/components/local-time';
import { FavoriteButton } from '@/components/assets/asset-actions';
import { previewUrl } from '@/components/assets/asset-urls';
import { resamplePeaks } from '@/components/player/waveform';
import { TrackCover } from '@/components/player/track-cover';
import { toTrack } from '@/components/player/track-row';
import { assetTitle, formatClock, humanize } from '@/components/studio/format';
import { usePlayer } from '@/hooks/use-player';

function AudioFace({ asset }: { asset: Asset }) {
  const bars = resamplePeaks(asset.peaks, 40);
  return (
    <div className="relative flex size-full flex-col justify-between p-3">
      <TrackCover id={asset.id} className="absolute inset-0 size-full rounded-none opacity-90" iconClassName="opacity-0" />
      <span className="relative self-start rounded-full bg-black/30 px-2 py-0.5 text-[11px] font-medium text-white backdrop-blur">Audio</span>
      <div aria-hidden="true" className="relative flex h-1/3 items-center gap-[2px]">
        {bars.map((height, index) => (
          <span key={index} className="min-w-px flex-1 rounded-full bg-white/85" style={{ height: `${Math.round(height * 100)}%` }} />
        ))}
      </div>
    </div>
  );
}

function Face({ asset }: { asset: Asset }) {
  const preview = previewUrl(asset);
  if ((asset.type === 'image' || asset.type === 'video') && preview) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- thumbnails from our API, in a fixed square
      <img src={preview} alt="" loading="lazy" decoding="async" className="size-full object-cover transition-transform duration-300 group-hover:scale-[1.03]" />
    );
  }
  if (asset.type === 'audio') return <AudioFace asset={asset} />;
  return (
    <div className="flex size-full flex-col items-center justify-center gap-2 text-muted-foreground">
      <FileText aria-hidden="true" className="size-8" />
      <span className="text-xs font-medium">{asset.type === 'text' ? 'Text' : humanize(asset.type)}</span>
    </div>
  );
}

const FACE =
  'relative block aspect-square w-full overflow-hidden rounded-xl border bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background';

function Badges({ asset }: { asset: Asset }) {
  if (asset.type === 'video') {
    return (
      <span className="absolute bottom-2 left-2 inline-flex items-center gap-1 rounded-full bg-black/60 px-2 py-0.5 text-[11px] font-medium text-white">
        <Play aria-hidden="true" className="size-3 fill-current" />
        {formatClock(asset.durationSeconds)}
      </span>
    );
  }
  if (asset.type === 'audio') {
    return (
      <span className="absolute bottom-2 left-2 rounded-full bg-black/40 px-2 py-0.5 text-[11px] font-medium tabular-nums text-white">
        {formatClock(asset.durationSeconds)}
      </span>
    );
  }
  return null;
}

/** Select mode: what the tile needs to show and change its checkbox. */
export type TileSelection = { selected: boolean; onToggle: (options: { range: boolean }) => void };

/**
 * In select mode the face is the checkbox's label, so a click anywhere on it toggles; the
 * checkbox itself is what the keyboard reaches (Space toggles). Shift extends the selection.
 */
function SelectableFace({ asset, title, selection }: { asset: Asset; title: string; selection: TileSelection }) {
  const id = useId();
  return (
    <>
      <label
        htmlFor={id}
        onClick={(event) => {
          // Toggled here rather than through the checkbox's click, to know about Shift.
          event.preventDefault();
          selection.onToggle({ range: event.shiftKey });
        }}
        className={cn(FACE, 'cursor-pointer select-none', selection.selected && 'ring-2 ring-primary ring-offset-2 ring-offset-background')}
      >
        <Face asset={asset} />
        <Badges asset={asset} />
        <span aria-hidden="true" className={cn('absolute inset-0 transition-colors', selection.selected ? 'bg-primary/20' : 'group-hover:bg-black/10')} />
      </label>
      <span className="absolute right-2 top-2 flex size-6 items-center justify-center">
        <input
          id={id}
          type="checkbox"
          checked={selection.selected}
          onChange={(event) => {
            const native = event.nativeEvent as Partial<MouseEvent>;
            selection.onToggle({ range: native.shiftKey === true });
          }}
          aria-label={`Select ${title}`}
          className="peer size-6 cursor-pointer appearance-none rounded-md border-2 border-white bg-black/35 shadow-sm backdrop-blur transition-colors checked:border-primary checked:bg-primary focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
        />
        <Check aria-hidden="true" strokeWidth={3} className="pointer-events-none absolute size-4 text-primary-foreground opacity-0 peer-checked:opacity-100" />
      </span>
    </>
  );
}

/**
 * One asset in the library grid: a square face (thumbnail, poster or waveform) that opens
 * the lightbox, a heart, and for audio a play button for the player bar. In select mode
 * (`selection` given) it is a checkbox instead.
 */
export function AssetTile({ asset, onOpen, selection }: { asset: Asset; onOpen: () => void; selection?: TileSelection }) {
  const player = usePlayer();
  const title = assetTitle(asset.name);
  const track = asset.type === 'audio' ? toTrack(asset, title) : null;
  const playing = track !== null && player.track?.id === track.id && player.playing;
  return (
    <div
      className="group"
      data-testid="asset-tile"
      data-asset-id={asset.id}
      data-type={asset.type}
      data-selected={selection ? String(selection.selected) : undefined}
    >
      <div className="relative">
        {selection ? (
          <SelectableFace asset={asset} title={title} selection={selection} />
        ) : (
          <>
            <button type="button" onClick={onOpen} aria-label={`Open ${title}`} className={FACE}>
              <Face asset={asset} />
              <Badges asset={asset} />
            </button>
            <FavoriteButton
              asset={asset}
              className={cn(
                'absolute right-1.5 top-1.5 bg-card/90 shadow-sm backdrop-blur hover:bg-card',
                !asset.favorite && 'opacity-0 focus-visible:opacity-100 group-focus-within:opacity-100 group-hover:opacity-100 [@media(hover:none)]:opacity-100',
              )}
            />
            {track ? (
              <button
                type="button"
                onClick={() => player.toggle(track, [track])}
                aria-label={playing ? `Pause ${title}` : `Play ${title}`}
                className="absolute bottom-2 right-2 flex size-9 items-center justify-center rounded-full bg-white/95 text-black shadow-md hover:scale-105 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {playing ? <Pause aria-hidden="true" className="size-4 fill-current" /> : <Play aria-hidden="true" className="ml-0.5 size-4 fill-current" />}
              </button>
            ) : null}
          </>
        )}
      </div>
      <p className="mt-1.5 truncate text-sm font-medium" title={title}>
        {title}
      </p>
      <p className="text-xs text-muted-foreground">
        {humanize(asset.type)} · <LocalTime iso={asset.createdAt} format="relative" />
      </p>
    </div>
  );
}
