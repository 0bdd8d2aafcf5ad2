import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  dropConnection,
  hang,
  sendEvents,
  sendJson,
  sendMalformed,
  startStubServer,
  type StubHandler,
  type StubServer,
} from '../../../../tests/support/stub-server';
import { openaiCompatibleProvider } from '../catalog/openai-compatible';
import type { CallOptions } from '../provider';
import { ProviderError } from '../provider-error';
import { openaiCompatibleAdapter } from './openai-compatible-adapter';

const fixtures = path.join(import.meta.dirname, '__fixtures__');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const chatStream = fixture('chat-stream.json') as Array<{ data: unknown }>;
const modelsList = fixture('models-list.json');
const errors = fixture('errors.json') as Record<string, unknown>;
const KEY = 'sk-or-v1-0123456789abcdef';
const template = openaiCompatibleProvider.models[0]!;

let stub: StubServer;
let host: string;
beforeAll(async () => {
  stub = await startStubServer();
  host = new URL(stub.url).host;
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

type StreamOptions = CallOptions & { modelId?: string; onText: (delta: string) => void };

function streamOptions(overrides: Partial<StreamOptions> & { rawParameters?: Record<string, unknown> } = {}): StreamOptions {
  const { rawParameters, ...rest } = overrides;
  return {
    model: template,
    modelId: 'llama3.2:3b',
    prompt: 'Describe the sea in four words.',
    parameters: template.parameters.parse(rawParameters ?? {}) as Record<string, unknown>,
    apiKey: KEY,
    baseUrl: `${stub.url}/v1`,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    onProgress: () => undefined,
    onText: () => undefined,
    ...rest,
  };
}

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** Writes SSE chunks and leaves the response open, for stalls and drops mid-stream; `onFlushed` runs once they are sent. */
function writeChunksOpen(response: ServerResponse, chunks: Array<{ data: unknown }>, onFlushed?: () => void): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  response.write(chunks.map((chunk) => `data: ${JSON.stringify(chunk.data)}\n\n`).join(''), () => onFlushed?.());
}

/** A URL on 127.0.0.1 where nothing listens: the port was just freed. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

describe('openaiCompatibleAdapter doStream', () => {
  it('doStream - sends the typed model name, system and user messages, max_tokens and include_usage; streams deltas and usage', async () => {
    stub.handle((_, response) => sendEvents(response, chatStream));
    const deltas: string[] = [];
    const result = await openaiCompatibleAdapter.doStream!(
      streamOptions({ rawParameters: { maxTokens: 64, system: 'Be brief.' }, onText: (delta) => deltas.push(delta) }),
    );

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/chat/completions');
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.json).toEqual({
      model: 'llama3.2:3b',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Describe the sea in four words.' },
      ],
      max_tokens: 64,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(deltas).toEqual(['Waves ', 'fold ', 'into foam.']);
    expect(result).toEqual({ outputs: [], text: 'Waves fold into foam.', usage: { inputTokens: 26, outputTokens: 5 } });
  });

  it('doStream - sends no Authorization header at all when the key is empty (a local Ollama)', async () => {
    stub.handle((_, response) => sendEvents(response, chatStream));
    await openaiCompatibleAdapter.doStream!(streamOptions({ apiKey: '' }));
    expect(stub.requests[0]!.headers.authorization).toBeUndefined();
    expect(stub.requests[0]!.json).toMatchObject({ messages: [{ role: 'user', content: 'Describe the sea in four words.' }], max_tokens: 1024 });
  });

  it('doStream - leaves usage unknown when the server sends no usage chunk', async () => {
    stub.handle((_, response) => sendEvents(response, chatStream.filter((chunk) => (chunk.data as { usage?: unknown }).usage === undefined)));
    const result = await openaiCompatibleAdapter.doStream!(streamOptions());
    expect(result).toEqual({ outputs: [], text: 'Waves fold into foam.' });
  });

  it('doStream - sends the template id when no typed model name reaches the adapter', async () => {
    stub.handle((_, response) => sendEvents(response, chatStream));
    await openaiCompatibleAdapter.doStream!(streamOptions({ modelId: undefined }));
    expect(stub.requests[0]!.json).toMatchObject({ model: 'custom' });
  });

  it('doStream - sends every request through the fetch it is given (the SSRF guard)', async () => {
    stub.handle((_, response) => sendEvents(response, chatStream));
    const fetched: string[] = [];
    const guardedFetch: typeof fetch = (input, init) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    };
    await openaiCompatibleAdapter.doStream!(streamOptions({ fetch: guardedFetch }));
    expect(fetched).toEqual([`${stub.url}/v1/chat/completions`]);
  });

  it('doStream - passes on an error the guarded fetch raises', async () => {
    const refusal = new ProviderError('forbidden', 'That address is on a private network.', { isRetryable: false });
    const guardedFetch: typeof fetch = () => Promise.reject(refusal);
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ fetch: guardedFetch })));
    expect(error).toBe(refusal);
    expect(stub.requests).toHaveLength(0);
  });

  it('doStream - refuses to run without a base URL', async () => {
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ baseUrl: undefined })));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('Set the base URL of your OpenAI-compatible server in Settings (for Ollama: http://localhost:11434/v1).');
  });

  it('doStream - maps a refused connection to a network error that names the host and not the key', async () => {
    const baseUrl = await closedPortUrl();
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ baseUrl })));
    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toBe(
      `Could not connect to ${new URL(baseUrl).host}: the connection was refused. Check that the server is running and that the base URL in Settings is right.`,
    );
    expect(error.message).not.toContain(KEY);
  });

  it('doStream - maps a dropped connection mid-stream to a retryable network error after the first deltas', async () => {
    stub.handle((_, response) => writeChunksOpen(response, chatStream.slice(0, 2), () => response.socket?.destroy()));
    const deltas: string[] = [];
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ onText: (delta) => deltas.push(delta) })));
    expect(deltas).toEqual(['Waves ']);
    expect(error.code).toBe('network');
    expect(error.message).toBe(`Could not reach ${host} (the connection failed or was dropped); we will try again.`);
  });

  it('doStream - maps a stream that ends without a finish_reason to a retryable network error', async () => {
    stub.handle((_, response) => sendEvents(response, [...chatStream.slice(0, 3), { data: '[DONE]' }]));
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions()));
    expect(error.code).toBe('network');
    expect(error.message).toBe(`The connection to ${host} ended before the answer was complete; we will try again.`);
  });

  it('doStream - maps a stream that stalls after its first chunks to a timeout', async () => {
    stub.handle((_, response) => writeChunksOpen(response, chatStream.slice(0, 2)));
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ timeoutMs: 300 })));
    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
  });

  it('doStream - explains an answer cut off by max_tokens before any text', async () => {
    stub.handle((_, response) => sendEvents(response, [chatStream[0]!, { data: { ...(chatStream[4]!.data as object), choices: [{ index: 0, delta: {}, finish_reason: 'length' }] } }]));
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ rawParameters: { maxTokens: 8 } })));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('llama3.2:3b used all 8 tokens before writing an answer — raise "Longest answer" and try again.');
  });

  it('doStream - maps a chunk of the wrong shape to malformed_response', async () => {
    stub.handle((_, response) => sendEvents(response, [{ data: { object: 'chat.completion.chunk', choices: 'none' } }]));
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions()));
    expect(error.code).toBe('malformed_response');
  });

  it('doStream - stops with a canceled error when the job is cancelled mid-stream', async () => {
    stub.handle((_, response) => writeChunksOpen(response, chatStream.slice(0, 2)));
    const controller = new AbortController();
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ abortSignal: controller.signal, onText: () => controller.abort() })));
    expect(error.code).toBe('canceled');
  });

  type ErrorCase = { name: string; handler: StubHandler; code: ProviderError['code']; isRetryable: boolean; status?: number; retryAfterSeconds?: number; message?: string };
  const errorCases: ErrorCase[] = [
    { name: 'maps 400 to bad_request', handler: (_, response) => sendJson(response, 400, errors['400']), code: 'bad_request', isRetryable: false, status: 400 },
    {
      name: 'maps 401 to invalid_key, naming the host',
      handler: (_, response) => sendJson(response, 401, errors['401']),
      code: 'invalid_key',
      isRetryable: false,
      status: 401,
      message: '{host} refused the API key — check it in Settings. ({host} said: No auth credentials found)',
    },
    { name: 'maps 402 (OpenRouter credits) to insufficient_credit', handler: (_, response) => sendJson(response, 402, errors['402']), code: 'insufficient_credit', isRetryable: false, status: 402 },
    { name: 'maps 403 to forbidden', handler: (_, response) => sendJson(response, 403, errors['403']), code: 'forbidden', isRetryable: false, status: 403 },
    {
      name: 'maps 404 (unknown model) to model_not_found',
      handler: (_, response) => sendJson(response, 404, errors['404-model']),
      code: 'model_not_found',
      isRetryable: false,
      status: 404,
      message: '{host} does not know that model, or this key cannot see it. ({host} said: model "llama9" not found, try pulling it first)',
    },
    {
      name: 'maps 404 without an API at that path to a base URL hint',
      handler: (_, response) => {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('404 page not found');
      },
      code: 'bad_request',
      isRetryable: false,
      status: 404,
      message:
        '{host} has no OpenAI-compatible API at that base URL (HTTP 404). Check the base URL in Settings — it usually ends in /v1 (for Ollama: http://localhost:11434/v1).',
    },
    {
      name: 'maps 429 with Retry-After to a retryable rate_limited error',
      handler: (_, response) => sendJson(response, 429, errors['429'], { 'retry-after': '12' }),
      code: 'rate_limited',
      isRetryable: true,
      status: 429,
      retryAfterSeconds: 12,
    },
    { name: 'maps 500 to a retryable unavailable error', handler: (_, response) => sendJson(response, 500, errors['500']), code: 'unavailable', isRetryable: true, status: 500 },
    { name: 'maps 503 to a retryable unavailable error', handler: (_, response) => sendJson(response, 503, errors['503']), code: 'unavailable', isRetryable: true, status: 503 },
    { name: 'maps a hang past the timeout to a retryable timeout', handler: () => hang(), code: 'timeout', isRetryable: true },
    {
      name: 'maps a dropped connection to a retryable network error naming the host',
      handler: (_, response) => dropConnection(response),
      code: 'network',
      isRetryable: true,
      message: 'Could not reach {host} (the connection failed or was dropped); we will try again.',
    },
    { name: 'maps a malformed body to malformed_response', handler: (_, response) => sendMalformed(response), code: 'malformed_response', isRetryable: false },
  ];

  it.each(errorCases)('doStream - $name', async (testCase) => {
    stub.handle(testCase.handler);
    const error = await rejection(openaiCompatibleAdapter.doStream!(streamOptions({ timeoutMs: 300 })));
    expect(error.code).toBe(testCase.code);
    expect(error.isRetryable).toBe(testCase.isRetryable);
    expect(error.status).toBe(testCase.status);
    expect(error.retryAfterSeconds).toBe(testCase.retryAfterSeconds);
    if (testCase.message) expect(error.message).toBe(testCase.message.replaceAll('{host}', host));
    expect(error.message).not.toContain(KEY);
    expect(stub.requests.map((request) => request.path)).toEqual(['/v1/chat/completions']);
  });
});

describe('openaiCompatibleAdapter doTestKey', () => {
  const keyCheck = (overrides: { apiKey?: string; baseUrl?: string } = {}) =>
    openaiCompatibleAdapter.doTestKey!({ apiKey: KEY, baseUrl: `${stub.url}/v1`, abortSignal: new AbortController().signal, timeoutMs: 2_000, ...overrides });

  it('doTestKey - lists the models at {base}/models and names the first few', async () => {
    stub.handle((_, response) => sendJson(response, 200, modelsList));
    expect(await keyCheck()).toEqual({ detail: `Connected to ${host}; it serves llama3.2:3b, qwen3:8b, gemma4:12b, mistral-small3.2:24b, phi4:14b and 1 more.` });
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/v1/models');
    expect(request!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('doTestKey - works with no key and says when the server has no models', async () => {
    stub.handle((_, response) => sendJson(response, 200, { object: 'list', data: [] }));
    expect(await keyCheck({ apiKey: '' })).toEqual({ detail: `Connected to ${host}; it serves no models yet.` });
    expect(stub.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('doTestKey - maps a bad key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, errors['401']));
    expect((await rejection(keyCheck({ apiKey: 'sk-wrong' }))).code).toBe('invalid_key');
  });

  it('doTestKey - maps a refused connection to a network error naming the host', async () => {
    const baseUrl = await closedPortUrl();
    const error = await rejection(keyCheck({ baseUrl }));
    expect(error.code).toBe('network');
    expect(error.message).toContain(`Could not connect to ${new URL(baseUrl).host}: the connection was refused.`);
  });
});
