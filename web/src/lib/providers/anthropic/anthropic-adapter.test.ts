import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropConnection, hang, sendEvents, sendJson, sendMalformed, startStubServer, type StubServer } from '../../../../tests/support/stub-server';
import { anthropicProvider } from '../catalog/anthropic';
import type { CallOptions, ModelSpec } from '../provider';
import { ProviderError } from '../provider-error';
import { anthropicAdapter } from './anthropic-adapter';
import errorBodies from './__fixtures__/error-bodies.json';
import modelsList from './__fixtures__/models-list.json';
import streamEvents from './__fixtures__/messages-stream.json';
import overloadedEvent from './__fixtures__/stream-error-overloaded.json';

const API_KEY = 'sk-ant-api03-test-key';
const model = anthropicProvider.models.find((candidate) => candidate.id === 'claude-sonnet-5-5') as ModelSpec;
let stub: StubServer;

type StreamEvent = { event: string; data: { type: string; [key: string]: unknown } };
const events = streamEvents as StreamEvent[];
const textDeltas = events.flatMap(({ data }) =>
  data.type === 'content_block_delta' && (data.delta as { type: string }).type === 'text_delta' ? [(data.delta as { text: string }).text] : [],
);
const startUsage = (events.find(({ data }) => data.type === 'message_start')!.data.message as { usage: { input_tokens: number } }).usage;
const finalUsage = events.find(({ data }) => data.type === 'message_delta')!.data.usage as { output_tokens: number };
const eventsUpTo = (type: string) => events.slice(0, events.findIndex(({ data }) => data.type === type) + 1);

function streamOptions(overrides: Partial<CallOptions> = {}) {
  const received: string[] = [];
  const options = {
    model,
    prompt: 'Write one sentence about a lighthouse.',
    parameters: model.parameters.parse({ maxTokens: 512, system: 'Answer in plain English.' }) as Record<string, unknown>,
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 2_000,
    abortSignal: new AbortController().signal,
    onProgress: () => undefined,
    onText: (delta: string) => received.push(delta),
    ...overrides,
  };
  return { options, received };
}

/** Writes the head of an event stream and some events, then leaves the response to the caller. */
function startEventStream(response: ServerResponse, items: StreamEvent[]): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const item of items) response.write(`event: ${item.event}\ndata: ${JSON.stringify(item.data)}\n\n`);
}

async function providerFailure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

beforeAll(async () => {
  stub = await startStubServer();
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.requests.length = 0;
});

