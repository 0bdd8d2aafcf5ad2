import crypto from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asService } from '@/lib/db/with-user';
import type { KeyCheckOptions, ProviderAdapter } from '@/lib/providers/provider';
import { ProviderError, providerErrorFromStatus } from '@/lib/providers/provider-error';
import { cloudProviders } from '@/lib/providers/catalog/cloud';
import { getAdapter } from '@/lib/providers/registry';
import { getLogger } from '@/lib/telemetry/logger';
import { MAX_KEYS_PER_PROVIDER, testApiKey } from '@/lib/vault/api-keys';
import { resolveCredentials } from '@/lib/vault/credentials';
import { createKeyring, getKeyring, type Keyring } from '@/lib/vault/keyring';
import { rotateApiKeys } from '@/lib/vault/rotate';
import { VaultError } from '@/lib/vault/vault-error';
import { ApiClient, signedInClient } from '../support/api-client';
import { drainQueue, readGeneration, readJob, testWorker } from '../support/generations';
import { sendJson, startStubServer, type StubServer } from '../support/stub-server';

type Key = {
  id: string;
  provider: string;
  label: string;
  last4: string;
  baseUrl: string | null;
  isDefault: boolean;
  createdAt: string;
  lastUsedAt: string | null;
};
type ErrorBody = { error: { code: string; message: string; details?: unknown } };

const UNDECRYPTABLE =
  'This key cannot be decrypted: its stored record was altered or does not belong here. Delete it and add it again in Settings.';

/**
 * A key made of alternating letters (never in a UUID, a date or a field name) and digits:
 * any five characters of it in a response would be a leak.
 */
function newSecret(): string {
  const letters = 'GHJKMNPQRSVWXY';
  const bytes = crypto.randomBytes(40);
  return `mlk_${Array.from(bytes, (byte, index) => (index % 2 === 0 ? letters[byte % letters.length] : String(byte % 10))).join('')}`;
}

function expectNoPartOfSecret(text: string, secret: string): void {
  for (let index = 0; index + 5 <= secret.length; index += 1) {
    expect(text, `a part of the key (${index}) leaked`).not.toContain(secret.slice(index, index + 5));
  }
}

async function addKey(client: ApiClient, body: Record<string, unknown>): Promise<Key> {
  const response = await client.post('/api/keys', body);
  expect(response.status, response.text).toBe(201);
  return (response.body as { key: Key }).key;
}

async function listKeys(client: ApiClient): Promise<Key[]> {
  const response = await client.get('/api/keys');
  expect(response.status).toBe(200);
  return (response.body as { items: Key[] }).items;
}

async function tamperEncryptedKey(id: string): Promise<void> {
  await asService((tx) =>
    tx.query('update public.user_api_keys set encrypted_key = set_byte(encrypted_key, 0, get_byte(encrypted_key, 0) # 1) where id = $1', [id]),
  );
}

async function storedRow(id: string) {
  const [row] = await asService((tx) =>
    tx.query<{ encrypted_key: Uint8Array; key_version: string; last_used_at: Date | null }>(
      'select encrypted_key, key_version, last_used_at from public.user_api_keys where id = $1',
      [id],
    ),
  );
  return { encryptedKey: Buffer.from(row!.encrypted_key), keyVersion: row!.key_version, lastUsedAt: row!.last_used_at };
}

function credentialsOf(userId: string, provider: string, keyring?: Keyring) {
  return asService((tx) => resolveCredentials(tx, { userId, provider, keyring }));
}

/** A stand-in OpenAI adapter whose doTestKey lists models at the stub, as the real one does at OpenAI. */
function stubbedOpenAiAdapter(stub: StubServer, seen: KeyCheckOptions[] = []): ProviderAdapter {
  const info = cloudProviders.find((provider) => provider.id === 'openai')!;
  return {
    info,
    async doTestKey(options) {
      seen.push(options);
      const response = await fetch(`${stub.url}/v1/models`, { headers: { authorization: `Bearer ${options.apiKey}` }, signal: options.abortSignal });
      const body = (await response.json()) as { data?: unknown[]; error?: { message: string } };
      if (!response.ok) throw providerErrorFromStatus(info.name, response.status, body.error?.message);
      return { detail: `${info.name} accepted the key (${body.data?.length ?? 0} models).` };
    },
  };
}

