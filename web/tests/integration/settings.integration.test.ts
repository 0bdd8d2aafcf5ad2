import { beforeEach, describe, expect, it } from 'vitest';
import { resetPasswordChangeThrottle } from '@/lib/auth/password-change-throttle';
import { withUser } from '@/lib/db/with-user';
import { resetLoginThrottle } from '@/lib/ratelimit/login-throttle';
import { ApiClient, signedInClient, type ApiResponse } from '../support/api-client';

/** A string is sent as it is (malformed JSON); anything else as JSON. */
const send = (body: unknown) =>
  typeof body === 'string' ? { rawBody: body, headers: { 'content-type': 'application/json' } } : { body };

const changePassword = (client: ApiClient, body: unknown) => client.request('POST', '/api/auth/password', send(body));
const getDefaults = (client: ApiClient) => client.get('/api/settings/defaults');
const putDefaults = (client: ApiClient, body: unknown) => client.request('PUT', '/api/settings/defaults', send(body));

async function logIn(email: string, password: string): Promise<ApiResponse & { client: ApiClient }> {
  const client = new ApiClient();
  return { ...(await client.post('/api/auth/login', { email, password })), client };
}

beforeEach(() => {
  resetLoginThrottle();
  resetPasswordChangeThrottle();
});

describe('PATCH /api/auth/me', () => {
  it('renames the user, trimmed; /me and the next login show the new name', async () => {
    const { client, user, email, password } = await signedInClient({ displayName: 'Before' });
    const response = await client.patch('/api/auth/me', { displayName: '  Ada Lovelace  ' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ user: { ...user, displayName: 'Ada Lovelace' } });
    expect((await client.get('/api/auth/me')).body).toEqual({ user: { ...user, displayName: 'Ada Lovelace' } });
    expect((await logIn(email, password)).body).toEqual({ user: { ...user, displayName: 'Ada Lovelace' } });
  });

  it('refuses an empty, blank, too long or missing name and an email, with 400 naming the field, and changes nothing', async () => {
    const { client, user } = await signedInClient({ displayName: 'Kept' });
    const blank = await client.patch('/api/auth/me', { displayName: '   ' });
    expect(blank.status).toBe(400);
    expect(blank.body).toEqual({
      error: {
        code: 'validation_failed',
        message: 'displayName: displayName must not be empty',
        details: { issues: [{ path: 'displayName', message: 'displayName must not be empty' }] },
      },
    });
    const tooLong = await client.patch('/api/auth/me', { displayName: 'x'.repeat(101) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toEqual({
      error: {
        code: 'validation_failed',
        message: 'displayName: displayName must be at most 100 characters',
        details: { issues: [{ path: 'displayName', message: 'displayName must be at most 100 characters' }] },
      },
    });
    const missing = await client.patch('/api/auth/me', {});
    expect(missing.status).toBe(400);
    expect((missing.body as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ path: 'displayName', message: 'displayName is required' }],
    });
    const withEmail = await client.patch('/api/auth/me', { displayName: 'New', email: 'new@example.test' });
    expect(withEmail.status).toBe(400);
    expect((withEmail.body as { error: { code: string } }).error.code).toBe('validation_failed');
    // Exactly 100 characters is allowed (the boundary), and only then does the name change.
    expect((await client.get('/api/auth/me')).body).toEqual({ user });
    const longest = await client.patch('/api/auth/me', { displayName: 'y'.repeat(100) });
    expect(longest.status).toBe(200);
  });

  it("renames only the signed-in user, never another user's profile", async () => {
    const alice = await signedInClient({ displayName: 'Alice' });
    const bob = await signedInClient({ displayName: 'Bob' });
    await alice.client.patch('/api/auth/me', { displayName: 'Alice Renamed' });
    expect((await bob.client.get('/api/auth/me')).body).toEqual({ user: bob.user });
  });

  it('answers 401 without a session', async () => {
    const response = await new ApiClient().patch('/api/auth/me', { displayName: 'Nobody' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
  });
});

describe('POST /api/auth/password', () => {
  it('changes the password: the old one no longer logs in, the new one does; other sessions end, this one stays', async () => {
    const { client, user, email, password } = await signedInClient();
    const otherDevice = (await logIn(email, password)).client;
    expect((await otherDevice.get('/api/auth/me')).status).toBe(200);
    const bystander = await signedInClient();

    const response = await changePassword(client, { currentPassword: password, newPassword: 'a brand new secret' });
    expect(response.status).toBe(204);
    expect(response.text).toBe('');

    expect((await client.get('/api/auth/me')).body).toEqual({ user });
    const revoked = await otherDevice.get('/api/auth/me');
    expect(revoked.status).toBe(401);
    expect(revoked.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
    const oldLogin = await logIn(email, password);
    expect(oldLogin.status).toBe(401);
    expect(oldLogin.body).toEqual({ error: { code: 'invalid_credentials', message: 'The email or password is not right.' } });
    const newLogin = await logIn(email, 'a brand new secret');
    expect(newLogin.status).toBe(200);
    expect(newLogin.body).toEqual({ user });
    // Another user's sessions are not touched.
    expect((await bystander.client.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a wrong current password with 403 forbidden and changes nothing', async () => {
    const { client, email, password } = await signedInClient();
    const otherDevice = (await logIn(email, password)).client;
    const response = await changePassword(client, { currentPassword: 'not my password', newPassword: 'a brand new secret' });
    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: { code: 'forbidden', message: 'The current password is not right.' } });
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await otherDevice.get('/api/auth/me')).status).toBe(200);
    expect((await logIn(email, password)).status).toBe(200);
    expect((await logIn(email, 'a brand new secret')).status).toBe(401);
  });

  it('refuses a new password that is too short, too long, the same as the current one, or missing, with 400', async () => {
    const { client, email, password } = await signedInClient();
    const short = await changePassword(client, { currentPassword: password, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body).toEqual({
      error: {
        code: 'validation_failed',
        message: 'newPassword: newPassword must be at least 8 characters',
        details: { issues: [{ path: 'newPassword', message: 'newPassword must be at least 8 characters' }] },
      },
    });
    const long = await changePassword(client, { currentPassword: password, newPassword: 'x'.repeat(201) });
    expect((long.body as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ path: 'newPassword', message: 'newPassword must be at most 200 characters' }],
    });
    const same = await changePassword(client, { currentPassword: password, newPassword: password });
    expect(same.status).toBe(400);
    expect((same.body as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ path: 'newPassword', message: 'newPassword must differ from currentPassword' }],
    });
    const missing = await changePassword(client, { newPassword: 'a brand new secret' });
    expect((missing.body as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ path: 'currentPassword', message: 'currentPassword is required' }],
    });
    const malformed = await changePassword(client, '{"currentPassword": ');
    expect(malformed.body).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
    expect((await logIn(email, password)).status).toBe(200);
  });

  it('throttles wrong current passwords with 429 and Retry-After, even when the right one follows', async () => {
    const { client, email, password } = await signedInClient();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await changePassword(client, { currentPassword: `wrong-${attempt}`, newPassword: 'a brand new secret' });
      expect(response.status).toBe(403);
    }
    const blocked = await changePassword(client, { currentPassword: password, newPassword: 'a brand new secret' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((blocked.body as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/^Too many wrong passwords\. Try again in \d+ (seconds|minutes)\.$/),
    });
    expect((await logIn(email, password)).status).toBe(200);
  });

  it('answers 401 without a session', async () => {
    const response = await changePassword(new ApiClient(), { currentPassword: 'whatever1', newPassword: 'whatever2' });
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
  });
});

