import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo, type LookupFunction, type Socket } from 'node:net';
import OpenAI, { APIConnectionError, toFile } from 'openai';
import { afterEach, describe, expect, it } from 'vitest';

import { createGuardedFetch } from './guarded-fetch';
import { SsrfError, findSsrfError } from './ssrf-guard';

type Received = { method: string; url: string; headers: IncomingHttpHeaders; body: Buffer };
type TestServer = {
  host: string;
  port: number;
  origin: string;
  requests: Received[];
  connections: number;
  close(): Promise<void>;
};
type Handler = (request: Received, response: ServerResponse) => void;

const servers: TestServer[] = [];

/** A real HTTP server on a loopback address that records every connection and request. */
async function startServer(host: string, handler: Handler = (_, response) => response.end('ok')): Promise<TestServer> {
  const sockets = new Set<Socket>();
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body };
    state.requests.push(request);
    handler(request, response);
  });
  server.on('connection', (socket) => {
    state.connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const state: TestServer = {
    host,
    port,
    origin: `http://${isIP(host) === 6 ? `[${host}]` : host}:${port}`,
    requests: [],
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  servers.push(state);
  return state;
}

function redirectTo(location: string, status = 302): Handler {
  return (_, response) => {
    response.writeHead(status, { location });
    response.end();
  };
}

/** A DNS stand-in: answers from the table and records each name it was asked for. */
function fakeLookup(table: Record<string, string[]>, asked: string[] = []): LookupFunction {
  return (hostname, options, callback) => {
    asked.push(hostname);
    const addresses = (table[hostname] ?? []).map((address) => ({ address, family: isIP(address) }));
    const first = addresses[0];
    if (!first) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '');
    else if (options.all) callback(null, addresses);
    else callback(null, first.address, first.family);
  };
}

async function refusalOf(promise: Promise<unknown>): Promise<SsrfError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SsrfError);
  return error as SsrfError;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('createGuardedFetch - literal addresses', () => {
  it('refuses a server on 127.0.0.1 without opening a connection', async () => {
    const server = await startServer('127.0.0.1');
    const refusal = await refusalOf(createGuardedFetch({ allowPrivate: false })(`${server.origin}/v1/models`));
    expect(refusal.code).toBe('private_address');
    expect(refusal.message).toMatch(/127\.0\.0\.1 is a private.*ALLOW_PRIVATE_PROVIDER_URLS=true/);
    expect(server.connections).toBe(0);
  });

  it('refuses a server on [::1] without opening a connection', async () => {
    const server = await startServer('::1');
    const refusal = await refusalOf(createGuardedFetch({ allowPrivate: false })(`${server.origin}/v1/models`));
    expect(refusal.code).toBe('private_address');
    expect(server.connections).toBe(0);
  });

  it('reaches the same servers with allowPrivate and sends the request unchanged', async () => {
    const server = await startServer('127.0.0.1', (_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"object":"list","data":[]}');
    });
    const response = await createGuardedFetch({ allowPrivate: true })(`${server.origin}/v1/chat/completions?stream=false`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk-test', 'content-type': 'application/json' },
      body: '{"model":"llama3.2"}',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ object: 'list', data: [] });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions?stream=false' });
    expect(server.requests[0]?.headers).toMatchObject({ authorization: 'Bearer sk-test', 'content-type': 'application/json' });
    expect(server.requests[0]?.body.toString()).toBe('{"model":"llama3.2"}');

    const ipv6 = await startServer('::1', (_, response) => response.end('six'));
    expect(await (await createGuardedFetch({ allowPrivate: true })(`${ipv6.origin}/`)).text()).toBe('six');
  });

  it('resolves host names through the system resolver when no lookup is given', async () => {
    const server = await startServer('127.0.0.1', (_, response) => response.end('local'));
    expect(await (await createGuardedFetch({ allowPrivate: true })(`http://localhost:${server.port}/`)).text()).toBe('local');
    expect(server.requests[0]?.headers.host).toBe(`localhost:${server.port}`);
  });

  it.each(['file:///etc/passwd', 'data:,hello', 'ftp://127.0.0.1/'])('refuses %s even with allowPrivate', async (url) => {
    expect((await refusalOf(createGuardedFetch({ allowPrivate: true })(url))).code).toBe('unsupported_protocol');
  });

  it('sends a platform FormData body as multipart', async () => {
    const server = await startServer('127.0.0.1');
    const form = new FormData();
    form.append('purpose', 'batch');
    form.append('file', new File(['{"a":1}'], 'input.jsonl', { type: 'application/jsonl' }));
    await createGuardedFetch({ allowPrivate: true })(`${server.origin}/v1/files`, { method: 'POST', body: form });
    const received = server.requests[0];
    expect(received?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = received?.body.toString() ?? '';
    expect(body).toContain('name="purpose"\r\n\r\nbatch\r\n');
    expect(body).toContain('name="file"; filename="input.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n{"a":1}\r\n');
  });
});

