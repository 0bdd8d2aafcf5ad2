import { asService, withUser } from '@/lib/db/with-user';
import { hasDefaultApiKey } from '@/lib/db/queries/api-keys';
import { getProviderOrThrow } from '@/lib/providers/registry';
import { createApiKey } from '@/lib/vault/api-keys';
import { GenerationWorker, type WorkerOptions } from '@/lib/jobs/worker';
import type { ProviderAdapter, GenerateResult } from '@/lib/providers/provider';
import { builtinProvider } from '@/lib/providers/catalog/builtin';

/**
 * Test support for the job queue: generations written straight to the database (as the
 * API would, after its checks) and fake adapters that implement ProviderAdapter.
 */
export async function insertGeneration(params: {
  userId: string;
  projectId: string;
  provider?: string;
  model?: string;
  generationType?: string;
  prompt?: string;
  parameters?: Record<string, unknown>;
  estimatedCostUsd?: number | null;
}): Promise<string> {
  // A keyed provider runs only for a user with a key for it, as through the API.
  const provider = params.provider ?? 'builtin';
  if (!getProviderOrThrow(provider).keyless && !(await withUser(params.userId, (tx) => hasDefaultApiKey(tx, { provider })))) {
    await createApiKey(params.userId, { provider, apiKey: `test-${provider}-key-000000` });
  }
  const [row] = await asService((tx) =>
    tx.query<{ id: string }>(
      `insert into public.generations (user_id, project_id, generation_type, provider, model, prompt, parameters, estimated_cost_usd)
       values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8) returning id`,
      [
        params.userId,
        params.projectId,
        params.generationType ?? 'image',
        params.provider ?? 'builtin',
        params.model ?? 'procedural-image',
        params.prompt ?? 'a test prompt',
        JSON.stringify(params.parameters ?? { width: 64, height: 64 }),
        params.estimatedCostUsd ?? null,
      ],
    ),
  );
  return row!.id;
}

/** Takes every job other tests left in the shared queue out of it, and forgets provider health. */
export async function drainQueue(): Promise<void> {
  await asService(async (tx) => {
    await tx.query(`update private.jobs set status = 'canceled' where status in ('queued', 'running')`);
    await tx.query('delete from public.provider_health');
  });
}

export async function readJob(generationId: string) {
  const [row] = await asService((tx) =>
    tx.query<{ status: string; attempts: number; interruptions: number; run_at: Date; last_error: string | null; locked_by: string | null }>(
      'select status, attempts, interruptions, run_at, last_error, locked_by from private.jobs where generation_id = $1',
      [generationId],
    ),
  );
  return row!;
}

export async function readGeneration(generationId: string) {
  const [row] = await asService((tx) =>
    tx.query<{ status: string; error: { code: string; message: string } | null; provider_request_id: string | null; progress: number | null }>(
      'select status, error, provider_request_id, progress from public.generations where id = $1',
      [generationId],
    ),
  );
  return row!;
}

export async function countAssets(generationId: string): Promise<number> {
  const [row] = await asService((tx) =>
    tx.query<{ count: number }>('select count(*)::int as count from public.assets where generation_id = $1', [generationId]),
  );
  return row!.count;
}

export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export function imageResult(): GenerateResult {
  return { outputs: [{ kind: 'image', data: tinyPng, mimeType: 'image/png', width: 1, height: 1 }], usage: { images: 1 } };
}

/** An adapter for the built-in provider's catalog whose doGenerate is the given function. */
export function fakeAdapter(doGenerate: ProviderAdapter['doGenerate']): ProviderAdapter {
  return { info: builtinProvider, doGenerate };
}

export function testWorker(adapter: ProviderAdapter, options: WorkerOptions = {}) {
  return new GenerationWorker({ leaseSeconds: 30, idlePollMs: 50, pollIntervalMs: 20, resolveAdapter: () => adapter, ...options });
}

/** Waits until `check` is true, polling; throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}