let stub: StubServer;

beforeAll(async () => {
  stub = await startStubServer();
});

afterAll(async () => {
  await stub.close();
});

describe('keys API', () => {
  it('POST /api/keys - stores the key encrypted and answers with its last four characters, never the key', async () => {
    const { client, user } = await signedInClient();
    const secret = newSecret();
    const response = await client.post('/api/keys', { provider: 'openai', apiKey: `  ${secret}\n`, label: ' Work ' });
    expect(response.status).toBe(201);
    const key = (response.body as { key: Key }).key;
    expect(key).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      provider: 'openai',
      label: 'Work',
      last4: secret.slice(-4),
      baseUrl: null,
      isDefault: true,
      createdAt: expect.any(String),
      lastUsedAt: null,
    });
    expectNoPartOfSecret(response.text, secret);
    const list = await client.get('/api/keys');
    expect(list.body).toEqual({ items: [key] });
    expectNoPartOfSecret(list.text, secret);

    const row = await storedRow(key.id);
    expect(row.encryptedKey.includes(Buffer.from(secret.slice(4, 12)))).toBe(false);
    expect(row.keyVersion).toBe(getKeyring().current.version);
    expect(await credentialsOf(user.id, 'openai')).toEqual({ apiKey: secret, baseUrl: undefined, keyId: key.id });
  });

  it('POST /api/keys - refuses a malformed body with 400, naming the field, and stores nothing', async () => {
    const { client } = await signedInClient();
    const cases: Array<[unknown, string]> = [
      [{ apiKey: newSecret() }, 'provider: provider is required'],
      [{ provider: 'openai' }, 'apiKey: apiKey is required'],
      [{ provider: 'openai', apiKey: '   ' }, 'apiKey: apiKey must not be empty'],
      [{ provider: 'openai', apiKey: 'x'.repeat(501) }, 'apiKey: apiKey must be at most 500 characters'],
      [{ provider: 'openai', apiKey: 'sk-one two' }, 'apiKey: apiKey must be printable characters without spaces or line breaks'],
      [{ provider: 'openai', apiKey: 'sk-one\ntwo' }, 'apiKey: apiKey must be printable characters without spaces or line breaks'],
      [{ provider: 'openai', apiKey: newSecret(), label: 'l'.repeat(101) }, 'label: label must be at most 100 characters'],
      [{ provider: 'openai-compatible', apiKey: '', baseUrl: 'ftp://files.example.com' }, 'baseUrl: baseUrl must be an http(s) URL'],
      [{ provider: 'openai', apiKey: newSecret(), isDefault: 'yes' }, 'isDefault: isDefault must be true or false'],
      [{ provider: 'openai', apiKey: newSecret(), userId: crypto.randomUUID() }, 'Unrecognized key: "userId"'],
    ];
    for (const [body, message] of cases) {
      const response = await client.post('/api/keys', body);
      expect(response.status, message).toBe(400);
      expect((response.body as ErrorBody).error).toMatchObject({ code: 'validation_failed', message });
    }
    const malformed = await client.request('POST', '/api/keys', { rawBody: '{"provider": "openai", ', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual({ error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
    expect(await listKeys(client)).toEqual([]);
  });

  it('POST /api/keys - answers 422 for an unknown or keyless provider and for a base URL that does not fit, storing nothing', async () => {
    const { client } = await signedInClient();
    const compatible = cloudProviders.find((provider) => provider.id === 'openai-compatible')!;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ provider: 'nope', apiKey: newSecret() }, 'unknown_provider', 'Unknown provider "nope".'],
      [{ provider: 'builtin', apiKey: newSecret() }, 'unprocessable', 'Built-in (offline) needs no API key.'],
      [
        { provider: 'openai', apiKey: newSecret(), baseUrl: 'https://proxy.example.com/v1' },
        'invalid_base_url',
        'OpenAI does not take a base URL: leave baseUrl out.',
      ],
      [
        { provider: 'openai-compatible', apiKey: newSecret() },
        'invalid_base_url',
        `${compatible.name} keys need baseUrl, the address of your server (such as https://openrouter.ai/api/v1).`,
      ],
      [
        { provider: 'openai-compatible', apiKey: '', baseUrl: 'http://127.0.0.1:11434/v1' },
        'invalid_base_url',
        expect.stringContaining('127.0.0.1 is a private, local or reserved address') as unknown as string,
      ],
      [
        { provider: 'openai-compatible', apiKey: '', baseUrl: 'http://169.254.169.254/latest' },
        'invalid_base_url',
        expect.stringContaining('169.254.169.254 is a private, local or reserved address') as unknown as string,
      ],
      [
        { provider: 'openai-compatible', apiKey: '', baseUrl: 'http://user:pass@llm.example.com/v1' },
        'invalid_base_url',
        'The provider URL must not contain a user name or password; enter the API key in its own field.',
      ],
    ];
    for (const [body, code, message] of cases) {
      const response = await client.post('/api/keys', body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect((response.body as ErrorBody).error).toMatchObject({ code, message });
    }
    expect(await listKeys(client)).toEqual([]);
  });

  it('POST /api/keys - an OpenAI-compatible server takes a public base URL and may have no key', async () => {
    const { client, user } = await signedInClient();
    const key = await addKey(client, { provider: 'openai-compatible', apiKey: '', baseUrl: 'https://llm.example.com/v1/' });
    expect(key).toMatchObject({ provider: 'openai-compatible', last4: '', baseUrl: 'https://llm.example.com/v1', isDefault: true });
    expect(await credentialsOf(user.id, 'openai-compatible')).toEqual({ apiKey: '', baseUrl: 'https://llm.example.com/v1', keyId: key.id });
    const short = await addKey(client, { provider: 'anthropic', apiKey: 'short-key' });
    expect(short.last4).toBe('');
  });

  it('keeps one default key per provider: the first, then the one chosen, and the newest other after a delete', async () => {
    const { client, user } = await signedInClient();
    const secrets = [newSecret(), newSecret(), newSecret(), newSecret()];
    const first = await addKey(client, { provider: 'openai', apiKey: secrets[0], label: 'first' });
    const second = await addKey(client, { provider: 'openai', apiKey: secrets[1], label: 'second' });
    const other = await addKey(client, { provider: 'anthropic', apiKey: secrets[2] });
    expect([first.isDefault, second.isDefault, other.isDefault]).toEqual([true, false, true]);
    const third = await addKey(client, { provider: 'openai', apiKey: secrets[3], label: 'third', isDefault: true });
    expect(third.isDefault).toBe(true);
    const defaults = async () =>
      Object.fromEntries((await listKeys(client)).filter((key) => key.isDefault).map((key) => [key.provider, key.label || key.id]));
    expect(await defaults()).toEqual({ openai: 'third', anthropic: other.id });
    expect((await credentialsOf(user.id, 'openai'))?.apiKey).toBe(secrets[3]);

    const chosen = await client.patch(`/api/keys/${second.id}`, { isDefault: true, label: 'chosen' });
    expect(chosen.status).toBe(200);
    expect((chosen.body as { key: Key }).key).toMatchObject({ id: second.id, label: 'chosen', isDefault: true });
    expect(await defaults()).toEqual({ openai: 'chosen', anthropic: other.id });
    expect((await credentialsOf(user.id, 'openai'))?.apiKey).toBe(secrets[1]);

    const unset = await client.patch(`/api/keys/${second.id}`, { isDefault: false });
    expect(unset.status).toBe(422);
    expect(unset.body).toEqual({
      error: { code: 'unprocessable', message: 'This is your default OpenAI key: make another key the default instead.', details: { field: 'isDefault' } },
    });
    const empty = await client.patch(`/api/keys/${second.id}`, {});
    expect(empty.status).toBe(400);
    expect((empty.body as ErrorBody).error.message).toBe('send label, isDefault or both');
    const apiKeyChange = await client.patch(`/api/keys/${second.id}`, { apiKey: newSecret() });
    expect(apiKeyChange.status).toBe(400);

    // Deleting the default hands it to the newest other key of the provider: third, not first.
    expect((await client.delete(`/api/keys/${second.id}`)).status).toBe(204);
    expect(await defaults()).toEqual({ openai: 'third', anthropic: other.id });
    expect((await client.delete(`/api/keys/${third.id}`)).status).toBe(204);
    expect(await defaults()).toEqual({ openai: 'first', anthropic: other.id });
    // A key that is not the default goes without moving the default.
    const fourth = await addKey(client, { provider: 'openai', apiKey: newSecret(), label: 'fourth' });
    expect((await client.delete(`/api/keys/${fourth.id}`)).status).toBe(204);
    expect(await defaults()).toEqual({ openai: 'first', anthropic: other.id });
    expect((await client.delete(`/api/keys/${first.id}`)).status).toBe(204);
    expect(await defaults()).toEqual({ anthropic: other.id });
    expect(await credentialsOf(user.id, 'openai')).toBeNull();
    expect((await client.delete(`/api/keys/${first.id}`)).status).toBe(404);
  });

  it('POST /api/keys - several first keys of a provider at once leave exactly one default', async () => {
    const { client } = await signedInClient();
    const responses = await Promise.all([1, 2, 3].map(() => client.post('/api/keys', { provider: 'google', apiKey: newSecret() })));
    for (const response of responses) expect([201, 409]).toContain(response.status);
    const keys = await listKeys(client);
    expect(keys).toHaveLength(responses.filter((response) => response.status === 201).length);
    expect(keys.filter((key) => key.isDefault)).toHaveLength(1);
  });

  it(`POST /api/keys - refuses a key past ${MAX_KEYS_PER_PROVIDER} for one provider with 422`, async () => {
    const { client } = await signedInClient();
    for (let index = 0; index < MAX_KEYS_PER_PROVIDER; index += 1) await addKey(client, { provider: 'fal', apiKey: newSecret() });
    const response = await client.post('/api/keys', { provider: 'fal', apiKey: newSecret() });
    expect(response.status).toBe(422);
    expect((response.body as ErrorBody).error).toEqual({
      code: 'too_many_keys',
      message: `You have ${MAX_KEYS_PER_PROVIDER} ${cloudProviders.find((provider) => provider.id === 'fal')!.name} keys, the most there can be: delete one first.`,
    });
    expect(await addKey(client, { provider: 'elevenlabs', apiKey: newSecret() })).toMatchObject({ isDefault: true });
  });

  it("PATCH/DELETE/test /api/keys/:id - answers 404 for another user's key and changes nothing", async () => {
    const owner = await signedInClient();
    const secret = newSecret();
    const key = await addKey(owner.client, { provider: 'openai', apiKey: secret, label: 'Mine' });
    const intruder = await signedInClient();
    const notFound = { error: { code: 'not_found', message: `API key ${key.id} was not found.` } };
    for (const response of [
      await intruder.client.patch(`/api/keys/${key.id}`, { label: 'Taken', isDefault: true }),
      await intruder.client.delete(`/api/keys/${key.id}`),
      await intruder.client.post(`/api/keys/${key.id}/test`),
    ]) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(notFound);
      expectNoPartOfSecret(response.text, secret);
    }
    expect(await listKeys(intruder.client)).toEqual([]);
    expect(await credentialsOf(intruder.user.id, 'openai')).toBeNull();
    expect(await listKeys(owner.client)).toEqual([key]);
    const malformed = await owner.client.patch('/api/keys/not-a-uuid', { label: 'x' });
    expect(malformed.body).toEqual({ error: { code: 'not_found', message: 'Not found.' } });
  });

  it('answers 401 to every keys endpoint without a session, and 403 to a write from another site', async () => {
    const anonymous = new ApiClient();
    const id = '00000000-0000-4000-8000-000000000000';
    for (const response of [
      await anonymous.get('/api/keys'),
      await anonymous.post('/api/keys', { provider: 'openai', apiKey: newSecret() }),
      await anonymous.patch(`/api/keys/${id}`, { label: 'x' }),
      await anonymous.delete(`/api/keys/${id}`),
      await anonymous.post(`/api/keys/${id}/test`),
    ]) {
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: 'unauthorized', message: 'Log in to continue.' } });
    }
    const { client } = await signedInClient();
    const crossSite = await client.post('/api/keys', { provider: 'openai', apiKey: newSecret() }, { headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect(await listKeys(client)).toEqual([]);
  });
});

