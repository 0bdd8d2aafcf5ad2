import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendJson, startStubServer, type StubServer } from '../../../../tests/support/stub-server';
import { falWebhookUrl, verifyFalWebhook } from './fal-webhook';

const FIXTURES = path.join(import.meta.dirname, '__fixtures__');
const body = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

const falKey = generateKeyPairSync('ed25519');
const rotatedKey = generateKeyPairSync('ed25519');
const strangerKey = generateKeyPairSync('ed25519');

/** Signs a delivery as fal documents it: Ed25519 over `request_id \n user_id \n timestamp \n sha256_hex(body)`, hex. */
function signedHeaders(rawBody: Buffer, privateKey: KeyObject, timestamp: number): Record<string, string> {
  const message = `req-1\nuser-1\n${timestamp}\n${createHash('sha256').update(rawBody).digest('hex')}`;
  return {
    'x-fal-webhook-request-id': 'req-1',
    'x-fal-webhook-user-id': 'user-1',
    'x-fal-webhook-timestamp': String(timestamp),
    'x-fal-webhook-signature': sign(null, Buffer.from(message), privateKey).toString('hex'),
  };
}

const NOW_SECONDS = 1_790_000_000;
const at = (seconds: number) => () => seconds * 1000;

/** A delivery signed at `signedAt` (epoch seconds), checked at `checkedAt`. */
function deliver(rawBody: Buffer, privateKey: KeyObject, signedAt = NOW_SECONDS, checkedAt = signedAt) {
  return verifyFalWebhook({ headers: signedHeaders(rawBody, privateKey, signedAt), rawBody }, { jwksUrl, now: at(checkedAt) });
}

let stub: StubServer;
let published: KeyObject[] = [falKey.publicKey];
let jwksAnswer: 'keys' | 'down' = 'keys';
let counter = 0;
let jwksUrl = '';

beforeAll(async () => {
  stub = await startStubServer((request, response) => {
    if (!request.path.startsWith('/.well-known/')) return sendJson(response, 404, {});
    if (jwksAnswer === 'down') return sendJson(response, 503, { detail: 'unavailable' });
    const keys = published.map((key, index) => ({ ...key.export({ format: 'jwk' }), kid: `key-${index}`, use: 'sig', alg: 'EdDSA' }));
    return sendJson(response, 200, { keys });
  });
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.requests.length = 0;
  published = [falKey.publicKey];
  jwksAnswer = 'keys';
  // A key set URL of its own per test: the keys are cached per URL.
  counter += 1;
  jwksUrl = `${stub.url}/.well-known/jwks-${counter}.json`;
});

describe('falWebhookUrl', () => {
  it('falWebhookUrl - polls only when the app has no public URL', () => {
    expect(falWebhookUrl(undefined)).toBeUndefined();
    expect(falWebhookUrl('')).toBeUndefined();
  });

  it.each([
    ['https://medialab.example.com', 'https://medialab.example.com/api/webhooks/fal'],
    ['https://medialab.example.com/', 'https://medialab.example.com/api/webhooks/fal'],
    ['https://example.com/studio/', 'https://example.com/studio/api/webhooks/fal'],
    ['http://8.8.8.8:3000', 'http://8.8.8.8:3000/api/webhooks/fal'],
  ])('falWebhookUrl - builds the webhook URL from %s', (publicAppUrl, expected) => {
    expect(falWebhookUrl(publicAppUrl)).toBe(expected);
  });

  it.each([
    'http://localhost:3000',
    'http://127.0.0.1:3000',
    'http://10.0.0.5',
    'http://[::1]:3000',
    'http://192.168.1.20',
    'http://studio.local',
    'ftp://example.com',
    'not a url',
  ])('falWebhookUrl - sends no webhook fal could not reach: %s', (publicAppUrl) => {
    expect(falWebhookUrl(publicAppUrl)).toBeUndefined();
  });
});

