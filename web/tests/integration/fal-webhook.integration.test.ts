import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import { ApiClient, signedInClient } from '../support/api-client';
import { insertGeneration } from '../support/generations';
import { sendJson, startStubServer, type StubServer } from '../support/stub-server';

// fal signs each webhook with Ed25519 over `request_id \n user_id \n timestamp \n sha256(body)`
// with keys it publishes as a JWKS; a stub on 127.0.0.1 publishes ours.
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const jwk = publicKey.export({ format: 'jwk' });
let jwks: StubServer;
let jwksUp = false;
let generationId: string;
const requestId = 'fal-req-0f1e2d3c';

function signedDelivery(body: string, options: { requestId?: string; key?: typeof privateKey; timestamp?: number } = {}) {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const id = options.requestId ?? requestId;
  const message = `${id}\nfal-user-1\n${timestamp}\n${createHash('sha256').update(body).digest('hex')}`;
  const signature = sign(null, Buffer.from(message), options.key ?? privateKey).toString('hex');
  return {
    rawBody: body,
    headers: {
      'content-type': 'application/json',
      'x-fal-webhook-request-id': id,
      'x-fal-webhook-user-id': 'fal-user-1',
      'x-fal-webhook-timestamp': timestamp,
      'x-fal-webhook-signature': signature,
    },
  };
}

async function jobRunAt(): Promise<number> {
  const [row] = await asService((tx) =>
    tx.query<{ due_in: number }>(
      `select extract(epoch from (run_at - now()))::float8 as due_in from private.jobs where generation_id = $1`,
      [generationId],
    ),
  );
  return row!.due_in;
}

beforeAll(async () => {
  jwks = await startStubServer((_, response) => (jwksUp ? sendJson(response, 200, { keys: [jwk] }) : sendJson(response, 500, {})));
  process.env.FAL_WEBHOOK_JWKS_URL = `${jwks.url}/.well-known/jwks.json`;
  const { user } = await signedInClient();
  const [project] = await asService((tx) =>
    tx.query<{ id: string }>(`insert into public.projects (user_id, name) values ($1, 'Webhooks') returning id`, [user.id]),
  );
  generationId = await insertGeneration({ userId: user.id, projectId: project!.id, provider: 'fal', model: 'fal-ai/flux/dev' });
  // As after a submit: fal's request id stored, the job waiting for its next poll.
  await asService(async (tx) => {
    await tx.query(`update public.generations set provider_request_id = $2, status = 'running' where id = $1`, [generationId, requestId]);
    await tx.query(`update private.jobs set run_at = now() + interval '1 hour' where generation_id = $1`, [generationId]);
  });
});

afterAll(async () => {
  await jwks.close();
});

const body = JSON.stringify({ request_id: requestId, status: 'OK', payload: { images: [] } });

describe('POST /api/webhooks/fal', () => {
  it('POST /api/webhooks/fal - answers 503 (deliver again) while fal\'s keys cannot be fetched, and changes nothing', async () => {
    const response = await new ApiClient().request('POST', '/api/webhooks/fal', signedDelivery(body));
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: { code: 'service_unavailable', message: expect.stringMatching(/deliver it again/) } });
    expect(await jobRunAt()).toBeGreaterThan(3000);
  });

  it('POST /api/webhooks/fal - refuses a body signed by another key, or altered after signing, with 401', async () => {
    jwksUp = true;
    const stranger = generateKeyPairSync('ed25519').privateKey;
    const forged = await new ApiClient().request('POST', '/api/webhooks/fal', signedDelivery(body, { key: stranger }));
    expect(forged.status).toBe(401);
    expect(forged.body).toMatchObject({ error: { code: 'unauthorized' } });

    const delivery = signedDelivery(body);
    const altered = await new ApiClient().request('POST', '/api/webhooks/fal', { ...delivery, rawBody: body.replace('OK', 'ERROR') });
    expect(altered.status).toBe(401);

    const stale = await new ApiClient().request('POST', '/api/webhooks/fal', signedDelivery(body, { timestamp: Math.floor(Date.now() / 1000) - 600 }));
    expect(stale.status).toBe(401);
    expect(await jobRunAt()).toBeGreaterThan(3000);
  });

  it('POST /api/webhooks/fal - a signed delivery makes the job due now', async () => {
    const response = await new ApiClient().request('POST', '/api/webhooks/fal', signedDelivery(body));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true });
    expect(await jobRunAt()).toBeLessThanOrEqual(0);
  });

  it('POST /api/webhooks/fal - answers 200 for a request id that is not ours, so fal stops delivering it', async () => {
    const other = JSON.stringify({ request_id: 'someone-else', status: 'OK', payload: {} });
    const response = await new ApiClient().request('POST', '/api/webhooks/fal', signedDelivery(other, { requestId: 'someone-else' }));
    expect(response.status).toBe(200);
  });
});