describe('POST /api/keys/:id/test', () => {
  it('sends the decrypted key to the provider check, says what the provider said, and marks the key used', async () => {
    const { client, user } = await signedInClient();
    const secret = newSecret();
    const key = await addKey(client, { provider: 'openai', apiKey: secret });
    stub.handle((request, response) =>
      request.headers.authorization === `Bearer ${secret}`
        ? sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-5.5' }, { id: 'gpt-image-2' }] })
        : sendJson(response, 401, { error: { message: 'Incorrect API key provided.' } }),
    );
    const seen: KeyCheckOptions[] = [];
    const logger = getLogger();
    const controller = new AbortController();
    const result = await testApiKey(user.id, key.id, {
      abortSignal: controller.signal,
      logger,
      resolveAdapter: () => stubbedOpenAiAdapter(stub, seen),
    });
    expect(result).toEqual({ ok: true, message: 'OpenAI accepted the key (2 models).' });
    expect(seen).toEqual([{ apiKey: secret, abortSignal: controller.signal, timeoutMs: 10_000 }]);
    expect(stub.requests.at(-1)).toMatchObject({ method: 'GET', path: '/v1/models' });
    const [listed] = await listKeys(client);
    expect(Date.parse(listed!.lastUsedAt!)).toBeGreaterThanOrEqual(Date.parse(listed!.createdAt));

    // A key the provider refuses: ok false with the provider's words, and not marked used.
    const refused = await addKey(client, { provider: 'openai', apiKey: newSecret(), isDefault: true });
    const answer = await testApiKey(user.id, refused.id, { abortSignal: controller.signal, logger, resolveAdapter: () => stubbedOpenAiAdapter(stub) });
    expect(answer).toEqual({
      ok: false,
      message: 'OpenAI refused the API key — check it in Settings. (OpenAI said: Incorrect API key provided.)',
    });
    expect((await listKeys(client)).find((item) => item.id === refused.id)?.lastUsedAt).toBeNull();
  });

  it('says plainly when the provider cannot check keys here, or throws something other than a ProviderError', async () => {
    const { client, user } = await signedInClient();
    const key = await addKey(client, { provider: 'openai', apiKey: newSecret() });
    const options = { abortSignal: new AbortController().signal, logger: getLogger() };
    const openai = cloudProviders.find((provider) => provider.id === 'openai')!;
    const cannot = { ok: false, message: 'OpenAI keys cannot be tested on this server yet.' };
    expect(await testApiKey(user.id, key.id, { ...options, resolveAdapter: () => undefined })).toEqual(cannot);
    expect(await testApiKey(user.id, key.id, { ...options, resolveAdapter: () => ({ info: openai }) })).toEqual(cannot);
    const broken: ProviderAdapter = { info: openai, doTestKey: async () => Promise.reject(new TypeError('undefined is not a function')) };
    expect(await testApiKey(user.id, key.id, { ...options, resolveAdapter: () => broken })).toEqual({
      ok: false,
      message: 'The OpenAI key could not be tested because of an error on our side. Try again later.',
    });
    const timeout: ProviderAdapter = { info: openai, doTestKey: async () => Promise.reject(new ProviderError('timeout', 'OpenAI did not answer in time; we will try again.')) };
    expect(await testApiKey(user.id, key.id, { ...options, resolveAdapter: () => timeout })).toEqual({
      ok: false,
      message: 'OpenAI did not answer in time; we will try again.',
    });
    expect((await listKeys(client))[0]!.lastUsedAt).toBeNull();
  });

  it("gives a user's base URL with the SSRF-guarded fetch, which refuses a private address", async () => {
    const { client, user } = await signedInClient();
    const key = await addKey(client, { provider: 'openai-compatible', apiKey: '', baseUrl: 'https://llm.example.com/v1' });
    const info = cloudProviders.find((provider) => provider.id === 'openai-compatible')!;
    const seen: KeyCheckOptions[] = [];
    const adapter: ProviderAdapter = {
      info,
      async doTestKey(options) {
        seen.push(options);
        // What a DNS answer pointing at the stub (a loopback address) would amount to.
        await options.fetch!(`${stub.url}/v1/models`);
        return {};
      },
    };
    const result = await testApiKey(user.id, key.id, { abortSignal: new AbortController().signal, logger: getLogger(), resolveAdapter: () => adapter });
    expect(seen[0]).toMatchObject({ apiKey: '', baseUrl: 'https://llm.example.com/v1', fetch: expect.any(Function) });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^The provider URL is not allowed: 127\.0\.0\.1 is a private, local or reserved address/);
  });

  it('over HTTP: a record altered in the database fails closed with a message to re-add the key, never a stack', async () => {
    const { client } = await signedInClient();
    const key = await addKey(client, { provider: 'openai', apiKey: newSecret() });
    await tamperEncryptedKey(key.id);
    const response = await client.post(`/api/keys/${key.id}/test`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ ok: false, message: UNDECRYPTABLE });
  });
});