describe('createGuardedFetch - resolved addresses', () => {
  it('refuses a public-looking host name once it resolves to 127.0.0.1', async () => {
    const server = await startServer('127.0.0.1');
    const asked: string[] = [];
    const guardedFetch = createGuardedFetch({ allowPrivate: false, lookup: fakeLookup({ 'public.test': ['127.0.0.1'] }, asked) });
    const refusal = await refusalOf(guardedFetch(`http://public.test:${server.port}/v1/models`));
    expect(refusal.code).toBe('private_address');
    expect(refusal.message).toContain('public.test resolves to 127.0.0.1');
    expect(asked).toEqual(['public.test']);
    expect(server.connections).toBe(0);
  });

  it('refuses a host when any one of its addresses is private, even if the first is allowed', async () => {
    const allowed = await startServer('127.0.0.2');
    const guardedFetch = createGuardedFetch({
      allowPrivate: false,
      lookup: fakeLookup({ 'mixed.test': ['127.0.0.2', '127.0.0.1'] }),
      isAllowedAddress: (address) => address === '127.0.0.2',
    });
    const refusal = await refusalOf(guardedFetch(`http://mixed.test:${allowed.port}/`));
    expect(refusal.message).toContain('mixed.test resolves to 127.0.0.1');
    expect(allowed.connections).toBe(0);
  });

  it('connects through the injected lookup when the address is allowed', async () => {
    const server = await startServer('127.0.0.1', (_, response) => response.end('reached'));
    const guardedFetch = createGuardedFetch({ allowPrivate: true, lookup: fakeLookup({ 'ollama.test': ['127.0.0.1'] }) });
    expect(await (await guardedFetch(`http://ollama.test:${server.port}/api/tags`)).text()).toBe('reached');
    expect(server.requests[0]?.headers.host).toBe(`ollama.test:${server.port}`);
  });
});

