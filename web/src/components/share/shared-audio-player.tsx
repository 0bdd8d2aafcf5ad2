'use client';

import { useEffect, useRef, useState } from 'react';
import { Pause, Play } from 'lucide-react';
import { TrackCover } from '@/components/player/track-cover';
import { Waveform } from '@/components/player/waveform';
import { formatClock } from '@/components/studio/format';

type Props = { id: string; src: string; title: string; peaks: number[] | null; durationSeconds: number | null };

/** The player of a shared track: play/pause and a waveform to seek in, on its own audio element. */
export function SharedAudioPlayer({ id, src, title, peaks, durationSeconds }: Props) {
  const ref = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [duration, setDuration] = useState(durationSeconds ?? 0);

  useEffect(() => {
    const audio = ref.current;
    if (!audio) return;
    const onTime = () => setTime(audio.currentTime);
    const onDuration = () => Number.isFinite(audio.duration) && audio.duration > 0 && setDuration(audio.duration);
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
    audio.addEventListener('timeupdate', onTime);
    audio.addEventListener('seeked', onTime);
    audio.addEventListener('loadedmetadata', onDuration);
    audio.addEventListener('play', onPlay);
    audio.addEventListener('pause', onPause);
    return () => {
      audio.removeEventListener('timeupdate', onTime);
      audio.removeEventListener('seeked', onTime);
      audio.removeEventListener('loadedmetadata', onDuration);
      audio.removeEventListener('play', onPlay);
      audio.removeEventListener('pause', onPause);
    };
  }, []);

  function toggle() {
    const audio = ref.current;
    if (!audio) return;
    if (audio.paused) void audio.play().catch(() => setPlaying(false));
    else audio.pause();
  }

  return (
    <div className="flex items-center gap-4">
      <div className="relative">
        <TrackCover id={id} className="size-20 rounded-lg" iconClassName="size-6" />
        <button
          type="button"
          onClick={toggle}
          aria-label={playing ? `Pause ${title}` : `Play ${title}`}
          className="absolute inset-0 flex items-center justify-center rounded-lg bg-black/20 hover:bg-black/35 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-card"
        >
          <span className="flex size-11 items-center justify-center rounded-full bg-white/95 text-black shadow">
            {playing ? <Pause aria-hidden="true" className="size-5 fill-current" /> : <Play aria-hidden="true" className="ml-0.5 size-5 fill-current" />}
          </span>
        </button>
      </div>
      <div className="min-w-0 flex-1">
        <Waveform
          peaks={peaks}
          duration={duration}
          currentTime={time}
          onSeek={(seconds) => {
            if (ref.current) ref.current.currentTime = seconds;
            setTime(seconds);
          }}
          label={`Seek in ${title}`}
          bars={90}
          className="h-14"
        />
        <p className="mt-1 text-xs tabular-nums text-muted-foreground">
          {formatClock(time)} / {formatClock(duration)}
        </p>
      </div>
      <audio ref={ref} src={src} preload="metadata" className="hidden" aria-hidden="true" />
    </div>
  );
}