describe('generations with provider keys', () => {
  beforeEach(() => drainQueue());

  async function ownerWithProject() {
    const signed = await signedInClient();
    const projectId = ((await signed.client.post('/api/projects', { name: 'Keys' })).body as { project: { id: string } }).project.id;
    return { ...signed, projectId };
  }

  async function insertGeneration(params: { userId: string; projectId: string; provider: string; model: string; generationType: string }) {
    const [row] = await asService((tx) =>
      tx.query<{ id: string }>(
        `insert into public.generations (user_id, project_id, generation_type, provider, model, prompt, parameters)
         values ($1, $2, $3, $4, $5, 'say hello', '{}'::jsonb) returning id`,
        [params.userId, params.projectId, params.generationType, params.provider, params.model],
      ),
    );
    return row!.id;
  }

  function streamingAdapter(providerId: string, seen: Array<Record<string, unknown>>): ProviderAdapter {
    return {
      info: cloudProviders.find((provider) => provider.id === providerId)!,
      async doStream(options) {
        seen.push({ apiKey: options.apiKey, baseUrl: options.baseUrl, fetch: options.fetch });
        options.onText('hello');
        return { outputs: [], text: 'hello' };
      },
    };
  }

  const streamingModel = (providerId: string) =>
    cloudProviders.find((provider) => provider.id === providerId)!.models.find((model) => model.execution === 'stream' && model.type === 'text')!;

  it('POST /api/generations - refuses a keyed provider without a key (422) and lets one with a key past the check', async () => {
    const { client, projectId } = await ownerWithProject();
    const request = { projectId, generationType: 'text', provider: 'anthropic', model: streamingModel('anthropic').id, prompt: 'hi' };
    const refused = await client.post('/api/generations', request);
    expect(refused.status).toBe(422);
    expect(refused.body).toEqual({
      error: { code: 'no_key_for_provider', message: 'Add an API key for Anthropic in Settings to use it.', details: { provider: 'anthropic' } },
    });
    await addKey(client, { provider: 'anthropic', apiKey: newSecret() });
    const accepted = await client.post('/api/generations', request);
    if (getAdapter('anthropic')) expect(accepted.status).toBe(202);
    else expect((accepted.body as ErrorBody).error.code).toBe('provider_not_available');
  });

  it("runs with the user's default key, decrypted, and marks it used", async () => {
    const { client, user, projectId } = await ownerWithProject();
    const secret = newSecret();
    await addKey(client, { provider: 'anthropic', apiKey: newSecret() });
    const key = await addKey(client, { provider: 'anthropic', apiKey: secret, isDefault: true });
    const id = await insertGeneration({ userId: user.id, projectId, provider: 'anthropic', model: streamingModel('anthropic').id, generationType: 'text' });
    const seen: Array<Record<string, unknown>> = [];
    expect(await testWorker(streamingAdapter('anthropic', seen)).runOnce()).toBe(true);
    expect(await readGeneration(id)).toMatchObject({ status: 'succeeded', error: null });
    expect(seen).toEqual([{ apiKey: secret, baseUrl: undefined, fetch: undefined }]);
    expect((await listKeys(client)).find((item) => item.id === key.id)?.lastUsedAt).not.toBeNull();
  });

  it("runs an OpenAI-compatible generation against the user's base URL through the guarded fetch", async () => {
    const { client, user, projectId } = await ownerWithProject();
    await addKey(client, { provider: 'openai-compatible', apiKey: '', baseUrl: 'https://llm.example.com/v1' });
    const id = await insertGeneration({ userId: user.id, projectId, provider: 'openai-compatible', model: 'llama3.3', generationType: 'text' });
    const seen: Array<Record<string, unknown>> = [];
    await testWorker(streamingAdapter('openai-compatible', seen)).runOnce();
    expect(await readGeneration(id)).toMatchObject({ status: 'succeeded' });
    expect(seen).toEqual([{ apiKey: '', baseUrl: 'https://llm.example.com/v1', fetch: expect.any(Function) }]);
  });

  it('fails at once, without calling the provider or retrying, when the key is gone or cannot be decrypted', async () => {
    const { client, user, projectId } = await ownerWithProject();
    const anthropic = cloudProviders.find((provider) => provider.id === 'anthropic')!;
    const model = streamingModel('anthropic').id;
    const seen: Array<Record<string, unknown>> = [];
    const worker = testWorker(streamingAdapter('anthropic', seen));

    const withoutKey = await insertGeneration({ userId: user.id, projectId, provider: 'anthropic', model, generationType: 'text' });
    await worker.runOnce();
    expect(await readGeneration(withoutKey)).toMatchObject({
      status: 'failed',
      error: {
        code: 'no_key_for_provider',
        message: `There is no ${anthropic.name} API key to run this with: add one in Settings, then start the generation again.`,
      },
    });

    const key = await addKey(client, { provider: 'anthropic', apiKey: newSecret() });
    await tamperEncryptedKey(key.id);
    const tampered = await insertGeneration({ userId: user.id, projectId, provider: 'anthropic', model, generationType: 'text' });
    await worker.runOnce();
    expect(await readGeneration(tampered)).toMatchObject({
      status: 'failed',
      error: { code: 'key_unusable', message: `Your ${anthropic.name} API key could not be used. ${UNDECRYPTABLE}` },
    });
    expect(await readJob(tampered)).toMatchObject({ status: 'failed', attempts: 1 });
    expect(seen).toEqual([]);
  });

  it("a ciphertext copied onto another user's row does not open there", async () => {
    const alice = await signedInClient();
    const bob = await signedInClient();
    const aliceKey = await addKey(alice.client, { provider: 'openai', apiKey: newSecret() });
    const bobKey = await addKey(bob.client, { provider: 'openai', apiKey: newSecret() });
    await asService((tx) =>
      tx.query(
        `update public.user_api_keys as target
         set encrypted_key = source.encrypted_key, key_iv = source.key_iv, key_auth_tag = source.key_auth_tag,
             wrapped_data_key = source.wrapped_data_key, data_key_iv = source.data_key_iv, data_key_auth_tag = source.data_key_auth_tag
         from public.user_api_keys as source where source.id = $1 and target.id = $2`,
        [aliceKey.id, bobKey.id],
      ),
    );
    const error = await credentialsOf(bob.user.id, 'openai').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VaultError);
    expect((error as VaultError).code).toBe('undecryptable');
  });
});

