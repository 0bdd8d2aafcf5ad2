'use client';

import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { cn } from '@/components/ui/utils';
import { formatClock } from '@/components/studio/format';

/** Peaks resampled to `count` bars (the loudest of each span), at least a sliver each. */
export function resamplePeaks(peaks: number[] | null, count: number): number[] {
  if (!peaks || peaks.length === 0) return Array.from({ length: count }, () => 0.08);
  const bars: number[] = [];
  for (let bar = 0; bar < count; bar += 1) {
    const from = Math.floor((bar * peaks.length) / count);
    const to = Math.max(from + 1, Math.floor(((bar + 1) * peaks.length) / count));
    let peak = 0;
    for (let index = from; index < to && index < peaks.length; index += 1) peak = Math.max(peak, peaks[index] ?? 0);
    bars.push(Math.max(0.06, Math.min(1, peak)));
  }
  return bars;
}

type WaveformProps = {
  peaks: number[] | null;
  /** Seconds; 0 when not known yet. */
  duration: number;
  /** Seconds played; null when this is not the track in the player. */
  currentTime: number | null;
  onSeek: (seconds: number) => void;
  /** What is being sought, for screen readers: "Seek sunny walk". */
  label: string;
  bars?: number;
  className?: string;
};

/**
 * A waveform you can seek in: click or drag, or use the arrow keys (5 s), Page Up/Down
 * (10 %), Home and End. It is a slider to assistive technology.
 */
export function Waveform({ peaks, duration, currentTime, onSeek, label, bars = 96, className }: WaveformProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  // As many bars as fit: a bar and its gap need 3 px.
  const [fit, setFit] = useState(bars);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0) setFit(Math.max(12, Math.min(bars, Math.floor(width / 3))));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [bars]);
  const heights = useMemo(() => resamplePeaks(peaks, fit), [peaks, fit]);
  const position = dragging ?? currentTime ?? 0;
  const fraction = duration > 0 ? Math.min(1, Math.max(0, position / duration)) : 0;

  function secondsAt(clientX: number): number {
    const box = ref.current?.getBoundingClientRect();
    if (!box || box.width === 0) return 0;
    return Math.min(1, Math.max(0, (clientX - box.left) / box.width)) * duration;
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (duration <= 0 || event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(secondsAt(event.clientX));
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    if (dragging === null) return;
    setDragging(secondsAt(event.clientX));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (dragging === null) return;
    const seconds = secondsAt(event.clientX);
    setDragging(null);
    onSeek(seconds);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (duration <= 0) return;
    const now = currentTime ?? 0;
    const steps: Record<string, number> = {
      ArrowRight: now + 5,
      ArrowUp: now + 5,
      ArrowLeft: now - 5,
      ArrowDown: now - 5,
      PageUp: now + duration / 10,
      PageDown: now - duration / 10,
      Home: 0,
      End: Math.max(0, duration - 1),
    };
    const target = steps[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onSeek(Math.min(duration, Math.max(0, target)));
  }

  const bar = (played: boolean) =>
    heights.map((height, index) => (
      <span
        key={index}
        className={cn('min-w-px flex-1 rounded-full', played ? 'bg-primary' : 'bg-foreground/20')}
        style={{ height: `${Math.round(height * 100)}%` }}
      />
    ));

  return (
    <div
      ref={ref}
      role="slider"
      tabIndex={duration > 0 ? 0 : -1}
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={Math.round(duration)}
      aria-valuenow={Math.round(position)}
      aria-valuetext={`${formatClock(position)} of ${formatClock(duration)}`}
      aria-disabled={duration <= 0 || undefined}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDragging(null)}
      onKeyDown={onKeyDown}
      className={cn(
        'relative h-10 w-full cursor-pointer touch-none select-none rounded-md focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background',
        className,
      )}
    >
      <div aria-hidden="true" className="absolute inset-0 flex items-center gap-[2px] overflow-hidden">
        {bar(false)}
      </div>
      <div aria-hidden="true" className="absolute inset-0 flex items-center gap-[2px] overflow-hidden" style={{ clipPath: `inset(0 ${100 - fraction * 100}% 0 0)` }}>
        {bar(true)}
      </div>
    </div>
  );
}
