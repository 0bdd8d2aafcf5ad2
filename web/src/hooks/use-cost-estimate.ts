'use client';

import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { costEstimateSchema } from '@/lib/schemas/generation';
import { requestApi, type ApiError } from './use-api-request';

export type CostEstimate = z.infer<typeof costEstimateSchema>;

export type CostEstimateState =
  | { status: 'idle' }
  | { status: 'loading'; previous: CostEstimate | null }
  | { status: 'ready'; estimate: CostEstimate }
  | { status: 'error'; error: ApiError };

const DEBOUNCE_MS = 350;

type EstimateInput = {
  projectId: string;
  generationType: string;
  provider: string;
  model: string;
  prompt: string;
  parameters: Record<string, unknown>;
};

/**
 * The price of the form as it stands (POST /api/generations/estimate), asked again a moment
 * after each change; an answer to an older form is dropped.
 */
export function useCostEstimate(input: EstimateInput | null): CostEstimateState {
  const [state, setState] = useState<CostEstimateState>({ status: 'idle' });
  // The estimate needs some prompt; an empty one is priced as a single character.
  const key = input ? JSON.stringify({ ...input, prompt: input.prompt.trim() || '.' }) : null;

  useEffect(() => {
    if (!key) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows "estimating" at once while the request waits out the debounce
    setState((previous) => ({ status: 'loading', previous: previous.status === 'ready' ? previous.estimate : previous.status === 'loading' ? previous.previous : null }));
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const result = await requestApi<CostEstimate>('/api/generations/estimate', { method: 'POST', body: JSON.parse(key), signal: controller.signal });
      if (controller.signal.aborted) return;
      setState(result.ok ? { status: 'ready', estimate: result.data } : { status: 'error', error: result.error });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return key ? state : { status: 'idle' };
}
