import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { claimNextJob } from '@/lib/db/queries/jobs';
import { ProviderError } from '@/lib/providers/provider-error';
import type { ProviderAdapter } from '@/lib/providers/provider';
import { cloudProviders } from '@/lib/providers/catalog/cloud';
import { signedInClient } from '../support/api-client';
import {
  countAssets,
  drainQueue,
  fakeAdapter,
  imageResult,
  insertGeneration,
  readGeneration,
  readJob,
  testWorker,
  waitFor,
} from '../support/generations';

async function newOwner() {
  const { client, user } = await signedInClient();
  const response = await client.post('/api/projects', { name: 'Jobs' });
  const projectId = (response.body as { project: { id: string } }).project.id;
  return { client, userId: user.id, projectId };
}

beforeEach(async () => {
  await drainQueue();
});

describe('job queue', () => {
  it('two workers on one queue never run the same job', async () => {
    const { userId, projectId } = await newOwner();
    const ids = await Promise.all(Array.from({ length: 16 }, () => insertGeneration({ userId, projectId })));
    const runs: string[] = [];
    const adapter = fakeAdapter(async ({ prompt }) => {
      runs.push(prompt);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return imageResult();
    });
    // Each run records the generation it ran through its prompt.
    await asService((tx) => tx.query(`update public.generations set prompt = id::text where id = any($1::uuid[])`, [ids]));
    const first = testWorker(adapter, { workerId: 'worker-a' });
    const second = testWorker(adapter, { workerId: 'worker-b' });
    first.start();
    second.start();
    try {
      await waitFor(async () => {
        const statuses = await Promise.all(ids.map(async (id) => (await readGeneration(id)).status));
        return statuses.every((status) => status === 'succeeded');
      }, 30_000, 'all generations to succeed');
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }
    expect(runs.filter((prompt) => ids.includes(prompt)).sort()).toEqual([...ids].sort());
    const lockedBy = await Promise.all(ids.map(async (id) => (await readJob(id)).locked_by));
    expect(new Set(lockedBy).size).toBe(2);
    for (const id of ids) expect(await countAssets(id)).toBe(1);
  });

  it('an interrupted synchronous job is retried once, and fails clearly the second time', async () => {
    const { userId, projectId } = await newOwner();
    const once = await insertGeneration({ userId, projectId });
    // A worker claims it and dies: its lease runs out.
    await asService((tx) => claimNextJob(tx, { workerId: 'dead', leaseSeconds: 0.05 }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    let calls = 0;
    const worker = testWorker(fakeAdapter(async () => ((calls += 1), imageResult())));
    expect(await worker.runOnce()).toBe(true);
    expect(await readGeneration(once)).toMatchObject({ status: 'succeeded' });
    expect(await readJob(once)).toMatchObject({ status: 'done', interruptions: 1, attempts: 2 });
    expect(calls).toBe(1);

    const twice = await insertGeneration({ userId, projectId });
    for (let crash = 0; crash < 2; crash += 1) {
      await asService((tx) => claimNextJob(tx, { workerId: `dead-${crash}`, leaseSeconds: 0.05 }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await worker.runOnce()).toBe(true);
    const failed = await readGeneration(twice);
    expect(failed.status).toBe('failed');
    expect(failed.error).toEqual({
      code: 'interrupted',
      message: 'The server stopped twice while this generation was running, so it was not tried again. Start it again.',
    });
    expect(calls).toBe(1);
  });

  it('a queued provider job with a provider request id is polled after a crash, never submitted again', async () => {
    const { userId, projectId } = await newOwner();
    const fal = cloudProviders.find((provider) => provider.id === 'fal')!;
    const id = await insertGeneration({ userId, projectId, provider: 'fal', model: 'fal-ai/flux/dev', parameters: {} });
    await asService((tx) => claimNextJob(tx, { workerId: 'dead', leaseSeconds: 0.05 }));
    await asService((tx) => tx.query(`update public.generations set provider_request_id = 'req-123' where id = $1`, [id]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const calls: string[] = [];
    let polls = 0;
    const adapter: ProviderAdapter = {
      info: fal,
      doSubmit: async () => (calls.push('submit'), { providerRequestId: 'req-new' }),
      doPoll: async ({ providerRequestId }) => {
        calls.push(`poll ${providerRequestId}`);
        polls += 1;
        return polls < 3 ? { state: 'pending', progress: polls / 3 } : { state: 'succeeded', result: imageResult() };
      },
    };
    await testWorker(adapter).runOnce();
    expect(calls).toEqual(['poll req-123', 'poll req-123', 'poll req-123']);
    expect(await readGeneration(id)).toMatchObject({ status: 'succeeded', provider_request_id: 'req-123' });
  });

  it('stores the provider request id before polling, and cancels the provider job on cancel', async () => {
    const { client, userId, projectId } = await newOwner();
    const fal = cloudProviders.find((provider) => provider.id === 'fal')!;
    const id = await insertGeneration({ userId, projectId, provider: 'fal', model: 'fal-ai/flux/dev', parameters: {} });
    const calls: string[] = [];
    const adapter: ProviderAdapter = {
      info: fal,
      doSubmit: async () => (calls.push('submit'), { providerRequestId: 'req-9' }),
      doPoll: async () => ({ state: 'pending', progress: 0.5 }),
      doCancel: async ({ providerRequestId }) => void calls.push(`cancel ${providerRequestId}`),
    };
    const worker = testWorker(adapter, { leaseSeconds: 0.6 });
    worker.start();
    try {
      await waitFor(async () => (await readGeneration(id)).provider_request_id === 'req-9', 10_000, 'the request id');
      const response = await client.post(`/api/generations/${id}/cancel`);
      expect(response.status).toBe(200);
      await waitFor(async () => (await readGeneration(id)).status === 'canceled', 10_000, 'the cancel');
    } finally {
      await worker.stop();
    }
    expect(calls).toEqual(['submit', 'cancel req-9']);
    expect(await readJob(id)).toMatchObject({ status: 'canceled' });
  });

  it('cancels a queued generation at once, and a running one through its worker', async () => {
    const { client, userId, projectId } = await newOwner();
    const queued = await insertGeneration({ userId, projectId });
    const response = await client.post(`/api/generations/${queued}/cancel`);
    expect((response.body as { generation: { status: string } }).generation.status).toBe('canceled');
    expect(await readJob(queued)).toMatchObject({ status: 'canceled' });

    const running = await insertGeneration({ userId, projectId });
    const adapter = fakeAdapter(
      ({ abortSignal }) =>
        new Promise((_, reject) =>
          abortSignal.addEventListener('abort', () => reject(new ProviderError('canceled', 'cancelled', { isRetryable: false }))),
        ),
    );
    const worker = testWorker(adapter, { leaseSeconds: 0.6 });
    worker.start();
    try {
      await waitFor(async () => (await readGeneration(running)).status === 'running', 10_000, 'running');
      await client.post(`/api/generations/${running}/cancel`);
      await waitFor(async () => (await readGeneration(running)).status === 'canceled', 10_000, 'canceled');
    } finally {
      await worker.stop();
    }
    expect(await countAssets(running)).toBe(0);
    const finished = await client.post(`/api/generations/${running}/cancel`);
    expect((finished.body as { generation: { status: string } }).generation.status).toBe('canceled');
  });
});

describe('backoff against a provider that answers 429 with Retry-After', () => {
  let server: http.Server;
  let answers: Array<{ status: number; headers?: Record<string, string> }>;
  let requests = 0;

  beforeEach(async () => {
    requests = 0;
    server = http.createServer((_request, response) => {
      requests += 1;
      const answer = answers.shift() ?? { status: 200 };
      response.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      response.end(JSON.stringify(answer.status === 200 ? { ok: true } : { error: { message: 'Rate limit reached' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('puts the job back for Retry-After seconds, marks the provider degraded, then succeeds', async () => {
    const { client, userId, projectId } = await newOwner();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/generate`;
    answers = [
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 503 },
    ];
    const adapter = fakeAdapter(async () => {
      const response = await fetch(url, { method: 'POST' });
      if (!response.ok) {
        const retryAfter = response.headers.get('retry-after');
        throw new ProviderError(response.status === 429 ? 'rate_limited' : 'unavailable', `HTTP ${response.status}`, {
          status: response.status,
          retryAfterSeconds: retryAfter ? Number(retryAfter) : 0.2,
        });
      }
      return imageResult();
    });
    const id = await insertGeneration({ userId, projectId });
    const worker = testWorker(adapter);

    const before = Date.now();
    await worker.runOnce();
    let job = await readJob(id);
    expect(job).toMatchObject({ status: 'queued', attempts: 1, last_error: 'HTTP 429' });
    const waitMs = new Date(job.run_at).getTime() - before;
    expect(waitMs).toBeGreaterThanOrEqual(1500);
    expect(waitMs).toBeLessThan(10_000);
    expect(await worker.runOnce()).toBe(false); // not due yet

    await asService((tx) => tx.query(`update private.jobs set run_at = now() where generation_id = $1`, [id]));
    await worker.runOnce();
    job = await readJob(id);
    expect(job).toMatchObject({ status: 'queued', attempts: 2, last_error: 'HTTP 503' });
    const providers = (await client.get('/api/providers')).body as { items: Array<{ id: string; health: { status: string } }> };
    expect(providers.items.find((provider) => provider.id === 'builtin')!.health.status).toBe('degraded');

    await asService((tx) => tx.query(`update private.jobs set run_at = now() where generation_id = $1`, [id]));
    await worker.runOnce();
    expect(await readGeneration(id)).toMatchObject({ status: 'succeeded' });
    expect(requests).toBe(3);
    const after = (await client.get('/api/providers')).body as { items: Array<{ id: string; health: { status: string } }> };
    expect(after.items.find((provider) => provider.id === 'builtin')!.health.status).toBe('healthy');
  });

  it('gives up after the last attempt with the provider error', async () => {
    const { userId, projectId } = await newOwner();
    const id = await insertGeneration({ userId, projectId });
    const adapter = fakeAdapter(async () => {
      throw new ProviderError('unavailable', 'The provider is down.', { status: 503, retryAfterSeconds: 0 });
    });
    const worker = testWorker(adapter);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await asService((tx) => tx.query(`update private.jobs set run_at = now() where generation_id = $1`, [id]));
      await worker.runOnce();
    }
    expect(await readGeneration(id)).toMatchObject({ status: 'failed', error: { code: 'unavailable', message: 'The provider is down.' } });
    expect(await readJob(id)).toMatchObject({ status: 'failed', attempts: 5 });
  });

  it('does not retry a request the provider refused as bad', async () => {
    const { userId, projectId } = await newOwner();
    const id = await insertGeneration({ userId, projectId });
    const worker = testWorker(
      fakeAdapter(async () => {
        throw new ProviderError('invalid_key', 'The provider refused the key.', { status: 401 });
      }),
    );
    await worker.runOnce();
    expect(await readGeneration(id)).toMatchObject({ status: 'failed', error: { code: 'invalid_key' } });
    expect(await readJob(id)).toMatchObject({ status: 'failed', attempts: 1 });
  });
});
