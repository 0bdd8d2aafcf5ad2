'use client';

import type { ReactNode } from 'react';
import { Pause, Play } from 'lucide-react';
import type { Asset } from '@/lib/schemas/asset';
import { cn } from '@/components/ui/utils';
import { contentUrl } from '@/components/assets/asset-urls';
import { formatClock } from '@/components/studio/format';
import { usePlayer } from '@/hooks/use-player';
import type { PlayerTrack } from './player-provider';
import { TrackCover } from './track-cover';
import { Waveform } from './waveform';

export function toTrack(asset: Asset, title: string, subtitle?: string): PlayerTrack {
  return { id: asset.id, title, subtitle, src: contentUrl(asset.id), durationSeconds: asset.durationSeconds, peaks: asset.peaks };
}

type TrackRowProps = {
  track: PlayerTrack;
  /** What Next and Previous move through once this track plays. */
  queue: PlayerTrack[];
  tags?: string[];
  /** Buttons for the track: favourite, download, share… */
  actions?: ReactNode;
  className?: string;
};

/** A track: cover with play/pause, title and tags, a waveform to seek in, and its actions. */
export function TrackRow({ track, queue, tags = [], actions, className }: TrackRowProps) {
  const player = usePlayer();
  const current = player.track?.id === track.id;
  const playing = current && player.playing;
  const duration = current && player.duration > 0 ? player.duration : (track.durationSeconds ?? 0);
  return (
    <div
      data-testid="track"
      data-track-id={track.id}
      className={cn(
        'grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3 gap-y-2 rounded-xl border bg-card p-3 shadow-xs transition-colors sm:grid-cols-[auto_minmax(0,1fr)_auto]',
        current && 'border-primary/50 bg-accent/40',
        className,
      )}
    >
      <div className="relative sm:row-span-2">
        <TrackCover id={track.id} className="size-14" iconClassName="size-5" />
        <button
          type="button"
          onClick={() => player.toggle(track, queue)}
          aria-label={playing ? `Pause ${track.title}` : `Play ${track.title}`}
          className="absolute inset-0 flex items-center justify-center rounded-md bg-black/25 text-white opacity-100 transition-opacity hover:bg-black/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card"
        >
          <span className="flex size-9 items-center justify-center rounded-full bg-white/95 text-black shadow">
            {playing ? <Pause aria-hidden="true" className="size-4 fill-current" /> : <Play aria-hidden="true" className="ml-0.5 size-4 fill-current" />}
          </span>
        </button>
      </div>
      <div className="min-w-0">
        <p className="truncate text-sm font-medium" title={track.title}>
          {track.title}
        </p>
        <p className="mt-0.5 flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
          {tags.map((tag) => (
            <span key={tag} className="rounded-full bg-muted px-2 py-0.5">
              {tag}
            </span>
          ))}
          <span className="tabular-nums">
            {current ? `${formatClock(player.currentTime)} / ` : ''}
            {formatClock(duration)}
          </span>
        </p>
      </div>
      <div className="col-span-2 sm:col-span-1 sm:col-start-2">
        <Waveform
          peaks={track.peaks}
          duration={duration}
          currentTime={current ? player.currentTime : null}
          onSeek={(seconds) => player.seek(track, seconds, queue)}
          label={`Seek in ${track.title}`}
          bars={110}
          className="h-9"
        />
      </div>
      {actions ? (
        <div className="col-span-2 -mb-1 flex items-center justify-end gap-0.5 sm:col-span-1 sm:col-start-3 sm:row-span-2 sm:row-start-1 sm:mb-0">{actions}</div>
      ) : null}
    </div>
  );
}
