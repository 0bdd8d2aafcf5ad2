import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  dropConnection,
  hang,
  sendBytes,
  sendEvents,
  sendJson,
  sendMalformed,
  startStubServer,
  type RecordedRequest,
  type StubHandler,
  type StubServer,
} from '../../../../tests/support/stub-server';
import { openaiProvider } from '../catalog/openai';
import type { CallOptions, GenerateResult } from '../provider';
import { ProviderError } from '../provider-error';
import { openaiAdapter } from './openai-adapter';

const fixtures = path.join(import.meta.dirname, '__fixtures__');
const fixture = (name: string) => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));
const responsesStream = fixture('responses-stream.json') as Array<{ event: string; data: unknown }>;
const imagesGenerate = fixture('images-generate.json');
const modelsList = fixture('models-list.json');
const errors = fixture('errors.json') as Record<string, { error: { message: string } }>;
const speechMp3 = readFileSync(path.join(fixtures, 'speech.mp3'));
const KEY = 'sk-test-0123456789abcdef';

let stub: StubServer;
beforeAll(async () => {
  stub = await startStubServer();
});
afterAll(() => stub.close());
beforeEach(() => {
  stub.requests.length = 0;
});

function modelById(id: string) {
  const model = openaiProvider.models.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`no model ${id}`);
  return model;
}

