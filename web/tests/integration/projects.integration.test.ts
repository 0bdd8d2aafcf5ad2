import { describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { ApiClient, signedInClient } from '../support/api-client';
import { insertGeneration } from '../support/generations';

type Project = { id: string; name: string; description: string; createdAt: string; updatedAt: string };
type Summary = {
  assetCounts: Record<'image' | 'video' | 'audio' | 'text', number>;
  lastGeneratedAt: string | null;
  covers: Array<{ assetId: string; type: string }>;
};
type Page = { items: Array<Project & { summary: Summary }>; nextCursor: string | null };

const EMPTY_SUMMARY: Summary = { assetCounts: { image: 0, video: 0, audio: 0, text: 0 }, lastGeneratedAt: null, covers: [] };

/** An asset row as the worker stores one (the files themselves do not matter here). */
async function insertAsset(userId: string, projectId: string, type: string, createdAt: string, preview: boolean): Promise<string> {
  const [row] = await asService((tx) =>
    tx.query<{ id: string }>(
      `insert into public.assets (user_id, project_id, asset_type, mime_type, bytes, name, storage_key, preview_key, created_at)
       values ($1, $2, $3, 'application/octet-stream', 1, 'asset', 'key', $4, $5) returning id`,
      [userId, projectId, type, preview ? 'preview-key' : null, createdAt],
    ),
  );
  return row!.id;
}

async function createProject(client: ApiClient, name: string, description?: string): Promise<Project> {
  const response = await client.post('/api/projects', { name, description });
  expect(response.status).toBe(201);
  return (response.body as { project: Project }).project;
}

describe('projects API', () => {
  it('POST /api/projects - creates a project, trimmed, and lists it first', async () => {
    const { client } = await signedInClient();
    const project = await createProject(client, '  Album art  ', 'Covers for the spring release');
    expect(project).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Album art',
      description: 'Covers for the spring release',
      monthlyBudgetUsd: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const list = await client.get('/api/projects');
    expect(list.status).toBe(200);
    expect(list.body).toEqual({ items: [{ ...project, summary: EMPTY_SUMMARY }], nextCursor: null });
    const one = await client.get(`/api/projects/${project.id}`);
    expect(one.body).toEqual({ project });
  });

  it('GET /api/projects - sums up each project: asset counts, the newest generation, its newest three pictures', async () => {
    const { client, user } = await signedInClient();
    const project = await createProject(client, 'Summer campaign');
    const quiet = await createProject(client, 'Nothing yet');
    const at = (minute: number) => `2026-11-30T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const oldImage = await insertAsset(user.id, project.id, 'image', at(1), true);
    const video = await insertAsset(user.id, project.id, 'video', at(2), true);
    await insertAsset(user.id, project.id, 'audio', at(3), false);
    await insertAsset(user.id, project.id, 'image', at(4), false);
    const newImage = await insertAsset(user.id, project.id, 'image', at(5), true);
    const newest = await insertAsset(user.id, project.id, 'image', at(6), true);
    await insertGeneration({ userId: user.id, projectId: project.id });
    // Another user's asset in their own project changes nothing here.
    const other = await signedInClient();
    await insertAsset(other.user.id, (await createProject(other.client, 'Theirs')).id, 'image', at(7), true);

    const page = (await client.get('/api/projects')).body as Page;
    const summary = page.items.find((item) => item.id === project.id)!.summary;
    expect(summary.assetCounts).toEqual({ image: 4, video: 1, audio: 1, text: 0 });
    expect(summary.covers).toEqual([
      { assetId: newest, type: 'image' },
      { assetId: newImage, type: 'image' },
      { assetId: video, type: 'video' },
    ]);
    expect(summary.covers.map((cover) => cover.assetId)).not.toContain(oldImage);
    expect(Date.parse(summary.lastGeneratedAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(page.items.find((item) => item.id === quiet.id)!.summary).toEqual(EMPTY_SUMMARY);
  });

  it('POST /api/projects - refuses an empty or too long name, a long description and unknown fields, creating nothing', async () => {
    const { client } = await signedInClient();
    const cases: Array<[unknown, string]> = [
      [{ name: '   ' }, 'name: name must not be empty'],
      [{ name: 'x'.repeat(101) }, 'name: name must be at most 100 characters'],
      [{ name: 'ok', description: 'y'.repeat(2001) }, 'description: description must be at most 2000 characters'],
      [{ name: 'ok', owner: 'someone-else' }, 'Unrecognized key: "owner"'],
      [{}, 'name: name is required'],
    ];
    for (const [body, message] of cases) {
      const response = await client.post('/api/projects', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((response.body as { error: { code: string; message: string } }).error).toMatchObject({
        code: 'validation_failed',
        message,
      });
    }
    expect((await client.get('/api/projects')).body).toEqual({ items: [], nextCursor: null });
  });

  it('PATCH /api/projects/:id - renames and redescribes, and refuses an empty patch', async () => {
    const { client } = await signedInClient();
    const project = await createProject(client, 'Draft');
    const renamed = await client.patch(`/api/projects/${project.id}`, { name: 'Final' });
    expect(renamed.status).toBe(200);
    const updated = (renamed.body as { project: Project }).project;
    expect(updated).toMatchObject({ id: project.id, name: 'Final', description: '' });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(project.updatedAt));
    const described = await client.patch(`/api/projects/${project.id}`, { description: 'Now with notes' });
    expect((described.body as { project: Project }).project).toMatchObject({ name: 'Final', description: 'Now with notes' });
    const empty = await client.patch(`/api/projects/${project.id}`, {});
    expect(empty.status).toBe(400);
    expect((empty.body as { error: { message: string } }).error.message).toBe('send name, description or both');
  });

  it('DELETE /api/projects/:id - deletes, then the project is gone', async () => {
    const { client } = await signedInClient();
    const project = await createProject(client, 'Temporary');
    expect((await client.delete(`/api/projects/${project.id}`)).status).toBe(204);
    const after = await client.get(`/api/projects/${project.id}`);
    expect(after.status).toBe(404);
    expect(after.body).toEqual({ error: { code: 'not_found', message: `Project ${project.id} was not found.` } });
    expect((await client.delete(`/api/projects/${project.id}`)).status).toBe(404);
  });

  it("GET/PATCH/DELETE /api/projects/:id - answers 404 for another user's project and changes nothing", async () => {
    const owner = await signedInClient();
    const project = await createProject(owner.client, 'Private plans');
    const intruder = await signedInClient();
    const notFound = { error: { code: 'not_found', message: `Project ${project.id} was not found.` } };
    for (const response of [
      await intruder.client.get(`/api/projects/${project.id}`),
      await intruder.client.patch(`/api/projects/${project.id}`, { name: 'Mine now' }),
      await intruder.client.delete(`/api/projects/${project.id}`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(notFound);
    }
    expect((await intruder.client.get('/api/projects')).body).toEqual({ items: [], nextCursor: null });
    expect((await owner.client.get(`/api/projects/${project.id}`)).body).toEqual({ project });
  });

  it('GET /api/projects/:id - answers 404 for a malformed id and for an unknown one', async () => {
    const { client } = await signedInClient();
    const malformed = await client.get('/api/projects/not-a-uuid');
    expect(malformed.status).toBe(404);
    expect(malformed.body).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
    const unknown = await client.get('/api/projects/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
  });

  it('GET /api/projects - pages newest first with limit and cursor, without repeats or gaps', async () => {
    const { client } = await signedInClient();
    const created: Project[] = [];
    for (let index = 0; index < 7; index += 1) created.push(await createProject(client, `Project ${index}`));
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/projects?limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const response = await client.get(url);
      expect(response.status).toBe(200);
      const page = response.body as Page;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.name));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(created.map((project) => project.name).reverse());
  });

  it('GET /api/projects - refuses a bad limit or cursor with 400', async () => {
    const { client } = await signedInClient();
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'cursor=bm90LWEtY3Vyc29y', 'cursor=%27%3B--']) {
      const response = await client.get(`/api/projects?${query}`);
      expect(response.status, query).toBe(400);
      expect((response.body as { error: { code: string } }).error.code).toBe('validation_failed');
    }
  });

  it('answers 401 to every projects endpoint without a session', async () => {
    const anonymous = new ApiClient();
    const id = '00000000-0000-4000-8000-000000000000';
    for (const response of [
      await anonymous.get('/api/projects'),
      await anonymous.post('/api/projects', { name: 'x' }),
      await anonymous.get(`/api/projects/${id}`),
      await anonymous.patch(`/api/projects/${id}`, { name: 'x' }),
      await anonymous.delete(`/api/projects/${id}`),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
    }
  });

  it('refuses a state-changing request from another site with 403, and creates nothing', async () => {
    const { client } = await signedInClient();
    const fromElsewhere = await client.post('/api/projects', { name: 'CSRF' }, { headers: { origin: 'https://evil.example' } });
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.body).toEqual({
      error: { code: 'cross_origin_request', message: 'Requests from other sites are not allowed.' },
    });
    const crossSite = await client.post('/api/projects', { name: 'CSRF' }, { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const sameSite = await client.post('/api/projects', { name: 'Legit' }, { headers: { origin: 'http://localhost:3000' } });
    expect(sameSite.status).toBe(201);
    const names = ((await client.get('/api/projects')).body as Page).items.map((item) => item.name);
    expect(names).toEqual(['Legit']);
  });
});

describe('health and unknown paths', () => {
  it('GET /api/health and GET /api/db-health answer ok', async () => {
    const client = new ApiClient();
    const health = await client.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const db = await client.get('/api/db-health');
    expect(db.status).toBe(200);
    expect(db.body).toEqual({ status: 'ok', latencyMs: expect.any(Number) });
  });

  it('an unknown API path answers the JSON 404 envelope', async () => {
    const response = await new ApiClient().get('/api/nothing/here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: 'No API endpoint at GET /api/nothing/here.' } });
  });
});