describe('anthropicAdapter.doStream', () => {
  it('doStream - sends the exact Messages request and streams the text deltas with usage', async () => {
    stub.handle((_, response) => sendEvents(response, events));
    const { options, received } = streamOptions();

    const result = await anthropicAdapter.doStream!(options);

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/messages');
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers['x-api-key']).toBeUndefined();
    expect(request!.headers['anthropic-version']).toBe('2026-10-21');
    expect(request!.headers['content-type']).toContain('application/json');
    expect(request!.json).toEqual({
      model: 'claude-sonnet-5-5',
      max_tokens: 512,
      messages: [{ role: 'user', content: 'Write one sentence about a lighthouse.' }],
      system: 'Answer in plain English.',
      stream: true,
    });
    expect(received).toEqual(textDeltas);
    expect(result).toEqual({
      outputs: [],
      text: textDeltas.join(''),
      usage: { inputTokens: startUsage.input_tokens, outputTokens: finalUsage.output_tokens },
    });
  });

  it('doStream - sends no system prompt when none is set and never sends sampling parameters', async () => {
    stub.handle((_, response) => sendEvents(response, events));
    const { options } = streamOptions({ parameters: model.parameters.parse({}) as Record<string, unknown> });

    await anthropicAdapter.doStream!(options);

    const body = stub.requests[0]!.json as Record<string, unknown>;
    expect(body).not.toHaveProperty('system');
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('top_p');
    expect(body).not.toHaveProperty('top_k');
    expect(body.max_tokens).toBe(1024);
  });

  it.each([
    { status: 400, code: 'bad_request', isRetryable: false },
    { status: 401, code: 'invalid_key', isRetryable: false },
    { status: 402, code: 'insufficient_credit', isRetryable: false },
    { status: 403, code: 'forbidden', isRetryable: false },
    { status: 404, code: 'model_not_found', isRetryable: false },
    { status: 500, code: 'unavailable', isRetryable: true },
    { status: 503, code: 'unavailable', isRetryable: true },
    { status: 529, code: 'unavailable', isRetryable: true },
  ] as const)('doStream - maps HTTP $status to a $code error', async ({ status, code, isRetryable }) => {
    const body = errorBodies[String(status) as keyof typeof errorBodies];
    stub.handle((_, response) => sendJson(response, status, body));
    const { options, received } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.isRetryable).toBe(isRetryable);
    expect(error.message).toContain(body.error.message);
    expect(error.message).not.toContain(API_KEY);
    expect(received).toEqual([]);
    expect(stub.requests).toHaveLength(1);
  });

  it('doStream - maps 429 with Retry-After to a retryable rate_limited error', async () => {
    stub.handle((_, response) => sendJson(response, 429, errorBodies['429'], { 'retry-after': '17' }));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(17);
    expect(error.isRetryable).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it('doStream - reads Retry-After-Ms when Anthropic sends no Retry-After', async () => {
    stub.handle((_, response) => sendJson(response, 429, errorBodies['429'], { 'retry-after-ms': '2500' }));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(2.5);
  });

  it('doStream - maps a 400 about the credit balance to insufficient_credit', async () => {
    const body = { ...errorBodies['400'], error: { type: 'invalid_request_error', message: errorBodies['402'].error.message } };
    stub.handle((_, response) => sendJson(response, 400, body));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('insufficient_credit');
    expect(error.status).toBe(400);
    expect(error.isRetryable).toBe(false);
  });

  it('doStream - maps a server that never answers to a timeout', async () => {
    stub.handle(() => hang());
    const { options } = streamOptions({ timeoutMs: 300 });

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
  });

  it('doStream - maps a stream that goes silent after it started to a timeout', async () => {
    stub.handle((_, response) => startEventStream(response, eventsUpTo('content_block_delta')));
    const { options, received } = streamOptions({ timeoutMs: 300 });

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('timeout');
    expect(received).toEqual(textDeltas.slice(0, 1));
  });

  it('doStream - maps a dropped connection to a network error', async () => {
    stub.handle((_, response) => dropConnection(response));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('doStream - maps a connection dropped mid-stream to a network error', async () => {
    stub.handle((_, response) => {
      startEventStream(response, eventsUpTo('content_block_delta'));
      setImmediate(() => response.socket?.destroy());
    });
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('doStream - maps a stream that ends without message_stop to a network error', async () => {
    stub.handle((_, response) => sendEvents(response, eventsUpTo('content_block_stop')));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('network');
  });

  it('doStream - maps a body that is not an event stream to malformed_response', async () => {
    stub.handle((_, response) => sendMalformed(response));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('malformed_response');
    expect(error.isRetryable).toBe(false);
  });

  it('doStream - maps an event whose data is not JSON to malformed_response', async () => {
    const broken = { event: 'content_block_delta', data: '{"type": "content_block_delta", ' };
    stub.handle((_, response) => sendEvents(response, [...eventsUpTo('content_block_start'), broken]));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('malformed_response');
  });

  it('doStream - maps an event missing a documented field to malformed_response', async () => {
    const broken = { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta' } } };
    stub.handle((_, response) => sendEvents(response, [...eventsUpTo('content_block_start'), broken]));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('malformed_response');
  });

  it('doStream - maps an overloaded error event mid-stream to a retryable unavailable error', async () => {
    stub.handle((_, response) => sendEvents(response, [...eventsUpTo('content_block_delta'), overloadedEvent]));
    const { options, received } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('unavailable');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain(overloadedEvent.data.error.message);
    expect(received).toEqual(textDeltas.slice(0, 1));
  });

  it.each([
    { type: 'invalid_request_error', code: 'bad_request', isRetryable: false },
    { type: 'rate_limit_error', code: 'rate_limited', isRetryable: true },
    { type: 'api_error', code: 'unavailable', isRetryable: true },
  ])('doStream - maps a $type error event mid-stream to $code', async ({ type, code, isRetryable }) => {
    const errorEvent = { event: 'error', data: { type: 'error', error: { type, message: `stream failed with ${type}` } } };
    stub.handle((_, response) => sendEvents(response, [...eventsUpTo('content_block_delta'), errorEvent]));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe(code);
    expect(error.isRetryable).toBe(isRetryable);
    expect(error.message).toContain(`stream failed with ${type}`);
  });

  it('doStream - maps a refusal stop reason to content_refused', async () => {
    const refused = events.map((item) =>
      item.data.type === 'message_delta' ? { ...item, data: { ...item.data, delta: { stop_reason: 'refusal', stop_sequence: null } } } : item,
    );
    stub.handle((_, response) => sendEvents(response, refused));
    const { options } = streamOptions();

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('content_refused');
    expect(error.isRetryable).toBe(false);
  });

  it('doStream - stops and reports canceled when the worker aborts mid-stream', async () => {
    stub.handle((_, response) => startEventStream(response, eventsUpTo('content_block_delta')));
    const controller = new AbortController();
    const { options } = streamOptions({ abortSignal: controller.signal, timeoutMs: 30_000 });

    const error = await providerFailure(anthropicAdapter.doStream!({ ...options, onText: () => controller.abort() }));

    expect(error.code).toBe('canceled');
    expect(error.isRetryable).toBe(false);
  });

  it('doStream - refuses to call Anthropic without a key', async () => {
    const { options } = streamOptions({ apiKey: undefined });

    const error = await providerFailure(anthropicAdapter.doStream!(options));

    expect(error.code).toBe('invalid_key');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('anthropicAdapter.doTestKey', () => {
  it('doTestKey - lists models with the key and reports how many it can use', async () => {
    stub.handle((_, response) => sendJson(response, 200, modelsList));

    const result = await anthropicAdapter.doTestKey!({ apiKey: API_KEY, baseUrl: stub.url, abortSignal: new AbortController().signal });

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/v1/models');
    expect(request!.query.get('limit')).toBe('100');
    expect(request!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request!.headers['anthropic-version']).toBe('2026-10-21');
    expect(result.detail).toContain(`${modelsList.data.length} models`);
  });

  it('doTestKey - maps a refused key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, errorBodies['401']));

    const error = await providerFailure(anthropicAdapter.doTestKey!({ apiKey: 'sk-ant-wrong', baseUrl: stub.url, abortSignal: new AbortController().signal }));

    expect(error.code).toBe('invalid_key');
    expect(error.message).toContain('Settings');
  });

  it('doTestKey - maps an unreachable server to a network error', async () => {
    stub.handle((_, response) => dropConnection(response));

    const error = await providerFailure(anthropicAdapter.doTestKey!({ apiKey: API_KEY, baseUrl: stub.url, abortSignal: new AbortController().signal }));

    expect(error.code).toBe('network');
  });
});
