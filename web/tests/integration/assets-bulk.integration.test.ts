import { randomUUID } from 'node:crypto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { getBlobStore } from '@/lib/storage';
import { ApiClient, signedInClient } from '../support/api-client';
import { tinyPng } from '../support/generations';

type Owner = Awaited<ReturnType<typeof signedInClient>> & { projectId: string };
type Seeded = { id: string; data: Buffer; keys: string[] };

async function owner(): Promise<Owner> {
  const signed = await signedInClient();
  const projectId = ((await signed.client.post('/api/projects', { name: 'Bulk' })).body as { project: { id: string } }).project.id;
  return { ...signed, projectId };
}

/** An asset with its stored file (and a preview), written as the generation worker would. */
async function seedAsset(who: Owner, asset: { name: string; mimeType: string; type: 'image' | 'audio' | 'text'; data: Buffer }): Promise<Seeded> {
  const id = randomUUID();
  const base = `${who.user.id}/${who.projectId}/${id}`;
  const storageKey = `${base}/original.bin`;
  const previewKey = asset.type === 'image' ? `${base}/preview.webp` : null;
  await getBlobStore().put(storageKey, asset.data, asset.mimeType);
  if (previewKey) await getBlobStore().put(previewKey, tinyPng, 'image/webp');
  await asService((tx) =>
    tx.query(
      `insert into public.assets (id, user_id, project_id, asset_type, mime_type, bytes, name, storage_key, preview_key, preview_mime_type)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, who.user.id, who.projectId, asset.type, asset.mimeType, asset.data.length, asset.name, storageKey, previewKey, previewKey ? 'image/webp' : null],
    ),
  );
  return { id, data: asset.data, keys: previewKey ? [storageKey, previewKey] : [storageKey] };
}

const bytes = (length: number, seed: number) => Buffer.from(Array.from({ length }, (_, index) => (index * 31 + seed) % 256));

/** POSTs to a bulk route with the client's session (or none); a raw body is sent as it is. */
async function post(path: string, client: ApiClient | null, body: unknown, options: { raw?: boolean } = {}) {
  const response = await (client ?? new ApiClient()).request(
    'POST',
    path,
    options.raw ? { rawBody: body as string, headers: { 'content-type': 'application/json' } } : { body },
  );
  return { status: response.status, headers: response.headers, data: response.bytes, json: response.body };
}

const archive = (client: ApiClient | null, body: unknown, options?: { raw?: boolean }) => post('/api/assets/archive', client, body, options);
const bulkDelete = (client: ApiClient | null, body: unknown, options?: { raw?: boolean }) => post('/api/assets/delete', client, body, options);

async function stored(key: string): Promise<boolean> {
  const blob = await getBlobStore().get(key);
  await blob?.stream.cancel();
  return blob !== null;
}

async function exists(client: ApiClient, id: string): Promise<boolean> {
  return (await client.get(`/api/assets/${id}`)).status === 200;
}

describe('POST /api/assets/archive', () => {
  it('streams a ZIP of exactly the chosen assets, in order, with their bytes and unique readable names', async () => {
    const who = await owner();
    const first = await seedAsset(who, { name: 'Sunset over the bay.png', mimeType: 'image/png', type: 'image', data: bytes(70_000, 1) });
    const drone = await seedAsset(who, { name: 'Drone in D.wav', mimeType: 'audio/wav', type: 'audio', data: Buffer.alloc(50_000, 3) });
    const second = await seedAsset(who, { name: 'Sunset over the bay.png', mimeType: 'image/png', type: 'image', data: bytes(900, 2) });
    const notes = await seedAsset(who, { name: 'Notes: café / plans?', mimeType: 'text/markdown', type: 'text', data: Buffer.from('# Plans\n'.repeat(200)) });
    const left = await seedAsset(who, { name: 'Not chosen.png', mimeType: 'image/png', type: 'image', data: bytes(100, 4) });

    const response = await archive(who.client, { ids: [first.id, drone.id, second.id, notes.id] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="medialab-4-assets.zip"');
    const files = unzipSync(new Uint8Array(response.data));
    expect(Object.keys(files)).toEqual(['sunset-over-the-bay.png', 'drone-in-d.wav', 'sunset-over-the-bay-2.png', 'notes-cafe-plans.md']);
    expect(Buffer.from(files['sunset-over-the-bay.png']!)).toEqual(first.data);
    expect(Buffer.from(files['drone-in-d.wav']!)).toEqual(drone.data);
    expect(Buffer.from(files['sunset-over-the-bay-2.png']!)).toEqual(second.data);
    expect(Buffer.from(files['notes-cafe-plans.md']!)).toEqual(notes.data);
    expect(Object.values(files).some((file) => Buffer.from(file).equals(left.data))).toBe(false);
    // The WAV and the text are deflated: the archive is much smaller than the files.
    expect(response.data.length).toBeLessThan(first.data.length + second.data.length + 10_000);
  });

  it("answers 404 for another user's asset exactly as for a missing one, and sends no archive", async () => {
    const victim = await owner();
    const secret = await seedAsset(victim, { name: 'Private.png', mimeType: 'image/png', type: 'image', data: bytes(500, 9) });
    const intruder = await owner();
    const own = await seedAsset(intruder, { name: 'Mine.png', mimeType: 'image/png', type: 'image', data: bytes(500, 8) });
    const missing = randomUUID();

    const foreign = await archive(intruder.client, { ids: [own.id, secret.id] });
    const absent = await archive(intruder.client, { ids: [own.id, missing] });
    for (const [response, id] of [
      [foreign, secret.id],
      [absent, missing],
    ] as const) {
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(response.headers.get('content-disposition')).toBeNull();
      expect(response.json).toEqual({ error: { code: 'not_found', message: `Asset ${id} was not found.` } });
    }
  });

  it('refuses too many, repeated, malformed or missing ids and a body that is not JSON with 400', async () => {
    const who = await owner();
    const asset = await seedAsset(who, { name: 'One.png', mimeType: 'image/png', type: 'image', data: bytes(10, 1) });
    const cases: Array<[unknown, string]> = [
      [{ ids: Array.from({ length: 201 }, () => randomUUID()) }, 'ids: ids must name at most 200 assets'],
      [{ ids: [asset.id, asset.id] }, 'ids: ids must not name an asset twice'],
      [{ ids: [asset.id, asset.id.toUpperCase()] }, 'ids: ids must not name an asset twice'],
      [{ ids: [asset.id, 'not-a-uuid'] }, 'ids.1: expected a UUID'],
      [{ ids: [] }, 'ids: ids must name at least one asset'],
      [{}, 'ids: ids must be a list of asset ids'],
      [{ ids: asset.id }, 'ids: ids must be a list of asset ids'],
      [{ ids: [asset.id], format: 'tar' }, 'Unrecognized key: "format"'],
    ];
    for (const [body, message] of cases) {
      const response = await archive(who.client, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect((response.json as { error: { code: string; message: string } }).error).toMatchObject({ code: 'validation_failed', message });
    }
    const malformed = await archive(who.client, '{"ids": [', { raw: true });
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
  });

  it('answers 401 without a session', async () => {
    const response = await archive(null, { ids: [randomUUID()] });
    expect(response.status).toBe(401);
    expect(response.json).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
  });
});

describe('POST /api/assets/delete', () => {
  it('deletes the chosen assets and their stored files, and nothing else', async () => {
    const who = await owner();
    const [one, two, kept] = [
      await seedAsset(who, { name: 'One.png', mimeType: 'image/png', type: 'image', data: bytes(100, 1) }),
      await seedAsset(who, { name: 'Two.wav', mimeType: 'audio/wav', type: 'audio', data: bytes(100, 2) }),
      await seedAsset(who, { name: 'Kept.png', mimeType: 'image/png', type: 'image', data: bytes(100, 3) }),
    ] as [Seeded, Seeded, Seeded];

    const response = await bulkDelete(who.client, { ids: [two.id, one.id] });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ deletedIds: [two.id, one.id] });
    expect(await exists(who.client, one.id)).toBe(false);
    expect(await exists(who.client, two.id)).toBe(false);
    expect(await exists(who.client, kept.id)).toBe(true);
    for (const key of [...one.keys, ...two.keys]) expect(await stored(key), key).toBe(false);
    for (const key of kept.keys) expect(await stored(key), key).toBe(true);
    const list = (await who.client.get(`/api/assets?projectId=${who.projectId}`)).body as { items: Array<{ id: string }> };
    expect(list.items.map((item) => item.id)).toEqual([kept.id]);

    // Already gone: 404, as for any missing id.
    const again = await bulkDelete(who.client, { ids: [one.id] });
    expect(again.status).toBe(404);
    expect(again.json).toEqual({ error: { code: 'not_found', message: `Asset ${one.id} was not found.` } });
  });

  it("answers 404 for another user's asset and deletes nothing, not even the caller's own", async () => {
    const victim = await owner();
    const secret = await seedAsset(victim, { name: 'Private.png', mimeType: 'image/png', type: 'image', data: bytes(100, 5) });
    const intruder = await owner();
    const own = await seedAsset(intruder, { name: 'Mine.png', mimeType: 'image/png', type: 'image', data: bytes(100, 6) });

    const foreign = await bulkDelete(intruder.client, { ids: [own.id, secret.id] });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual({ error: { code: 'not_found', message: `Asset ${secret.id} was not found.` } });
    const missing = randomUUID();
    const absent = await bulkDelete(intruder.client, { ids: [own.id, missing] });
    expect(absent.json).toEqual({ error: { code: 'not_found', message: `Asset ${missing} was not found.` } });

    expect(await exists(intruder.client, own.id)).toBe(true);
    expect(await exists(victim.client, secret.id)).toBe(true);
    for (const key of [...own.keys, ...secret.keys]) expect(await stored(key), key).toBe(true);
  });

  it('refuses too many, repeated or malformed ids with 400, and 401 without a session, deleting nothing', async () => {
    const who = await owner();
    const asset = await seedAsset(who, { name: 'Stays.png', mimeType: 'image/png', type: 'image', data: bytes(10, 1) });
    const cases: Array<[unknown, string]> = [
      [{ ids: [asset.id, ...Array.from({ length: 200 }, () => randomUUID())] }, 'ids: ids must name at most 200 assets'],
      [{ ids: [asset.id, asset.id] }, 'ids: ids must not name an asset twice'],
      [{ ids: ['42'] }, 'ids.0: expected a UUID'],
      [{ ids: [] }, 'ids: ids must name at least one asset'],
    ];
    for (const [body, message] of cases) {
      const response = await bulkDelete(who.client, body);
      expect(response.status, message).toBe(400);
      expect((response.json as { error: { code: string; message: string } }).error).toMatchObject({ code: 'validation_failed', message });
    }
    const anonymous = await bulkDelete(null, { ids: [asset.id] });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
    expect(await exists(who.client, asset.id)).toBe(true);
    for (const key of asset.keys) expect(await stored(key)).toBe(true);
  });
});
