import type { Generation } from '@/lib/schemas/generation';
import { requestApi } from '@/hooks/use-api-request';

/**
 * A browser keeps at most six HTTP/1.1 connections to a server, and each event stream
 * holds one for as long as its run lasts: past this many, runs are polled instead, so
 * the page's own requests never wait behind them.
 */
const MAX_STREAMS = 3;
const POLL_MS = 1500;
const TERMINAL = new Set(['succeeded', 'failed', 'canceled']);

export type Follower = { kind: 'stream' | 'poll'; stop: () => void };

type StatusUpdate = Pick<Generation, 'status' | 'progress' | 'error'>;

type Handlers = {
  /** How many streams are open already. */
  streaming: number;
  onStatus: (update: StatusUpdate) => void;
  /** The stream (re)connected: the server sends the text from its start again. */
  onTextReset: () => void;
  onText: (delta: string) => void;
  onUpdate: (generation: Generation) => void;
  onDone: (generation: Generation) => void;
  /** The generation is gone (deleted with its project) or cannot be read. */
  onGone: () => void;
};

function parse<T>(event: Event): T | null {
  try {
    return JSON.parse((event as MessageEvent<string>).data) as T;
  } catch {
    return null;
  }
}

function poll(id: string, handlers: Handlers): Follower {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    const result = await requestApi<{ generation: Generation }>(`/api/generations/${id}`);
    if (stopped) return;
    if (result.ok) {
      const generation = result.data.generation;
      if (TERMINAL.has(generation.status)) {
        handlers.onDone(generation);
        return;
      }
      handlers.onUpdate(generation);
    } else if (result.error.status === 404 || result.error.status === 401) {
      handlers.onGone();
      return;
    }
    timer = setTimeout(tick, POLL_MS);
  };
  timer = setTimeout(tick, POLL_MS);
  return {
    kind: 'poll',
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Follows one run to its end: GET /api/generations/:id/events, or polling when that is not possible. */
export function followGeneration(id: string, handlers: Handlers): Follower {
  if (typeof EventSource === 'undefined' || handlers.streaming >= MAX_STREAMS) return poll(id, handlers);
  const source = new EventSource(`/api/generations/${id}/events`);
  let fallback: Follower | null = null;
  const switchToPolling = () => {
    source.close();
    if (!fallback) fallback = poll(id, handlers);
  };
  source.addEventListener('open', handlers.onTextReset);
  source.addEventListener('status', (event) => {
    const data = parse<StatusUpdate>(event);
    if (data) handlers.onStatus(data);
  });
  source.addEventListener('text', (event) => {
    const data = parse<{ delta: string }>(event);
    if (data) handlers.onText(data.delta);
  });
  source.addEventListener('done', (event) => {
    source.close();
    const data = parse<{ generation: Generation }>(event);
    if (data) handlers.onDone(data.generation);
    else switchToPolling();
  });
  source.addEventListener('error', (event) => {
    // The server's own `error` event (it lost track of the run), or a stream the browser gave up on.
    if ((event as MessageEvent).data !== undefined || source.readyState === EventSource.CLOSED) switchToPolling();
  });
  return {
    kind: 'stream',
    stop: () => {
      source.close();
      fallback?.stop();
    },
  };
}
