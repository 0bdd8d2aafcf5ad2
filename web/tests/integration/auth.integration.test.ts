import { beforeEach, describe, expect, it } from 'vitest';
import { resetLoginThrottle } from '@/lib/ratelimit/login-throttle';
import { ApiClient, signedInClient, uniqueEmail } from '../support/api-client';

beforeEach(() => resetLoginThrottle());

describe('POST /api/auth/signup', () => {
  it('creates the account, answers 201 with the user and sets an HttpOnly SameSite=Lax session cookie', async () => {
    const client = new ApiClient();
    const email = uniqueEmail('Signup');
    const response = await client.post('/api/auth/signup', { email, password: 'longenough', displayName: 'Ada' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ user: { id: expect.any(String), email: email.toLowerCase(), displayName: 'Ada' } });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('medialab_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).toMatch(/Path=\//);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(response.body);
  });

  it('refuses an email that is taken, whatever its case, with 409 email_taken', async () => {
    const { email } = await signedInClient();
    const response = await new ApiClient().post('/api/auth/signup', { email: email.toUpperCase(), password: 'another-password' });
    expect(response.status).toBe(409);
    expect(response.body).toEqual({
      error: { code: 'email_taken', message: 'An account with this email already exists. Log in instead.' },
    });
  });

  it('refuses a password under 8 characters with 400 naming the field, and creates nothing', async () => {
    const client = new ApiClient();
    const email = uniqueEmail();
    const response = await client.post('/api/auth/signup', { email, password: 'short' });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'validation_failed',
        message: 'password: password must be at least 8 characters',
        details: { issues: [{ path: 'password', message: 'password must be at least 8 characters' }] },
      },
    });
    expect(response.headers.getSetCookie()).toEqual([]);
    const login = await client.post('/api/auth/login', { email, password: 'short' });
    expect(login.status).toBe(401);
  });

  it('answers 400 for malformed JSON, an empty body and wrong types', async () => {
    const client = new ApiClient();
    const malformed = await client.request('POST', '/api/auth/signup', { rawBody: '{"email": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
    const empty = await client.request('POST', '/api/auth/signup', {});
    expect(empty.body).toEqual({ error: { code: 'invalid_json', message: 'The request body must be JSON.' } });
    const wrongTypes = await client.post('/api/auth/signup', { email: 42, password: ['x'] });
    expect(wrongTypes.status).toBe(400);
    expect((wrongTypes.body as { error: { code: string } }).error.code).toBe('validation_failed');
    const notAnObject = await client.post('/api/auth/signup', 'just a string');
    expect(notAnObject.status).toBe(400);
  });

  it('answers 413 for a body over the limit, declared or not', async () => {
    const client = new ApiClient();
    const huge = JSON.stringify({ email: uniqueEmail(), password: 'x'.repeat(20_000) });
    const declared = await client.request('POST', '/api/auth/signup', { rawBody: huge, headers: { 'content-length': String(huge.length) } });
    expect(declared.status).toBe(413);
    expect(declared.body).toEqual({
      error: { code: 'payload_too_large', message: 'The request body must be at most 16384 bytes.' },
    });
    const streamed = await client.request('POST', '/api/auth/signup', { rawBody: huge });
    expect(streamed.status).toBe(413);
  });
});

describe('POST /api/auth/login', () => {
  it('logs in with the right password and sets a new session cookie', async () => {
    const { email, password, user } = await signedInClient();
    const client = new ApiClient();
    const response = await client.post('/api/auth/login', { email: ` ${email.toUpperCase()} `, password });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ user });
    expect(client.cookie).toMatch(/^medialab_session=[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 invalid_credentials, with one message for a wrong password and an unknown email', async () => {
    const { email } = await signedInClient();
    const wrongPassword = await new ApiClient().post('/api/auth/login', { email, password: 'not the password' });
    const unknownEmail = await new ApiClient().post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'whatever1' });
    const expected = { error: { code: 'invalid_credentials', message: 'The email or password is not right.' } };
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toEqual(expected);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(expected);
  });

  it('throttles failed logins per email with 429 and Retry-After, even with the right password', async () => {
    const { email, password } = await signedInClient();
    const client = new ApiClient();
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await client.post('/api/auth/login', { email, password: `wrong-${attempt}` }, { headers });
      expect(response.status).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email, password }, { headers });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((blocked.body as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/^Too many failed logins\. Try again in \d+ (seconds|minutes)\.$/),
    });
    // Another address is still blocked for this email.
    const elsewhere = await client.post('/api/auth/login', { email, password }, { headers: { 'x-forwarded-for': '198.51.100.2' } });
    expect(elsewhere.status).toBe(429);
  });

  it('throttles failed logins per IP across many emails', async () => {
    const client = new ApiClient();
    const headers = { 'x-forwarded-for': '192.0.2.44' };
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const response = await client.post('/api/auth/login', { email: uniqueEmail('spray'), password: 'guess-123' }, { headers });
      expect(response.status).toBe(401);
    }
    const { email, password } = await signedInClient();
    const blocked = await client.post('/api/auth/login', { email, password }, { headers });
    expect(blocked.status).toBe(429);
    const otherIp = await client.post('/api/auth/login', { email, password }, { headers: { 'x-forwarded-for': '192.0.2.45' } });
    expect(otherIp.status).toBe(200);
  });
});

describe('POST /api/auth/logout', () => {
  it('revokes the session server-side: the old cookie no longer works', async () => {
    const { client } = await signedInClient();
    const stolenCookie = client.cookie;
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join()).toMatch(/medialab_session=;.*Max-Age=0/i);
    const replay = new ApiClient();
    replay.cookie = stolenCookie;
    const me = await replay.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
  });
});

describe('GET /api/auth/me', () => {
  it('answers 401 without a session, and with a forged one', async () => {
    const anonymous = await new ApiClient().get('/api/auth/me');
    expect(anonymous.status).toBe(401);
    const forged = new ApiClient();
    forged.cookie = `medialab_session=${'A'.repeat(43)}`;
    expect((await forged.get('/api/auth/me')).status).toBe(401);
  });
});