describe('master key rotation', () => {
  it('rewraps every key under the new master key, idempotently; keys keep working and the old key alone fails closed', async () => {
    const { client, user } = await signedInClient();
    const secret = newSecret();
    const key = await addKey(client, { provider: 'openai', apiKey: secret });
    const oldHex = getKeyring().current.key.toString('hex');
    const newHex = crypto.randomBytes(32).toString('hex');
    const during = createKeyring(newHex, oldHex);
    const before = await storedRow(key.id);
    // Rows other tests of this file altered on purpose cannot be opened: they are reported and left alone.
    const broken = await addKey(client, { provider: 'anthropic', apiKey: newSecret() });
    await tamperEncryptedKey(broken.id);
    const [counted] = await asService((tx) => tx.query<{ total: number }>('select count(*)::int as total from public.user_api_keys'));
    const total = counted!.total;
    let rewrapped = 0;
    try {
      const result = await rotateApiKeys({ keyring: during, batchSize: 3 });
      rewrapped = result.rewrapped;
      expect(result.failed).toContainEqual({ id: broken.id, code: 'undecryptable', message: UNDECRYPTABLE });
      expect(result.rewrapped).toBeGreaterThanOrEqual(1);
      expect(result.rewrapped + result.failed.length).toBe(total);
      expect(result.current).toBe(result.rewrapped);
      expect(await rotateApiKeys({ keyring: during, batchSize: 3 })).toEqual({ rewrapped: 0, current: result.rewrapped, failed: result.failed });

      const after = await storedRow(key.id);
      expect(after.keyVersion).toBe(during.current.version);
      expect(after.encryptedKey.equals(before.encryptedKey)).toBe(true);
      expect((await storedRow(broken.id)).keyVersion).toBe(before.keyVersion);

      expect((await credentialsOf(user.id, 'openai', createKeyring(newHex)))?.apiKey).toBe(secret);
      expect((await credentialsOf(user.id, 'openai', during))?.apiKey).toBe(secret);
      const failure = await credentialsOf(user.id, 'openai', createKeyring(oldHex)).catch((caught: unknown) => caught);
      expect(failure).toBeInstanceOf(VaultError);
      expect((failure as VaultError).code).toBe('unknown_key_version');

      stub.handle((request, response) =>
        request.headers.authorization === `Bearer ${secret}`
          ? sendJson(response, 200, { object: 'list', data: [{ id: 'gpt-5.5' }] })
          : sendJson(response, 401, { error: { message: 'Incorrect API key provided.' } }),
      );
      const tested = await testApiKey(user.id, key.id, {
        abortSignal: new AbortController().signal,
        logger: getLogger(),
        keyring: createKeyring(newHex),
        resolveAdapter: () => stubbedOpenAiAdapter(stub),
      });
      expect(tested).toEqual({ ok: true, message: 'OpenAI accepted the key (1 models).' });

      // This process still holds only the old master key: the API fails closed, saying why.
      const overHttp = await client.post(`/api/keys/${key.id}/test`);
      expect(overHttp.body).toEqual({
        ok: false,
        message:
          `This key was encrypted with a master key this server does not have (version ${during.current.version}). ` +
          'Delete it and add it again in Settings, or ask the operator to set ENCRYPTION_MASTER_KEY_PREVIOUS.',
      });
    } finally {
      // Back under this process's master key, for the rest of the file.
      const back = await rotateApiKeys({ keyring: createKeyring(oldHex, newHex) });
      expect(back.rewrapped).toBe(rewrapped);
    }
    expect((await storedRow(key.id)).keyVersion).toBe(before.keyVersion);
    expect((await credentialsOf(user.id, 'openai'))?.apiKey).toBe(secret);
  });
});
