import { beforeEach, describe, expect, it } from 'vitest';
import { asService, withUser } from '@/lib/db/with-user';
import { assertWithinBudgets } from '@/lib/generation/create';
import { AppError } from '@/lib/errors';
import { ApiClient, signedInClient } from '../support/api-client';
import { drainQueue, insertGeneration, testWorker } from '../support/generations';
import { builtinAdapter } from '@/lib/providers/builtin/builtin-adapter';

type Generation = { id: string; status: string; assetIds: string[]; estimatedCostUsd: number | null; actualCostUsd: number | null };
type Asset = { id: string; type: string; mimeType: string; bytes: number; width: number | null; height: number | null; favorite: boolean; hasPreview: boolean; name: string };

async function owner() {
  const signed = await signedInClient();
  const projectId = ((await signed.client.post('/api/projects', { name: 'Studio' })).body as { project: { id: string } }).project.id;
  return { ...signed, projectId };
}

const imageRequest = (projectId: string, parameters: Record<string, unknown> = { width: 96, height: 64 }) => ({
  projectId,
  generationType: 'image',
  provider: 'builtin',
  model: 'procedural-image',
  prompt: 'a red sunset over quiet mountains',
  parameters,
});

beforeEach(() => drainQueue());

describe('GET /api/providers', () => {
  it('lists every supported provider, the built-in one configured, with JSON Schema parameters and prices', async () => {
    const { client } = await owner();
    const response = await client.get('/api/providers');
    expect(response.status).toBe(200);
    const items = (response.body as { items: Array<{ id: string; configured: boolean; models: Array<{ id: string; type: string; parameters: { properties: Record<string, unknown> }; pricing: { unit: string } }> }> }).items;
    expect(items.map((item) => item.id)).toEqual(['builtin', 'openai', 'anthropic', 'google', 'fal', 'elevenlabs', 'runway', 'openai-compatible']);
    expect(items.filter((item) => item.configured).map((item) => item.id)).toEqual(['builtin']);
    const music = items[0]!.models.find((model) => model.type === 'music')!;
    expect(music.pricing.unit).toBe('free');
    expect(Object.keys(music.parameters.properties)).toEqual(expect.arrayContaining(['genre', 'mood', 'durationSeconds']));
    expect(music.parameters.properties.durationSeconds).toMatchObject({ minimum: 15, maximum: 120 });
  });
});

describe('POST /api/generations/estimate', () => {
  it('prices the built-in provider at zero through the same path, and paid models from the catalog', async () => {
    const { client, projectId } = await owner();
    const free = await client.post('/api/generations/estimate', imageRequest(projectId));
    expect(free.status).toBe(200);
    expect(free.body).toMatchObject({ estimatedCostUsd: 0, breakdown: [{ usd: 0 }] });
    const paid = await client.post('/api/generations/estimate', {
      projectId,
      generationType: 'text',
      provider: 'openai',
      model: 'gpt-5.5',
      prompt: 'x'.repeat(4000),
      parameters: { maxTokens: 1000 },
    });
    // 1000 input tokens at $5/M + 1000 output tokens at $30/M
    expect(paid.body).toMatchObject({ estimatedCostUsd: 0.035 });
    const unknown = await client.post('/api/generations/estimate', {
      projectId,
      generationType: 'image',
      provider: 'openai',
      model: 'gpt-image-2',
      prompt: 'a cat',
    });
    expect(unknown.body).toMatchObject({ estimatedCostUsd: null, note: 'The price of this model is not known.' });
  });
});