describe('createGuardedFetch - redirects', () => {
  // The first server, on 127.0.0.2, stands in for a public host: only its address is allowed.
  const onlyFirstServer = (address: string) => address === '127.0.0.2';

  it.each([
    ['a host name that resolves to a private address', (port: number) => `http://internal.test:${port}/v1/models`],
    ['a literal loopback address', (port: number) => `http://127.0.0.1:${port}/v1/models`],
    ['a decimal loopback address', (port: number) => `http://2130706433:${port}/v1/models`],
    ['an IPv4-mapped loopback address', (port: number) => `http://[::ffff:7f00:1]:${port}/v1/models`],
    ['localhost', (port: number) => `http://localhost:${port}/v1/models`],
  ])('refuses a redirect from an allowed server to %s', async (_, location) => {
    const target = await startServer('127.0.0.1');
    const first = await startServer('127.0.0.2', redirectTo(location(target.port)));
    const guardedFetch = createGuardedFetch({
      allowPrivate: false,
      lookup: fakeLookup({ 'public.test': ['127.0.0.2'], 'internal.test': ['127.0.0.1'], localhost: ['127.0.0.1'] }),
      isAllowedAddress: onlyFirstServer,
    });
    const refusal = await refusalOf(guardedFetch(`http://public.test:${first.port}/v1/models`));
    expect(refusal.code).toBe('private_address');
    expect(first.requests.map((request) => request.url)).toEqual(['/v1/models']);
    expect(target.connections).toBe(0);
  });

  it('follows the same redirect to the private server when allowPrivate is set', async () => {
    const target = await startServer('127.0.0.1', (_, response) => response.end('private answer'));
    const guardedFetch = createGuardedFetch({
      allowPrivate: true,
      lookup: fakeLookup({ 'public.test': ['127.0.0.2'], 'internal.test': ['127.0.0.1'] }),
    });
    const server = await startServer('127.0.0.2', redirectTo(`http://internal.test:${target.port}/v1/models`));
    const response = await guardedFetch(`http://public.test:${server.port}/v1/models`, {
      headers: { authorization: 'Bearer sk-test' },
    });
    expect(await response.text()).toBe('private answer');
    expect(response.url).toBe(`http://internal.test:${target.port}/v1/models`);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-test');
    // The key is not handed to another origin.
    expect(target.requests[0]?.headers.authorization).toBeUndefined();
  });

  it.each([
    [301, 'GET', ''],
    [302, 'GET', ''],
    [303, 'GET', ''],
    [307, 'POST', '{"prompt":"a cat"}'],
    [308, 'POST', '{"prompt":"a cat"}'],
  ])('after a %i redirect of a POST, sends %s with body %j', async (status, method, body) => {
    const server = await startServer('127.0.0.1', (request, response) => {
      if (request.url === '/start') redirectTo('/end', status)(request, response);
      else response.end('done');
    });
    await createGuardedFetch({ allowPrivate: true })(`${server.origin}/start`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: '{"prompt":"a cat"}',
    });
    const [, second] = server.requests;
    expect(second).toMatchObject({ method, url: '/end' });
    expect(second?.body.toString()).toBe(body);
    expect(second?.headers['content-type']).toBe(body ? 'application/json' : undefined);
    // Same origin: the key stays.
    expect(second?.headers.authorization).toBe('Bearer sk-test');
  });

  it('gives up after 5 redirects', async () => {
    const server = await startServer('127.0.0.1', redirectTo('/again'));
    const refusal = await refusalOf(createGuardedFetch({ allowPrivate: true })(`${server.origin}/start`));
    expect(refusal.code).toBe('too_many_redirects');
    expect(server.requests.map((request) => request.url)).toEqual(['/start', '/again', '/again', '/again', '/again', '/again']);
  });

  it('refuses a redirect to another scheme even with allowPrivate', async () => {
    const server = await startServer('127.0.0.1', redirectTo('file:///etc/passwd'));
    expect((await refusalOf(createGuardedFetch({ allowPrivate: true })(server.origin))).code).toBe('unsupported_protocol');
  });

  it('hands the redirect itself back when the caller asks for redirect: manual', async () => {
    const server = await startServer('127.0.0.1', redirectTo('http://169.254.169.254/latest/meta-data/'));
    const response = await createGuardedFetch({ allowPrivate: true })(server.origin, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://169.254.169.254/latest/meta-data/');
    expect(server.requests).toHaveLength(1);
  });
});

describe('createGuardedFetch - cancellation', () => {
  it('passes the caller\'s abort through as an abort, not as a refusal', async () => {
    const controller = new AbortController();
    const server = await startServer('127.0.0.1', () => controller.abort());
    const error = await createGuardedFetch({ allowPrivate: true })(`${server.origin}/slow`, { signal: controller.signal }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(findSsrfError(error)).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });
});

describe('createGuardedFetch - with the OpenAI SDK', () => {
  it('carries requests and file uploads to an allowed server', async () => {
    const server = await startServer('127.0.0.1', (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const body =
        request.url === '/v1/models'
          ? { object: 'list', data: [{ id: 'llama3.2', object: 'model', created: 0, owned_by: 'me' }] }
          : { id: 'file-1', object: 'file', bytes: 7, created_at: 0, filename: 'input.jsonl', purpose: 'batch' };
      response.end(JSON.stringify(body));
    });
    const fetch = createGuardedFetch({ allowPrivate: true });
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.origin}/v1`, fetch, maxRetries: 0 });
    const models = await client.models.list();
    expect(models.data.map((model) => model.id)).toEqual(['llama3.2']);
    await client.files.create({ file: await toFile(Buffer.from('{"a":1}'), 'input.jsonl'), purpose: 'batch' });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /v1/models', 'POST /v1/files']);
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk-test');
    expect(server.requests[1]?.body.toString()).toContain('filename="input.jsonl"');
    expect(server.requests[1]?.body.toString()).toContain('{"a":1}');
  });

  it('fails with a connection error whose cause is the SsrfError', async () => {
    const server = await startServer('127.0.0.1');
    const fetch = createGuardedFetch({ allowPrivate: false });
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: `${server.origin}/v1`, fetch, maxRetries: 0 });
    const error = await client.models.list().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(findSsrfError(error)?.code).toBe('private_address');
    expect(server.connections).toBe(0);
  });
});