describe('verifyFalWebhook', () => {
  it('verifyFalWebhook - accepts a delivery signed by a key in fal’s key set and returns its body', async () => {
    const rawBody = body('webhook-ok.json');
    const verified = await deliver(rawBody, falKey.privateKey);

    expect(verified).toMatchObject({ ok: true, requestId: '123e4567-e89b-12d3-a456-426614174000', body: { status: 'OK' } });
    expect(stub.requests.map((request) => request.path)).toEqual([new URL(jwksUrl).pathname]);
  });

  it('verifyFalWebhook - reads an ERROR delivery and takes headers as a Headers object', async () => {
    const rawBody = body('webhook-error.json');
    const headers = new Headers(signedHeaders(rawBody, falKey.privateKey, NOW_SECONDS));
    const verified = await verifyFalWebhook({ headers, rawBody }, { jwksUrl, now: at(NOW_SECONDS) });

    expect(verified).toMatchObject({ ok: true, body: { status: 'ERROR', error: 'Invalid status code: 422' } });
  });

  it('verifyFalWebhook - fetches the key set once and then uses the cached keys', async () => {
    const rawBody = body('webhook-ok.json');
    for (const offset of [0, 10, 60]) expect((await deliver(rawBody, falKey.privateKey, NOW_SECONDS + offset)).ok).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it('verifyFalWebhook - refuses a body changed after signing', async () => {
    const rawBody = body('webhook-ok.json');
    const headers = signedHeaders(rawBody, falKey.privateKey, NOW_SECONDS);
    const changed = Buffer.from(rawBody.toString('utf8').replace('"OK"', '"ERROR"'));

    expect(await verifyFalWebhook({ headers, rawBody: changed }, { jwksUrl, now: at(NOW_SECONDS) })).toEqual({
      ok: false,
      reason: 'The fal webhook signature does not match.',
      retryable: false,
    });
  });

  it('verifyFalWebhook - refuses a signature by a key fal did not publish, without refetching fresh keys', async () => {
    const rawBody = body('webhook-ok.json');
    const verified = await deliver(rawBody, strangerKey.privateKey);

    expect(verified).toMatchObject({ ok: false, retryable: false });
    expect(stub.requests).toHaveLength(1);
  });

  it('verifyFalWebhook - fetches the key set again when fal signs with a new key', async () => {
    const rawBody = body('webhook-ok.json');
    expect((await deliver(rawBody, falKey.privateKey)).ok).toBe(true);
    published = [rotatedKey.publicKey];
    const verified = await deliver(rawBody, rotatedKey.privateKey, NOW_SECONDS + 10 * 60);

    expect(verified.ok).toBe(true);
    expect(stub.requests).toHaveLength(2);
  });

  it.each([
    { name: 'more than five minutes old', signedAt: NOW_SECONDS - 301, ok: false },
    { name: 'more than five minutes ahead', signedAt: NOW_SECONDS + 301, ok: false },
    { name: 'just under five minutes old', signedAt: NOW_SECONDS - 299, ok: true },
  ])('verifyFalWebhook - judges a timestamp $name', async ({ signedAt, ok }) => {
    const rawBody = body('webhook-ok.json');
    const verified = await deliver(rawBody, falKey.privateKey, signedAt, NOW_SECONDS);

    expect(verified.ok).toBe(ok);
    if (!verified.ok) expect(verified.reason).toBe('The fal webhook timestamp is more than five minutes off.');
  });

  it.each(['x-fal-webhook-request-id', 'x-fal-webhook-user-id', 'x-fal-webhook-timestamp', 'x-fal-webhook-signature'])(
    'verifyFalWebhook - refuses a delivery without %s',
    async (missing) => {
      const rawBody = body('webhook-ok.json');
      const headers = signedHeaders(rawBody, falKey.privateKey, NOW_SECONDS);
      delete headers[missing];

      const verified = await verifyFalWebhook({ headers, rawBody }, { jwksUrl, now: at(NOW_SECONDS) });

      expect(verified).toMatchObject({ ok: false, retryable: false });
      expect(stub.requests).toHaveLength(0);
    },
  );

  it('verifyFalWebhook - refuses a signed body that is not a fal delivery', async () => {
    const rawBody = Buffer.from(JSON.stringify({ hello: 'world' }));
    const verified = await deliver(rawBody, falKey.privateKey);

    expect(verified).toEqual({ ok: false, reason: 'The fal webhook body has an unexpected shape.', retryable: false });
  });

  it('verifyFalWebhook - asks for the delivery again when fal’s keys cannot be fetched', async () => {
    jwksAnswer = 'down';
    const rawBody = body('webhook-ok.json');
    const verified = await deliver(rawBody, falKey.privateKey);

    expect(verified).toEqual({ ok: false, reason: "fal's signing keys could not be fetched.", retryable: true });
  });
});