describe('GET and PUT /api/settings/defaults', () => {
  const image = { provider: 'openai', model: 'gpt-image-1.5' };
  const music = { provider: 'builtin', model: 'music' };

  it('starts empty, sets defaults, keeps the types left out, and clears a type set to null', async () => {
    const { client } = await signedInClient();
    expect((await getDefaults(client)).body).toEqual({ defaults: {} });

    const set = await putDefaults(client, { defaults: { image, music } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ defaults: { image, music } });
    expect((await getDefaults(client)).body).toEqual({ defaults: { image, music } });

    const text = { provider: 'openai-compatible', model: 'custom' };
    expect((await putDefaults(client, { defaults: { text } })).body).toEqual({ defaults: { text, image, music } });

    const cleared = await putDefaults(client, { defaults: { image: null, text: null } });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ defaults: { music } });
    expect((await getDefaults(client)).body).toEqual({ defaults: { music } });
  });

  it('refuses an unknown provider, an unknown model and a model of another type with 422 unknown_model, saving nothing', async () => {
    const { client } = await signedInClient();
    await putDefaults(client, { defaults: { music } });

    const unknownProvider = await putDefaults(client, { defaults: { image: { provider: 'nope', model: 'x' } } });
    expect(unknownProvider.status).toBe(422);
    expect(unknownProvider.body).toEqual({
      error: {
        code: 'unknown_model',
        message: 'There is no provider "nope".',
        details: { issues: [{ path: 'defaults.image', message: 'There is no provider "nope".' }] },
      },
    });

    const unknownModel = await putDefaults(client, { defaults: { image: { provider: 'builtin', model: 'photo-real' } } });
    expect(unknownModel.status).toBe(422);
    expect((unknownModel.body as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'unknown_model',
      message: 'Built-in (offline) has no model "photo-real".',
    });

    // One good entry with one bad: nothing of either is saved.
    const wrongType = await putDefaults(client, { defaults: { video: { provider: 'builtin', model: 'motion-video' }, image: music } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body).toEqual({
      error: {
        code: 'unknown_model',
        message: 'Composer (Built-in (offline)) makes music, not image.',
        details: { issues: [{ path: 'defaults.image', message: 'Composer (Built-in (offline)) makes music, not image.' }] },
      },
    });
    expect((await getDefaults(client)).body).toEqual({ defaults: { music } });
  });

  it('answers 400 for an unknown type, a malformed entry or a body without defaults, saving nothing', async () => {
    const { client } = await signedInClient();
    const unknownType = await putDefaults(client, { defaults: { hologram: music } });
    expect(unknownType.status).toBe(400);
    expect((unknownType.body as { error: { code: string } }).error.code).toBe('validation_failed');
    const malformed = await putDefaults(client, { defaults: { music: { provider: 'builtin' } } });
    expect(malformed.status).toBe(400);
    expect((malformed.body as { error: { details: unknown } }).error.details).toEqual({
      issues: [{ path: 'defaults.music.model', message: 'model is required' }],
    });
    expect((await putDefaults(client, { music })).status).toBe(400);
    expect((await getDefaults(client)).body).toEqual({ defaults: {} });
  });

  it('leaves out a saved default whose model is no longer in the catalog', async () => {
    const { client, user } = await signedInClient();
    await putDefaults(client, { defaults: { music } });
    await withUser(user.id, (tx) =>
      tx.query(`update public.user_preferences set default_models = default_models || $1::text::jsonb`, [
        JSON.stringify({ image: { provider: 'builtin', model: 'retired-model' }, video: 'not an entry' }),
      ]),
    );
    expect((await getDefaults(client)).body).toEqual({ defaults: { music } });
    // Saving another type keeps working, and still leaves the stale entry out.
    expect((await putDefaults(client, { defaults: { audio: { provider: 'builtin', model: 'speech' } } })).body).toEqual({
      defaults: { music, audio: { provider: 'builtin', model: 'speech' } },
    });
  });

  it("keeps each user's defaults their own", async () => {
    const alice = await signedInClient();
    const bob = await signedInClient();
    await putDefaults(alice.client, { defaults: { image } });
    expect((await getDefaults(bob.client)).body).toEqual({ defaults: {} });
    await putDefaults(bob.client, { defaults: { music, image: null } });
    expect((await getDefaults(alice.client)).body).toEqual({ defaults: { image } });
    expect((await getDefaults(bob.client)).body).toEqual({ defaults: { music } });
  });

  it('answers 401 without a session', async () => {
    const anonymous = new ApiClient();
    const read = await getDefaults(anonymous);
    expect(read.status).toBe(401);
    expect(read.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
    expect((await putDefaults(anonymous, { defaults: { music } })).status).toBe(401);
  });
});