describe('POST /api/generations', () => {
  it('answers 202 with the queued generation; the same Idempotency-Key returns the same one', async () => {
    const { client, projectId } = await owner();
    const headers = { 'idempotency-key': `key-${Date.now()}` };
    const first = await client.post('/api/generations', imageRequest(projectId), { headers });
    expect(first.status).toBe(202);
    const generation = (first.body as { generation: Generation }).generation;
    expect(generation).toMatchObject({ status: 'queued', estimatedCostUsd: 0, actualCostUsd: null, assetIds: [] });
    const again = await client.post('/api/generations', imageRequest(projectId), { headers });
    expect(again.status).toBe(202);
    expect((again.body as { generation: Generation }).generation.id).toBe(generation.id);
    const list = (await client.get(`/api/generations?projectId=${projectId}`)).body as { items: Generation[] };
    expect(list.items.map((item) => item.id)).toEqual([generation.id]);
  });

  it('refuses with 422 an unknown provider, an unknown model, a parameter out of range, and a provider without a key', async () => {
    const { client, projectId } = await owner();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...imageRequest(projectId), provider: 'nope' }, 'unknown_provider', 'Unknown provider "nope".'],
      [{ ...imageRequest(projectId), model: 'nope' }, 'unknown_model', 'Provider "builtin" has no model "nope".'],
      [
        { projectId, generationType: 'music', provider: 'builtin', model: 'music', prompt: 'x', parameters: { durationSeconds: 200 } },
        'invalid_parameter',
        'Parameter "durationSeconds": Too big: expected number to be <=120',
      ],
      [
        { ...imageRequest(projectId), parameters: { width: 64, height: 64, colour: 'red' } },
        'invalid_parameter',
        'Parameter "colour": Unrecognized key: "colour"',
      ],
      [
        { projectId, generationType: 'text', provider: 'openai', model: 'gpt-5.5', prompt: 'hi' },
        'no_key_for_provider',
        'Add an API key for OpenAI in Settings to use it.',
      ],
    ];
    for (const [body, code, message] of cases) {
      const response = await client.post('/api/generations', body);
      expect(response.status, code).toBe(422);
      expect((response.body as { error: { code: string; message: string } }).error).toMatchObject({ code, message });
    }
    expect(((await client.get(`/api/generations?projectId=${projectId}`)).body as { items: unknown[] }).items).toEqual([]);
  });

  it("answers 404 for another user's project and 400 for a malformed body", async () => {
    const { projectId } = await owner();
    const intruder = await signedInClient();
    const response = await intruder.client.post('/api/generations', imageRequest(projectId));
    expect(response.status).toBe(404);
    const malformed = await intruder.client.post('/api/generations', { projectId: 'x', generationType: 'poem' });
    expect(malformed.status).toBe(400);
  });

  it('refuses a generation that would pass a monthly budget, before any provider call, saying by how much', async () => {
    const { client, user, projectId } = await owner();
    await insertGeneration({ userId: user.id, projectId, estimatedCostUsd: 3 });
    const budget = await client.request('PUT', '/api/settings/budget', { body: { monthlyBudgetUsd: 5 } });
    expect(budget.body).toEqual({ monthlyBudgetUsd: 5, spentThisMonthUsd: 3 });
    const refusal = await withUser(user.id, (tx) => assertWithinBudgets(tx, projectId, 4)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('budget_exceeded');
    expect((refusal as AppError).message).toBe(
      'This generation ($4.00) would pass your monthly budget of $5.00 by $2.00: $3.00 is spent this month.',
    );
    await withUser(user.id, (tx) => assertWithinBudgets(tx, projectId, 2));
    await client.patch(`/api/projects/${projectId}`, { monthlyBudgetUsd: 1 });
    const projectRefusal = await withUser(user.id, (tx) => assertWithinBudgets(tx, projectId, 0.5)).catch((error: unknown) => error);
    expect((projectRefusal as AppError).message).toMatch(/would pass this project's monthly budget of \$1\.00 by \$2\.50/);
  });
});

