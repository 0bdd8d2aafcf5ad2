'use client';

import { createContext, useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { usePathname, useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { Generation } from '@/lib/schemas/generation';
import { requestApi, type ApiResult } from '@/hooks/use-api-request';
import { useAnnounce } from '@/hooks/use-announce';
import { useAssets } from '@/hooks/use-assets';
import { GENERATION_TYPE_NOUNS, type GenerationType } from './catalog-types';
import { promptTitle } from './format';
import { newIdempotencyKey } from './idempotency-key';
import { studioPath } from './studio-tabs';
import { followGeneration, type Follower } from './follow-generation';
import { useBackgroundRuns } from './background-runs';

const PAGE_SIZE = 50;
const TERMINAL = new Set<Generation['status']>(['succeeded', 'failed', 'canceled']);

export const isActive = (generation: Generation) => !TERMINAL.has(generation.status);

export type SubmitInput = Pick<Generation, 'generationType' | 'provider' | 'model' | 'prompt' | 'parameters'>;

/** What a tab's form held when the person left it, so coming back finds it as it was. */
export type Draft = { providerId: string; modelId: string; customModel: string; prompt: string; values: Record<string, unknown> };

export type GenerationsState = {
  projectId: string;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The project's generations, newest first, with live status, progress and streamed text. */
  generations: Generation[];
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => Promise<void>;
  reload: () => void;
  /** POST /api/generations with a new Idempotency-Key (reused for one retry after a network error). */
  submit: (input: SubmitInput) => Promise<ApiResult<{ generation: Generation }>>;
  cancel: (id: string) => Promise<void>;
  /** From the list, or loaded once (an older generation the library shows). */
  getGeneration: (id: string) => Promise<Generation | null>;
  /** How long a run like this one took in this project, in seconds; null before the first. */
  typicalSeconds: (generation: Generation) => number | null;
  drafts: RefObject<Map<GenerationType, Draft>>;
};

export const GenerationsContext = createContext<GenerationsState | null>(null);

type Page = { items: Generation[]; nextCursor: string | null };

function newestFirst(list: Generation[]): Generation[] {
  return [...list].sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));
}

function runSeconds(generation: Generation): number | null {
  if (generation.status !== 'succeeded' || !generation.startedAt || !generation.finishedAt) return null;
  const seconds = (Date.parse(generation.finishedAt) - Date.parse(generation.startedAt)) / 1000;
  return seconds > 0 ? seconds : null;
}

const outputSeconds = (generation: Generation) => {
  const value = generation.parameters.durationSeconds;
  return typeof value === 'number' && value > 0 ? value : null;
};

/**
 * The project's generations for every tab of the studio. Runs still going are followed
 * live (server-sent events, or polling past a few at once); when one ends while the
 * person is on another tab, a toast says so with a link to it.
 */