function callOptions(modelId: string, overrides: Partial<CallOptions> & { rawParameters?: Record<string, unknown> } = {}): CallOptions {
  const model = modelById(modelId);
  const { rawParameters, ...rest } = overrides;
  return {
    model,
    prompt: 'A lighthouse at dusk',
    parameters: model.parameters.parse(rawParameters ?? {}) as Record<string, unknown>,
    apiKey: KEY,
    baseUrl: `${stub.url}/v1`,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    onProgress: () => undefined,
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

/** Writes SSE events and leaves the response open, for stalls and drops mid-stream; `onFlushed` runs once they are sent. */
function writeEventsOpen(response: ServerResponse, events: Array<{ event: string; data: unknown }>, onFlushed?: () => void): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  response.write(events.map((item) => `event: ${item.event}\ndata: ${JSON.stringify(item.data)}\n\n`).join(''), () => onFlushed?.());
}

function expectCommonHeaders(request: RecordedRequest): void {
  expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  expect(request.headers['openai-organization']).toBeUndefined();
  expect(request.headers['openai-project']).toBeUndefined();
}

type Run = { name: string; modelId: string; path: string; call: (options: CallOptions) => Promise<GenerateResult>; success: StubHandler };
const runs: Run[] = [
  {
    name: 'doStream (text)',
    modelId: 'gpt-5.5',
    path: '/v1/responses',
    call: (options) => openaiAdapter.doStream!({ ...options, onText: () => undefined }),
    success: (_, response) => sendEvents(response, responsesStream),
  },
  {
    name: 'doGenerate (image)',
    modelId: 'gpt-image-2',
    path: '/v1/images/generations',
    call: (options) => openaiAdapter.doGenerate!(options),
    success: (_, response) => sendJson(response, 200, imagesGenerate),
  },
  {
    name: 'doGenerate (speech)',
    modelId: 'gpt-4o-mini-tts',
    path: '/v1/audio/speech',
    call: (options) => openaiAdapter.doGenerate!(options),
    success: (_, response) => sendBytes(response, 200, speechMp3, 'audio/mpeg'),
  },
];

describe('openaiAdapter text', () => {
  it('doStream - sends the Responses request with instructions and max_output_tokens, streams deltas, reports usage', async () => {
    stub.handle((_, response) => sendEvents(response, responsesStream));
    const deltas: string[] = [];
    const result = await openaiAdapter.doStream!({
      ...callOptions('gpt-5.5', { prompt: 'How is the sea?', rawParameters: { maxTokens: 256, system: 'Answer in one short sentence.' } }),
      onText: (delta) => deltas.push(delta),
    });

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/responses');
    expectCommonHeaders(request!);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.json).toEqual({
      model: 'gpt-5.5',
      input: 'How is the sea?',
      instructions: 'Answer in one short sentence.',
      max_output_tokens: 256,
      store: false,
      stream: true,
    });
    expect(deltas).toEqual(['The sea ', 'is calm ', 'tonight.']);
    expect(result).toEqual({ outputs: [], text: 'The sea is calm tonight.', usage: { inputTokens: 21, outputTokens: 148 } });
  });

  it('doStream - leaves instructions out when there is no system prompt, and sends the default token limit', async () => {
    stub.handle((_, response) => sendEvents(response, responsesStream));
    await openaiAdapter.doStream!({ ...callOptions('gpt-5.4-mini', { prompt: 'Hi' }), onText: () => undefined });
    expect(stub.requests[0]!.json).toEqual({ model: 'gpt-5.4-mini', input: 'Hi', max_output_tokens: 1024, store: false, stream: true });
  });

  it('doStream - maps a dropped connection mid-stream to a retryable network error after the first deltas', async () => {
    stub.handle((_, response) => writeEventsOpen(response, responsesStream.slice(0, 7), () => response.socket?.destroy()));
    const deltas: string[] = [];
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: (delta) => deltas.push(delta) }));
    expect(deltas).toEqual(['The sea ']);
    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toBe('Could not reach OpenAI (the connection failed or was dropped); we will try again.');
  });

  it('doStream - maps a stream that ends without response.completed to a retryable network error', async () => {
    stub.handle((_, response) => sendEvents(response, responsesStream.slice(0, -1)));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: () => undefined }));
    expect(error.code).toBe('network');
    expect(error.message).toBe('The connection to OpenAI ended before the answer was complete; we will try again.');
  });

  it('doStream - maps a stream that stalls after its first events to a timeout', async () => {
    stub.handle((_, response) => writeEventsOpen(response, responsesStream.slice(0, 7)));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5', { timeoutMs: 300 }), onText: () => undefined }));
    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toBe('OpenAI stopped sending the answer for 1 s; we will try again.');
  });

  it('doStream - maps response.failed with server_error to a retryable unavailable error', async () => {
    stub.handle((_, response) => sendEvents(response, fixture('responses-stream-failed.json')));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: () => undefined }));
    expect(error.code).toBe('unavailable');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain('OpenAI said: The server had an error while processing your request.');
  });

  it('doStream - maps an error event in the stream to a rate_limited error', async () => {
    stub.handle((_, response) =>
      sendEvents(response, [
        responsesStream[0]!,
        { event: 'error', data: { type: 'error', sequence_number: 1, code: 'rate_limit_exceeded', message: 'Slow down.', param: null } },
      ]),
    );
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: () => undefined }));
    expect(error.code).toBe('rate_limited');
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain('OpenAI said: Slow down.');
  });

  it('doStream - explains an answer cut off by max_output_tokens before any text', async () => {
    stub.handle((_, response) => sendEvents(response, fixture('responses-stream-incomplete.json')));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5', { rawParameters: { maxTokens: 256 } }), onText: () => undefined }));
    expect(error.code).toBe('bad_request');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toBe('GPT-5.5 used all 256 tokens before writing an answer (reasoning counts too) — raise "Longest answer" and try again.');
  });

  it('doStream - maps an event with invalid JSON to malformed_response', async () => {
    stub.handle((_, response) => sendEvents(response, [responsesStream[0]!, { event: 'response.output_text.delta', data: '{"type": "response.output_' }]));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: () => undefined }));
    expect(error.code).toBe('malformed_response');
  });

  it('doStream - maps a delta event without its text to malformed_response', async () => {
    stub.handle((_, response) => sendEvents(response, [{ event: 'response.output_text.delta', data: { type: 'response.output_text.delta', sequence_number: 0 } }]));
    const error = await rejection(openaiAdapter.doStream!({ ...callOptions('gpt-5.5'), onText: () => undefined }));
    expect(error.code).toBe('malformed_response');
    expect(error.message).toBe('OpenAI sent a "response.output_text.delta" event that we could not read.');
  });

  it('doStream - stops with a canceled error when the job is cancelled mid-stream', async () => {
    stub.handle((_, response) => writeEventsOpen(response, responsesStream.slice(0, 7)));
    const controller = new AbortController();
    const error = await rejection(
      openaiAdapter.doStream!({ ...callOptions('gpt-5.5', { abortSignal: controller.signal }), onText: () => controller.abort() }),
    );
    expect(error.code).toBe('canceled');
    expect(error.isRetryable).toBe(false);
  });
});