describe('a built-in generation from request to asset', () => {
  it('runs, lands as an asset with a thumbnail, serves bytes with Range, and is 404 to anyone else', async () => {
    const { client, projectId } = await owner();
    const created = await client.post('/api/generations', imageRequest(projectId, { width: 128, height: 96 }));
    const id = (created.body as { generation: Generation }).generation.id;
    await testWorker(builtinAdapter).runOnce();
    const done = (await client.get(`/api/generations/${id}`)).body as { generation: Generation };
    expect(done.generation).toMatchObject({ status: 'succeeded', actualCostUsd: 0, progress: 1 });
    expect(done.generation.assetIds).toHaveLength(1);
    const assetId = done.generation.assetIds[0]!;

    const asset = ((await client.get(`/api/assets/${assetId}`)).body as { asset: Asset }).asset;
    expect(asset).toMatchObject({ type: 'image', mimeType: 'image/png', width: 128, height: 96, favorite: false, hasPreview: true });

    const whole = await client.get(`/api/assets/${assetId}/content`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('image/png');
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(whole.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(whole.bytes.length).toBe(asset.bytes);

    const part = await client.get(`/api/assets/${assetId}/content`, { headers: { range: 'bytes=0-7' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-7/${asset.bytes}`);
    expect(part.bytes).toEqual(whole.bytes.subarray(0, 8));
    const tail = await client.get(`/api/assets/${assetId}/content`, { headers: { range: 'bytes=-4' } });
    expect(tail.bytes).toEqual(whole.bytes.subarray(-4));
    const outside = await client.get(`/api/assets/${assetId}/content`, { headers: { range: `bytes=${asset.bytes}-` } });
    expect(outside.status).toBe(416);
    expect(outside.headers.get('content-range')).toBe(`bytes */${asset.bytes}`);

    const preview = await client.get(`/api/assets/${assetId}/preview`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/webp');

    const intruder = await signedInClient();
    for (const path of [
      `/api/generations/${id}`,
      `/api/generations/${id}/events`,
      `/api/assets/${assetId}`,
      `/api/assets/${assetId}/content`,
      `/api/assets/${assetId}/preview`,
      `/api/assets/${assetId}/share`,
    ]) {
      const response = await intruder.client.get(path);
      expect(response.status, path).toBe(404);
      expect((response.body as { error: { code: string } }).error.code).toBe('not_found');
    }
    for (const response of [
      await intruder.client.patch(`/api/assets/${assetId}`, { favorite: true }),
      await intruder.client.delete(`/api/assets/${assetId}`),
      await intruder.client.post(`/api/assets/${assetId}/share`, {}),
      await intruder.client.delete(`/api/assets/${assetId}/share`),
      await intruder.client.delete(`/api/assets/${assetId}/share/${crypto.randomUUID()}`),
      await intruder.client.post(`/api/generations/${id}/cancel`),
    ]) {
      expect(response.status).toBe(404);
    }
    expect(((await intruder.client.get('/api/assets')).body as { items: unknown[] }).items).toEqual([]);
  });

  it('streams status over server-sent events until done', async () => {
    const { client, projectId } = await owner();
    const created = await client.post('/api/generations', imageRequest(projectId));
    const id = (created.body as { generation: Generation }).generation.id;
    const worker = testWorker(builtinAdapter);
    worker.start();
    try {
      const events = await client.get(`/api/generations/${id}/events`);
      expect(events.status).toBe(200);
      expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      const names = [...events.text.matchAll(/^event: (\w+)$/gm)].map((match) => match[1]);
      expect(names[0]).toBe('status');
      expect(names.at(-1)).toBe('done');
      const done = JSON.parse(/event: done\ndata: (.*)\n/.exec(events.text)![1]!) as { generation: Generation };
      expect(done.generation.status).toBe('succeeded');
    } finally {
      await worker.stop();
    }
  });
});

describe('the asset library', () => {
  it('filters by type, favourites and prompt search; renames; shares, revokes and deletes', async () => {
    const { client, projectId } = await owner();
    for (const prompt of ['a blue ocean at night', 'a green forest']) {
      await client.post('/api/generations', { ...imageRequest(projectId), prompt });
    }
    const worker = testWorker(builtinAdapter);
    while (await worker.runOnce()) {
      // drain
    }
    const all = ((await client.get(`/api/assets?projectId=${projectId}`)).body as { items: Asset[] }).items;
    expect(all).toHaveLength(2);
    const [forest, ocean] = all as [Asset, Asset];
    expect(forest.name).toBe('a green forest.png');

    expect((await client.patch(`/api/assets/${ocean.id}`, { favorite: true, name: 'Night sea' })).body).toMatchObject({
      asset: { favorite: true, name: 'Night sea' },
    });
    const favourites = ((await client.get(`/api/assets?projectId=${projectId}&favorite=true`)).body as { items: Asset[] }).items;
    expect(favourites.map((item) => item.id)).toEqual([ocean.id]);
    const search = ((await client.get(`/api/assets?q=FOREST`)).body as { items: Asset[] }).items;
    expect(search.map((item) => item.id)).toEqual([forest.id]);
    expect(((await client.get(`/api/assets?projectId=${projectId}&type=audio`)).body as { items: Asset[] }).items).toEqual([]);
    expect((await client.get('/api/assets?type=gif')).status).toBe(400);
    const byProvider = ((await client.get(`/api/assets?projectId=${projectId}&provider=builtin`)).body as { items: Asset[] }).items;
    expect(byProvider).toHaveLength(2);
    expect(((await client.get(`/api/assets?projectId=${projectId}&provider=openai`)).body as { items: Asset[] }).items).toEqual([]);
    expect((await client.get('/api/assets?provider=Not%20One')).status).toBe(400);
    expect(((await client.get(`/api/assets?projectId=${projectId}&generationType=image`)).body as { items: Asset[] }).items).toHaveLength(2);
    expect(((await client.get(`/api/assets?projectId=${projectId}&generationType=music`)).body as { items: Asset[] }).items).toEqual([]);
    const images = (await client.get(`/api/generations?projectId=${projectId}&type=image&status=succeeded`)).body as { items: unknown[] };
    expect(images.items).toHaveLength(2);
    const inFlight = (await client.get(`/api/generations?projectId=${projectId}&status=queued,running`)).body as { items: unknown[] };
    expect(inFlight.items).toEqual([]);
    expect((await client.get('/api/generations?status=done')).status).toBe(400);
    expect((await client.get('/api/generations?type=gif')).status).toBe(400);

    // Two links; one is revoked by itself, the other keeps working.
    const spare = await client.post(`/api/assets/${ocean.id}/share`, {});
    expect(spare.status).toBe(201);
    const spareLink = spare.body as { id: string; token: string };
    const share = await client.post(`/api/assets/${ocean.id}/share`, { expiresInHours: 24 });
    expect(share.status).toBe(201);
    const live = (await client.get(`/api/assets/${ocean.id}/share`)).body as { items: Array<{ id: string; expiresAt: string | null }> };
    expect(live.items.map((link) => link.id)).toEqual([(share.body as { id: string }).id, spareLink.id]);
    expect(JSON.stringify(live)).not.toContain(spareLink.token);
    expect((await client.delete(`/api/assets/${ocean.id}/share/${spareLink.id}`)).status).toBe(204);
    expect((await client.delete(`/api/assets/${ocean.id}/share/${spareLink.id}`)).status).toBe(404);
    expect((await new ApiClient().get(`/api/share/${spareLink.token}/content`)).status).toBe(404);
    expect(((await client.get(`/api/assets/${ocean.id}/share`)).body as { items: unknown[] }).items).toHaveLength(1);
    const { token, url } = share.body as { token: string; url: string };
    expect(url).toBe(`http://localhost:3000/s/${token}`);
    const visitor = new ApiClient();
    const shared = await visitor.get(`/api/share/${token}/content`);
    expect(shared.status).toBe(200);
    expect(shared.headers.get('content-type')).toBe('image/png');
    expect((await visitor.get(`/api/share/${token}/content`, { headers: { range: 'bytes=0-3' } })).status).toBe(206);
    expect((await visitor.get(`/api/share/${'x'.repeat(32)}/content`)).status).toBe(404);

    expect((await client.delete(`/api/assets/${ocean.id}/share`)).status).toBe(204);
    const revoked = await visitor.get(`/api/share/${token}/content`);
    expect(revoked.status).toBe(404);

    const expiring = (await client.post(`/api/assets/${forest.id}/share`, {})).body as { token: string };
    await asService((tx) => tx.query(`update public.share_links set expires_at = now() - interval '1 second' where asset_id = $1`, [forest.id]));
    expect((await visitor.get(`/api/share/${expiring.token}/content`)).status).toBe(404);

    expect((await client.delete(`/api/assets/${forest.id}`)).status).toBe(204);
    expect((await client.get(`/api/assets/${forest.id}`)).status).toBe(404);
    expect((await client.get(`/api/assets/${forest.id}/content`)).status).toBe(404);
  });
});
