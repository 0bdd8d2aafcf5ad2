'use client';

import { useEffect, useRef } from 'react';
import { Pause, Play, SkipBack, SkipForward, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { formatClock } from '@/components/studio/format';
import { useAssets } from '@/hooks/use-assets';
import { usePlayer } from '@/hooks/use-player';
import { TrackCover } from './track-cover';
import { Waveform } from './waveform';

/**
 * The player bar at the bottom of the studio. It reports its height, so the page and the
 * toasts keep clear of it.
 */
export function MiniPlayer({ onHeightChange }: { onHeightChange: (height: number) => void }) {
  const player = usePlayer();
  const { hidden } = useAssets();
  const ref = useRef<HTMLElement>(null);
  const { track, close } = player;
  const visible = track !== null;

  // A track deleted (waiting for undo) stops playing.
  useEffect(() => {
    if (track && hidden.has(track.id)) close();
  }, [track, hidden, close]);

  useEffect(() => {
    const element = ref.current;
    if (!element) {
      onHeightChange(0);
      return;
    }
    const observer = new ResizeObserver(() => onHeightChange(element.offsetHeight));
    observer.observe(element);
    onHeightChange(element.offsetHeight);
    return () => {
      observer.disconnect();
      onHeightChange(0);
    };
  }, [visible, onHeightChange]);

  if (!track) return null;
  const seek = (seconds: number) => player.seek(track, seconds);
  const waveform = (bars: number) => (
    <Waveform
      peaks={track.peaks}
      duration={player.duration}
      currentTime={player.currentTime}
      onSeek={seek}
      label={`Seek in ${track.title}`}
      bars={bars}
      className="h-8"
    />
  );

  return (
    <section
      ref={ref}
      aria-label="Player"
      className="fixed inset-x-0 bottom-0 z-40 border-t bg-card/95 shadow-[0_-6px_20px_-8px_rgb(0_0_0/0.18)] backdrop-blur supports-[backdrop-filter]:bg-card/85"
    >
      <div className="mx-auto flex max-w-7xl items-center gap-2 px-3 py-2 sm:gap-3 sm:px-6">
        <TrackCover id={track.id} className="size-10" />
        <div className="min-w-0 flex-1 sm:max-w-56 sm:flex-none">
          <p className="truncate text-sm font-medium" title={track.title}>
            {track.title}
          </p>
          <p className="truncate text-xs text-muted-foreground">
            <span className="tabular-nums">
              {formatClock(player.currentTime)} / {formatClock(player.duration)}
            </span>
            {track.subtitle ? <span className="hidden sm:inline"> · {track.subtitle}</span> : null}
          </p>
        </div>
        <div className="flex items-center gap-0.5">
          <Button variant="ghost" size="icon" onClick={player.previous ?? undefined} disabled={!player.previous} aria-label="Previous track" className="hidden sm:inline-flex">
            <SkipBack aria-hidden="true" />
          </Button>
          <Button
            size="icon"
            onClick={() => player.toggle()}
            aria-label={player.playing ? `Pause ${track.title}` : `Play ${track.title}`}
            className="size-10 rounded-full"
          >
            {player.playing ? <Pause aria-hidden="true" className="fill-current" /> : <Play aria-hidden="true" className="fill-current" />}
          </Button>
          <Button variant="ghost" size="icon" onClick={player.next ?? undefined} disabled={!player.next} aria-label="Next track">
            <SkipForward aria-hidden="true" />
          </Button>
        </div>
        <div className="hidden min-w-0 flex-1 md:block">{waveform(120)}</div>
        <Button variant="ghost" size="icon" onClick={close} aria-label="Close the player">
          <X aria-hidden="true" />
        </Button>
      </div>
      <div className="px-3 pb-2 md:hidden">{waveform(64)}</div>
    </section>
  );
}
