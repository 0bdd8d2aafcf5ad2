import { beforeAll, describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { signedInClient, type ApiClient } from '../support/api-client';

// Generations written as the workers would leave them, on fixed days, so every figure can
// be computed by hand.
type Row = {
  project: 'first' | 'second';
  day: string;
  provider: string;
  model: string;
  type: string;
  status: 'succeeded' | 'failed' | 'canceled' | 'queued';
  cost?: number | null;
  latencyMs?: number;
  errorCode?: string;
};

let alice: ApiClient;
let bob: ApiClient;
const projects: Record<'first' | 'second', string> = { first: '', second: '' };

async function insert(userId: string, row: Row) {
  await asService((tx) =>
    tx.query(
      `insert into public.generations (user_id, project_id, generation_type, provider, model, prompt, status, actual_cost_usd,
         created_at, started_at, finished_at, error)
       values ($1, $2, $3::public.generation_type, $4, $5, 'p', $6::public.generation_status, $7,
         $8::timestamptz, $8::timestamptz, $8::timestamptz + make_interval(secs => $9 / 1000.0), $10::text::jsonb)`,
      [
        userId,
        projects[row.project],
        row.type,
        row.provider,
        row.model,
        row.status,
        row.cost ?? null,
        `${row.day}T10:00:00Z`,
        row.latencyMs ?? 0,
        row.errorCode ? JSON.stringify({ code: row.errorCode, message: 'x' }) : null,
      ],
    ),
  );
}

beforeAll(async () => {
  const a = await signedInClient();
  const b = await signedInClient();
  alice = a.client;
  bob = b.client;
  for (const name of ['first', 'second'] as const) {
    const response = await alice.post('/api/projects', { name });
    projects[name] = (response.body as { project: { id: string } }).project.id;
  }
  const rows: Row[] = [
    { project: 'first', day: '2026-11-02', provider: 'openai', model: 'gpt-image-2', type: 'image', status: 'succeeded', cost: 0.04, latencyMs: 1000 },
    { project: 'first', day: '2026-11-02', provider: 'openai', model: 'gpt-image-2', type: 'image', status: 'succeeded', cost: 0.06, latencyMs: 3000 },
    { project: 'first', day: '2026-11-04', provider: 'builtin', model: 'music', type: 'music', status: 'succeeded', cost: 0, latencyMs: 2000 },
    { project: 'second', day: '2026-11-04', provider: 'fal', model: 'fal-ai/flux/dev', type: 'image', status: 'succeeded', cost: null, latencyMs: 5000 },
    { project: 'second', day: '2026-11-04', provider: 'fal', model: 'fal-ai/flux/dev', type: 'image', status: 'failed', errorCode: 'rate_limited' },
    { project: 'first', day: '2026-11-03', provider: 'openai', model: 'gpt-image-2', type: 'image', status: 'failed', errorCode: 'invalid_key' },
    { project: 'first', day: '2026-11-03', provider: 'openai', model: 'gpt-image-2', type: 'image', status: 'failed', errorCode: 'rate_limited' },
    { project: 'first', day: '2026-11-03', provider: 'builtin', model: 'speech', type: 'audio', status: 'canceled' },
    // Outside the range asked for below.
    { project: 'first', day: '2026-10-31', provider: 'openai', model: 'gpt-image-2', type: 'image', status: 'succeeded', cost: 9, latencyMs: 1 },
  ];
  const me = await alice.get('/api/auth/me');
  const userId = (me.body as { user: { id: string } }).user.id;
  for (const row of rows) await insert(userId, row);
});

describe('GET /api/analytics', () => {
  it('GET /api/analytics - totals, spend per day with empty days, by model, latency percentiles and failures by reason', async () => {
    const response = await alice.get('/api/analytics?from=2026-11-01&to=2026-11-05');
    expect(response.status).toBe(200);
    const body = response.body as Record<string, unknown>;
    expect(body.totals).toEqual({
      generations: 8,
      succeeded: 4,
      failed: 3,
      canceled: 1,
      successRate: 4 / 7,
      spentUsd: 0.1,
      unknownCost: 1,
      // Latencies 1000, 2000, 3000, 5000 ms: the median interpolates to 2500, p95 to 4700.
      latencyP50Ms: 2500,
      latencyP95Ms: 4700,
    });
    expect(body.spendByDay).toEqual([
      { day: '2026-11-01', spentUsd: 0, generations: 0 },
      { day: '2026-11-02', spentUsd: 0.1, generations: 2 },
      { day: '2026-11-03', spentUsd: 0, generations: 3 },
      { day: '2026-11-04', spentUsd: 0, generations: 3 },
      { day: '2026-11-05', spentUsd: 0, generations: 0 },
    ]);
    expect(body.byModel).toEqual([
      expect.objectContaining({ provider: 'openai', model: 'gpt-image-2', generations: 4, succeeded: 2, failed: 2, spentUsd: 0.1, latencyP50Ms: 2000 }),
      expect.objectContaining({ provider: 'builtin', model: 'music', generations: 1, spentUsd: 0 }),
      // No known spend: the busier first.
      expect.objectContaining({ provider: 'fal', model: 'fal-ai/flux/dev', generations: 2, unknownCost: 1, spentUsd: 0 }),
      expect.objectContaining({ provider: 'builtin', model: 'speech', generations: 1, succeeded: 0, latencyP50Ms: null }),
    ]);
    expect(body.failuresByReason).toEqual([
      { code: 'rate_limited', count: 2 },
      { code: 'invalid_key', count: 1 },
    ]);
  });

  it('GET /api/analytics - narrows to one project', async () => {
    const response = await alice.get(`/api/analytics?from=2026-11-01&to=2026-11-05&projectId=${projects.second}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ projectId: projects.second, totals: { generations: 2, succeeded: 1, failed: 1, unknownCost: 1 } });
  });

  it("GET /api/analytics - shows another user nothing of it, and answers 404 for another user's project", async () => {
    const mine = await bob.get('/api/analytics?from=2026-11-01&to=2026-11-05');
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ totals: { generations: 0, successRate: null, spentUsd: 0, latencyP50Ms: null }, byModel: [] });
    const theirs = await bob.get(`/api/analytics?projectId=${projects.first}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('GET /api/analytics - refuses a malformed or backwards range with 400 naming the field', async () => {
    const malformed = await alice.get('/api/analytics?from=yesterday');
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toMatch(/from/);
    const backwards = await alice.get('/api/analytics?from=2026-11-05&to=2026-11-01');
    expect(backwards.status).toBe(400);
    expect(JSON.stringify(backwards.body)).toMatch(/from must not be after to/);
    const tooLong = await alice.get('/api/analytics?from=2024-01-01&to=2026-11-01');
    expect(tooLong.status).toBe(400);
  });

  it('GET /api/analytics - answers 401 without a session', async () => {
    const { ApiClient } = await import('../support/api-client');
    const response = await new ApiClient().get('/api/analytics');
    expect(response.status).toBe(401);
  });
});
