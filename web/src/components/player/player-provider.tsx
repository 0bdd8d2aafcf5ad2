'use client';

import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { toast } from 'sonner';

/** Something the player can play: an audio asset of the project. */
export type PlayerTrack = {
  id: string;
  title: string;
  subtitle?: string;
  src: string;
  durationSeconds: number | null;
  peaks: number[] | null;
};

export type PlayerState = {
  track: PlayerTrack | null;
  playing: boolean;
  /** Seconds into the current track. */
  currentTime: number;
  duration: number;
  /** Plays the track (from `at` seconds); with a queue, Next and Previous move through it. */
  play: (track: PlayerTrack, options?: { queue?: PlayerTrack[]; at?: number }) => void;
  /** Play/pause for a track: the current one toggles, another one starts. */
  toggle: (track?: PlayerTrack, queue?: PlayerTrack[]) => void;
  pause: () => void;
  /** Moves to `seconds` in the track; another track than the current one starts there. */
  seek: (track: PlayerTrack, seconds: number, queue?: PlayerTrack[]) => void;
  next: (() => void) | null;
  previous: (() => void) | null;
  close: () => void;
};

export const PlayerContext = createContext<PlayerState | null>(null);

/**
 * One <audio> element for the whole studio, in its layout: a track keeps playing while
 * the person moves between the studio's pages.
 */
export function PlayerProvider({ children }: { children: ReactNode }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [track, setTrack] = useState<PlayerTrack | null>(null);
  const [queue, setQueue] = useState<PlayerTrack[]>([]);
  const [playing, setPlaying] = useState(false);
  const [currentTime, setCurrentTime] = useState(0);
  const [duration, setDuration] = useState(0);
  const startAt = useRef<number | null>(null);

  const start = useCallback((audio: HTMLAudioElement) => {
    audio.play().catch((error: unknown) => {
      // A newer play() or pause() interrupted this one: nothing went wrong.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      toast.error('Could not play the track', { description: 'Your browser refused to start playback. Press play again.' });
    });
  }, []);

  const load = useCallback(
    (next: PlayerTrack, at: number | undefined, nextQueue: PlayerTrack[] | undefined) => {
      const audio = audioRef.current;
      if (!audio) return;
      if (nextQueue) setQueue(nextQueue);
      setTrack(next);
      setCurrentTime(at ?? 0);
      setDuration(next.durationSeconds ?? 0);
      startAt.current = at ?? null;
      audio.src = next.src;
      if (at) audio.currentTime = at;
      start(audio);
    },
    [start],
  );

  const play = useCallback(
    (next: PlayerTrack, options: { queue?: PlayerTrack[]; at?: number } = {}) => {
      const audio = audioRef.current;
      if (!audio) return;
      if (track?.id === next.id) {
        if (options.queue) setQueue(options.queue);
        if (options.at !== undefined) audio.currentTime = options.at;
        start(audio);
        return;
      }
      load(next, options.at, options.queue);
    },
    [load, start, track],
  );

  const pause = useCallback(() => audioRef.current?.pause(), []);

  const toggle = useCallback(
    (target?: PlayerTrack, nextQueue?: PlayerTrack[]) => {
      const audio = audioRef.current;
      if (!audio) return;
      if (target && target.id !== track?.id) {
        load(target, undefined, nextQueue);
        return;
      }
      if (audio.paused) start(audio);
      else audio.pause();
    },
    [load, start, track],
  );

  const seek = useCallback(
    (target: PlayerTrack, seconds: number, nextQueue?: PlayerTrack[]) => {
      const audio = audioRef.current;
      if (!audio) return;
      if (target.id !== track?.id) {
        load(target, seconds, nextQueue);
        return;
      }
      audio.currentTime = seconds;
      setCurrentTime(seconds);
    },
    [load, track],
  );

  const close = useCallback(() => {
    const audio = audioRef.current;
    if (audio) {
      audio.pause();
      audio.removeAttribute('src');
      audio.load();
    }
    setTrack(null);
    setPlaying(false);
    setCurrentTime(0);
  }, []);

  const index = track ? queue.findIndex((candidate) => candidate.id === track.id) : -1;
  const nextTrack = index >= 0 ? queue[index + 1] : undefined;
  const previousTrack = index > 0 ? queue[index - 1] : undefined;

  const next = useMemo(() => (nextTrack ? () => load(nextTrack, undefined, undefined) : null), [load, nextTrack]);
  const previous = useMemo(() => (previousTrack ? () => load(previousTrack, undefined, undefined) : null), [load, previousTrack]);

  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const onTime = () => setCurrentTime(audio.currentTime);
    const onDuration = () => {
      if (Number.isFinite(audio.duration) && audio.duration > 0) setDuration(audio.duration);
    };
    const onPlay = () => setPlaying(true);
    const onPause = () => setPlaying(false);
    const onMetadata = () => {
      onDuration();
      // Seeking before the metadata arrives is ignored by some browsers: do it again now.
      if (startAt.current !== null && Math.abs(audio.currentTime - startAt.current) > 0.5) audio.currentTime = startAt.current;
      startAt.current = null;
    };
    const onError = () => {
      if (!audio.getAttribute('src')) return;
      setPlaying(false);
      toast.error('Could not play the track', { description: 'The file could not be loaded. Check your connection, then press play again.' });
    };
    audio.addEventListener('timeupdate', onTime);
    audio.addEventListener('seeked', onTime);
    audio.addEventListener('durationchange', onDuration);
    audio.addEventListener('loadedmetadata', onMetadata);
    audio.addEventListener('play', onPlay);
    audio.addEventListener('pause', onPause);
    audio.addEventListener('error', onError);
    return () => {
      audio.removeEventListener('timeupdate', onTime);
      audio.removeEventListener('seeked', onTime);
      audio.removeEventListener('durationchange', onDuration);
      audio.removeEventListener('loadedmetadata', onMetadata);
      audio.removeEventListener('play', onPlay);
      audio.removeEventListener('pause', onPause);
      audio.removeEventListener('error', onError);
    };
  }, []);

  // At the end of a track, the next one in the queue starts.
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    const onEnded = () => {
      setPlaying(false);
      next?.();
    };
    audio.addEventListener('ended', onEnded);
    return () => audio.removeEventListener('ended', onEnded);
  }, [next]);

  const value = useMemo<PlayerState>(
    () => ({ track, playing, currentTime, duration, play, toggle, pause, seek, next, previous, close }),
    [track, playing, currentTime, duration, play, toggle, pause, seek, next, previous, close],
  );

  return (
    <PlayerContext.Provider value={value}>
      {children}
      {/* Controlled by the player bar and the track rows; hidden from the accessibility tree, which they are in. */}
      <audio ref={audioRef} preload="metadata" aria-hidden="true" className="hidden" data-testid="studio-audio" />
    </PlayerContext.Provider>
  );
}