export function GenerationsProvider({ projectId, children }: { projectId: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const announce = useAnnounce();
  const { added } = useAssets();
  const [generations, setGenerations] = useState<Generation[]>([]);
  const [status, setStatus] = useState<GenerationsState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const followers = useRef(new Map<string, Follower>());
  const cache = useRef(new Map<string, Generation>());
  const drafts = useRef(new Map<GenerationType, Draft>());
  const pathnameRef = useRef(pathname);
  const cancelRequested = useRef(new Set<string>());

  useEffect(() => {
    pathnameRef.current = pathname;
  }, [pathname]);

  const upsert = useCallback((generation: Generation) => {
    cache.current.set(generation.id, generation);
    setGenerations((list) => {
      const index = list.findIndex((candidate) => candidate.id === generation.id);
      if (index === -1) return newestFirst([generation, ...list]);
      const next = [...list];
      next[index] = generation;
      return next;
    });
  }, []);

  const patch = useCallback((id: string, update: (generation: Generation) => Generation) => {
    setGenerations((list) => list.map((generation) => (generation.id === id ? update(generation) : generation)));
  }, []);

  const notify = useCallback(
    (generation: Generation) => {
      const tab = studioPath(projectId, generation.generationType);
      const here = pathnameRef.current === tab;
      const noun = GENERATION_TYPE_NOUNS[generation.generationType];
      const view = { label: 'View', onClick: () => router.push(tab) };
      if (generation.status === 'succeeded') {
        if (here) announce(`${noun.ready}.`);
        else toast.success(noun.ready, { description: promptTitle(generation.prompt, 60), action: view });
      } else if (generation.status === 'failed') {
        const message = generation.error?.message ?? 'The generation failed.';
        if (here) announce(`The ${noun.one} failed: ${message}`);
        else toast.error(`The ${noun.one} failed`, { description: message, action: view });
      } else if (generation.status === 'canceled' && cancelRequested.current.has(generation.id)) {
        announce('Generation cancelled.');
      }
    },
    [announce, projectId, router],
  );

  const finish = useCallback(
    (generation: Generation) => {
      followers.current.delete(generation.id);
      upsert(generation);
      added(generation.assetIds);
      notify(generation);
    },
    [added, notify, upsert],
  );

  // Follow every run that is still going; each follower stops itself when its run ends.
  const activeKey = generations
    .filter(isActive)
    .map((generation) => generation.id)
    .join(',');
  useEffect(() => {
    if (!activeKey) return;
    for (const id of activeKey.split(',')) {
      if (followers.current.has(id)) continue;
      followers.current.set(
        id,
        followGeneration(id, {
          streaming: [...followers.current.values()].filter((follower) => follower.kind === 'stream').length,
          onStatus: (update) =>
            patch(id, (generation) => ({
              ...generation,
              ...update,
              startedAt: generation.startedAt ?? (update.status === 'running' ? new Date().toISOString() : null),
            })),
          onTextReset: () => patch(id, (generation) => ({ ...generation, outputText: '' })),
          onText: (delta) => patch(id, (generation) => ({ ...generation, outputText: (generation.outputText ?? '') + delta })),
          onUpdate: upsert,
          onDone: finish,
          onGone: () => followers.current.delete(id),
        }),
      );
    }
  }, [activeKey, finish, patch, upsert]);

  // While this studio is open it follows the project's runs; when it closes, the runs still
  // going are handed to the app, which says when they end.
  const background = useBackgroundRuns();
  const latest = useRef(generations);
  useEffect(() => {
    latest.current = generations;
  }, [generations]);
  useEffect(() => {
    const current = followers.current;
    background.claim(projectId);
    return () => {
      for (const follower of current.values()) follower.stop();
      current.clear();
      background.handOff(projectId, latest.current.filter(isActive));
    };
  }, [background, projectId]);

  useEffect(() => {
    const controller = new AbortController();
    requestApi<Page>(`/api/generations?projectId=${projectId}&limit=${PAGE_SIZE}`, { signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        setStatus('error');
        setError(result.error.message);
        return;
      }
      for (const generation of result.data.items) cache.current.set(generation.id, generation);
      // Runs submitted while the list was loading stay in it.
      setGenerations((list) => newestFirst([...result.data.items, ...list.filter((item) => !result.data.items.some((loaded) => loaded.id === item.id))]));
      setCursor(result.data.nextCursor);
      setStatus('ready');
      setError(null);
    });
    return () => controller.abort();
  }, [projectId, attempt]);

  const reload = useCallback(() => {
    setStatus('loading');
    setAttempt((value) => value + 1);
  }, []);

  const loadOlder = useCallback(async () => {
    if (!cursor || loadingOlder) return;
    setLoadingOlder(true);
    const result = await requestApi<Page>(`/api/generations?projectId=${projectId}&limit=${PAGE_SIZE}&cursor=${encodeURIComponent(cursor)}`);
    setLoadingOlder(false);
    if (!result.ok) {
      toast.error('Could not load older generations', { description: result.error.message });
      return;
    }
    for (const generation of result.data.items) cache.current.set(generation.id, generation);
    setGenerations((list) => newestFirst([...list, ...result.data.items.filter((item) => !list.some((known) => known.id === item.id))]));
    setCursor(result.data.nextCursor);
  }, [cursor, loadingOlder, projectId]);

  const submit = useCallback(
    async (input: SubmitInput) => {
      const key = newIdempotencyKey();
      const send = () =>
        requestApi<{ generation: Generation }>('/api/generations', {
          method: 'POST',
          body: { projectId, ...input },
          headers: { 'Idempotency-Key': key },
        });
      let result = await send();
      // The request may have arrived before the connection dropped: the same key cannot start a second run.
      if (!result.ok && result.error.code === 'network_error') result = await send();
      if (result.ok) upsert(result.data.generation);
      return result;
    },
    [projectId, upsert],
  );

  const cancel = useCallback(
    async (id: string) => {
      cancelRequested.current.add(id);
      const result = await requestApi<{ generation: Generation }>(`/api/generations/${id}/cancel`, { method: 'POST' });
      if (!result.ok) {
        toast.error('Could not cancel', { description: result.error.message });
        return;
      }
      if (isActive(result.data.generation)) patch(id, (generation) => ({ ...generation, status: result.data.generation.status }));
      else if (!followers.current.has(id)) finish(result.data.generation);
    },
    [finish, patch],
  );

  const getGeneration = useCallback(async (id: string) => {
    const known = cache.current.get(id);
    if (known) return known;
    const result = await requestApi<{ generation: Generation }>(`/api/generations/${id}`);
    if (!result.ok) return null;
    cache.current.set(id, result.data.generation);
    return result.data.generation;
  }, []);

  const typicalSeconds = useCallback(
    (target: Generation) => {
      const samples = generations
        .filter((generation) => generation.provider === target.provider && generation.model === target.model && generation.id !== target.id)
        .map((generation) => ({ seconds: runSeconds(generation), output: outputSeconds(generation) }))
        .filter((sample): sample is { seconds: number; output: number | null } => sample.seconds !== null)
        .slice(0, 5);
      if (samples.length === 0) return null;
      const wanted = outputSeconds(target);
      // Longer tracks take longer: scale by the length asked for when the runs say how long theirs were.
      if (wanted && samples.every((sample) => sample.output)) {
        return (samples.reduce((sum, sample) => sum + sample.seconds / sample.output!, 0) / samples.length) * wanted;
      }
      return samples.reduce((sum, sample) => sum + sample.seconds, 0) / samples.length;
    },
    [generations],
  );

  const value = useMemo<GenerationsState>(
    () => ({
      projectId,
      status,
      error,
      generations,
      hasOlder: cursor !== null,
      loadingOlder,
      loadOlder,
      reload,
      submit,
      cancel,
      getGeneration,
      typicalSeconds,
      drafts,
    }),
    [projectId, status, error, generations, cursor, loadingOlder, loadOlder, reload, submit, cancel, getGeneration, typicalSeconds],
  );
  return <GenerationsContext.Provider value={value}>{children}</GenerationsContext.Provider>;
}
