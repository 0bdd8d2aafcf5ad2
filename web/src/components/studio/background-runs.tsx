'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { toast } from 'sonner';
import type { Generation } from '@/lib/schemas/generation';
import { GENERATION_TYPE_NOUNS } from './catalog-types';
import { followGeneration, type Follower } from './follow-generation';
import { promptTitle } from './format';
import { studioPath } from './studio-tabs';

/** What is kept of a run that goes on while the person is outside its project's studio. */
type Run = Pick<Generation, 'id' | 'projectId' | 'generationType' | 'prompt'>;

type BackgroundRuns = {
  /** The studio of a project closes: its runs still going are followed from here. */
  handOff: (projectId: string, runs: Run[]) => void;
  /** A project's studio opens: it follows its runs itself from now on. */
  claim: (projectId: string) => void;
};

const BackgroundRunsContext = createContext<BackgroundRuns | null>(null);

/** Kept for the tab's life, so a reload on another page still hears of a run's end. */
const STORAGE_KEY = 'medialab.background-runs';

function readStored(): Run[] {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (run): run is Run =>
        typeof run === 'object' &&
        run !== null &&
        typeof run.id === 'string' &&
        typeof run.projectId === 'string' &&
        typeof run.generationType === 'string' &&
        run.generationType in GENERATION_TYPE_NOUNS &&
        typeof run.prompt === 'string',
    );
  } catch {
    return [];
  }
}

function writeStored(runs: Run[]): void {
  try {
    if (runs.length === 0) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(runs));
  } catch {
    // Storage may be off (private windows): runs are followed while this page lives.
  }
}

/**
 * Follows the runs a person left going when they moved out of a project's studio (to the
 * dashboard, Settings, Analytics or another project) and says, with a toast and a link
 * back, when each one ends. The studio's own provider takes them back when it opens.
 */
export function BackgroundRunsProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const runs = useRef(new Map<string, { run: Run; follower: Follower }>());
  /** Projects whose studio is open: it follows its own runs. */
  const claimed = useRef(new Set<string>());

  const persist = useCallback(() => writeStored([...runs.current.values()].map((entry) => entry.run)), []);

  const stop = useCallback(
    (id: string) => {
      runs.current.get(id)?.follower.stop();
      runs.current.delete(id);
      persist();
    },
    [persist],
  );

  const announceEnd = useCallback(
    (run: Run, generation: Generation) => {
      const noun = GENERATION_TYPE_NOUNS[run.generationType];
      const view = { label: 'View', onClick: () => router.push(studioPath(run.projectId, run.generationType)) };
      if (generation.status === 'succeeded') {
        toast.success(noun.ready, { description: promptTitle(run.prompt, 60), action: view });
      } else if (generation.status === 'failed') {
        toast.error(`The ${noun.one} failed`, { description: generation.error?.message ?? 'The generation failed.', action: view });
      }
    },
    [router],
  );

  const follow = useCallback(
    (run: Run) => {
      if (runs.current.has(run.id) || claimed.current.has(run.projectId)) return;
      const streaming = [...runs.current.values()].filter((entry) => entry.follower.kind === 'stream').length;
      const ignore = () => {};
      const follower = followGeneration(run.id, {
        streaming,
        onStatus: ignore,
        onTextReset: ignore,
        onText: ignore,
        onUpdate: ignore,
        onDone: (generation) => {
          stop(run.id);
          announceEnd(run, generation);
        },
        onGone: () => stop(run.id),
      });
      runs.current.set(run.id, { run, follower });
      persist();
    },
    [announceEnd, persist, stop],
  );

  useEffect(() => {
    const current = runs.current;
    for (const run of readStored()) follow(run);
    return () => {
      for (const entry of current.values()) entry.follower.stop();
      current.clear();
    };
  }, [follow]);

  const value = useMemo<BackgroundRuns>(
    () => ({
      handOff: (projectId, list) => {
        claimed.current.delete(projectId);
        for (const run of list) follow({ id: run.id, projectId: run.projectId, generationType: run.generationType, prompt: run.prompt });
      },
      claim: (projectId) => {
        claimed.current.add(projectId);
        for (const entry of [...runs.current.values()]) if (entry.run.projectId === projectId) stop(entry.run.id);
      },
    }),
    [follow, stop],
  );

  return <BackgroundRunsContext.Provider value={value}>{children}</BackgroundRunsContext.Provider>;
}

/** The app's follower of runs outside their studio; a no-op outside the signed-in pages. */
export function useBackgroundRuns(): BackgroundRuns {
  return useContext(BackgroundRunsContext) ?? NO_BACKGROUND_RUNS;
}

const NO_BACKGROUND_RUNS: BackgroundRuns = { handOff: () => {}, claim: () => {} };