describe('openaiAdapter image', () => {
  it('doGenerate - sends model, prompt, size, quality, n and png format; returns the PNG with its size and token usage', async () => {
    stub.handle((_, response) => sendJson(response, 200, imagesGenerate));
    const progress: number[] = [];
    const result = await openaiAdapter.doGenerate!(
      callOptions('gpt-image-2', { rawParameters: { size: '1536x1024', quality: 'high' }, onProgress: (fraction) => progress.push(fraction) }),
    );

    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/images/generations');
    expectCommonHeaders(request!);
    expect(request!.json).toEqual({ model: 'gpt-image-2', prompt: 'A lighthouse at dusk', size: '1536x1024', quality: 'high', n: 1, output_format: 'png' });
    const expected = Buffer.from(imagesGenerate.data[0].b64_json, 'base64');
    expect(result.outputs).toHaveLength(1);
    expect(result.outputs[0]!.data.equals(expected)).toBe(true);
    expect(result.outputs[0]).toMatchObject({ kind: 'image', mimeType: 'image/png', width: 3, height: 2 });
    expect(result.usage).toEqual({ images: 1, inputTokens: 14, outputTokens: 6208 });
    expect(progress).toEqual([1]);
  });

  it('doGenerate - sends n for several images and returns each', async () => {
    stub.handle((_, response) => sendJson(response, 200, { ...imagesGenerate, data: [imagesGenerate.data[0], imagesGenerate.data[0]], usage: undefined }));
    const result = await openaiAdapter.doGenerate!(callOptions('gpt-image-1.5', { rawParameters: { count: 2 } }));
    expect(stub.requests[0]!.json).toMatchObject({ model: 'gpt-image-1.5', n: 2, size: '1024x1024', quality: 'medium' });
    expect(result.outputs).toHaveLength(2);
    expect(result.usage).toEqual({ images: 2 });
  });

  it('doGenerate - maps a 400 moderation_blocked to content_refused', async () => {
    stub.handle((_, response) => sendJson(response, 400, errors['400-moderation']));
    const error = await rejection(openaiAdapter.doGenerate!(callOptions('gpt-image-2')));
    expect(error.code).toBe('content_refused');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toBe('OpenAI refused this prompt under its content policy. (OpenAI said: Your request was rejected by the safety system.)');
  });

  it('doGenerate - maps JSON without image data, and image data that is not a PNG, to malformed_response', async () => {
    stub.handle((_, response) => sendJson(response, 200, { created: 1, data: [] }));
    expect((await rejection(openaiAdapter.doGenerate!(callOptions('gpt-image-2')))).code).toBe('malformed_response');
    stub.handle((_, response) => sendJson(response, 200, { created: 1, data: [{ b64_json: Buffer.from('GIF89a-not-a-png').toString('base64') }] }));
    expect((await rejection(openaiAdapter.doGenerate!(callOptions('gpt-image-2')))).message).toBe('OpenAI sent an image that we could not read.');
  });

  it('doGenerate - refuses a prompt over 32,000 characters without calling OpenAI', async () => {
    const error = await rejection(openaiAdapter.doGenerate!(callOptions('gpt-image-2', { prompt: 'x'.repeat(32_001) })));
    expect(error.code).toBe('bad_request');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('openaiAdapter speech', () => {
  it('doGenerate - sends model, input, voice, speed and mp3; returns the audio as audio/mpeg with characters as usage', async () => {
    stub.handle((_, response) => sendBytes(response, 200, speechMp3, 'audio/mpeg'));
    const result = await openaiAdapter.doGenerate!(
      callOptions('gpt-4o-mini-tts', { prompt: 'Welcome aboard.', rawParameters: { voice: 'coral', speed: 1.25, instructions: 'Warm and calm.' } }),
    );

    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/audio/speech');
    expectCommonHeaders(request!);
    expect(request!.headers.accept).toBe('application/octet-stream');
    expect(request!.json).toEqual({
      model: 'gpt-4o-mini-tts',
      input: 'Welcome aboard.',
      voice: 'coral',
      speed: 1.25,
      response_format: 'mp3',
      instructions: 'Warm and calm.',
    });
    expect(result.outputs).toHaveLength(1);
    expect(result.outputs[0]).toMatchObject({ kind: 'audio', mimeType: 'audio/mpeg' });
    expect(result.outputs[0]!.data.equals(speechMp3)).toBe(true);
    expect(result.usage).toEqual({ characters: 'Welcome aboard.'.length });
  });

  it('doGenerate - sends the default voice and speed and no instructions', async () => {
    stub.handle((_, response) => sendBytes(response, 200, speechMp3, 'audio/mpeg'));
    await openaiAdapter.doGenerate!(callOptions('gpt-4o-mini-tts', { prompt: 'Hello.' }));
    expect(stub.requests[0]!.json).toEqual({ model: 'gpt-4o-mini-tts', input: 'Hello.', voice: 'alloy', speed: 1, response_format: 'mp3' });
  });

  it('doGenerate - refuses text over 4,096 characters without calling OpenAI', async () => {
    const error = await rejection(openaiAdapter.doGenerate!(callOptions('gpt-4o-mini-tts', { prompt: 'a'.repeat(4097) })));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('OpenAI speaks at most 4,096 characters at a time; this text has 4097.');
    expect(stub.requests).toHaveLength(0);
  });
});

type ErrorCase = {
  name: string;
  handler: StubHandler;
  code: ProviderError['code'];
  isRetryable: boolean;
  status?: number;
  retryAfterSeconds?: number;
  message?: string;
};

const errorCases: ErrorCase[] = [
  {
    name: 'maps 400 to a bad_request error with OpenAI’s message',
    handler: (_, response) => sendJson(response, 400, errors['400']),
    code: 'bad_request',
    isRetryable: false,
    status: 400,
    message: "OpenAI refused the request (HTTP 400). (OpenAI said: Invalid value for 'size': '999x999' is not a supported size.)",
  },
  {
    name: 'maps 401 to invalid_key',
    handler: (_, response) => sendJson(response, 401, errors['401']),
    code: 'invalid_key',
    isRetryable: false,
    status: 401,
    message: `OpenAI refused the API key — check it in Settings. (OpenAI said: ${errors['401']!.error.message})`,
  },
  { name: 'maps 403 to forbidden', handler: (_, response) => sendJson(response, 403, errors['403']), code: 'forbidden', isRetryable: false, status: 403 },
  {
    name: 'maps 404 (unknown model) to model_not_found',
    handler: (_, response) => sendJson(response, 404, errors['404']),
    code: 'model_not_found',
    isRetryable: false,
    status: 404,
  },
  {
    name: 'maps 429 with Retry-After to a retryable rate_limited error',
    handler: (_, response) => sendJson(response, 429, errors['429'], { 'retry-after': '7' }),
    code: 'rate_limited',
    isRetryable: true,
    status: 429,
    retryAfterSeconds: 7,
  },
  {
    name: 'maps 429 insufficient_quota to a final insufficient_credit error',
    handler: (_, response) => sendJson(response, 429, errors['429-quota'], { 'x-should-retry': 'false' }),
    code: 'insufficient_credit',
    isRetryable: false,
    status: 429,
  },
  { name: 'maps 500 to a retryable unavailable error', handler: (_, response) => sendJson(response, 500, errors['500']), code: 'unavailable', isRetryable: true, status: 500 },
  { name: 'maps 503 to a retryable unavailable error', handler: (_, response) => sendJson(response, 503, errors['503']), code: 'unavailable', isRetryable: true, status: 503 },
  { name: 'maps a hang past the timeout to a retryable timeout', handler: () => hang(), code: 'timeout', isRetryable: true },
  { name: 'maps a dropped connection to a retryable network error', handler: (_, response) => dropConnection(response), code: 'network', isRetryable: true },
  { name: 'maps a malformed body to malformed_response', handler: (_, response) => sendMalformed(response), code: 'malformed_response', isRetryable: false },
];

describe.each(runs)('openaiAdapter $name errors', (run) => {
  it('succeeds against the documented answer', async () => {
    stub.handle(run.success);
    const result = await run.call(callOptions(run.modelId));
    expect(stub.requests.map((request) => request.path)).toEqual([run.path]);
    expect(result.usage).toBeDefined();
  });

  it.each(errorCases)(`${run.name} - $name`, async (testCase) => {
    stub.handle(testCase.handler);
    const error = await rejection(run.call(callOptions(run.modelId, { timeoutMs: 300 })));
    expect(error.code).toBe(testCase.code);
    expect(error.isRetryable).toBe(testCase.isRetryable);
    expect(error.status).toBe(testCase.status);
    expect(error.retryAfterSeconds).toBe(testCase.retryAfterSeconds);
    if (testCase.message) expect(error.message).toBe(testCase.message);
    expect(error.message).not.toContain(KEY);
    // The SDK's own retries are off: the worker retries with its backoff.
    expect(stub.requests.map((request) => request.path)).toEqual([run.path]);
  });

  it(`${run.name} - maps an already-cancelled job to canceled without calling OpenAI`, async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(run.call(callOptions(run.modelId, { abortSignal: controller.signal })));
    expect(error.code).toBe('canceled');
    expect(stub.requests).toHaveLength(0);
  });

  it(`${run.name} - refuses to run without a key`, async () => {
    const error = await rejection(run.call(callOptions(run.modelId, { apiKey: '' })));
    expect(error.code).toBe('invalid_key');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('openaiAdapter doTestKey', () => {
  const keyCheck = (apiKey = KEY) => openaiAdapter.doTestKey!({ apiKey, baseUrl: `${stub.url}/v1`, abortSignal: new AbortController().signal });

  it('doTestKey - lists the models with the key and says how many it can use', async () => {
    stub.handle((_, response) => sendJson(response, 200, modelsList));
    expect(await keyCheck()).toEqual({ detail: 'The key works; it can use 3 models.' });
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/v1/models');
    expectCommonHeaders(request!);
  });

  it('doTestKey - maps a bad key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, errors['401']));
    const error = await rejection(keyCheck('sk-wrong'));
    expect(error.code).toBe('invalid_key');
    expect(error.message).toContain('OpenAI refused the API key — check it in Settings.');
  });

  it('doTestKey - maps a model list without data to malformed_response', async () => {
    stub.handle((_, response) => sendJson(response, 200, { object: 'list' }));
    expect((await rejection(keyCheck())).code).toBe('malformed_response');
  });
});
