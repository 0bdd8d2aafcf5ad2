import { readFileSync } from 'node:fs';
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
import { googleProvider } from '../catalog/google';
import type { CallOptions, ModelSpec } from '../provider';
import { ProviderError } from '../provider-error';
import { googleAdapter } from './google-adapter';
import errorBodies from './__fixtures__/error-bodies.json';
import imageBlocked from './__fixtures__/image-safety.json';
import imageTextOnly from './__fixtures__/image-text-only.json';
import imageResponse from './__fixtures__/image.json';
import interactionFailed from './__fixtures__/interaction-failed.json';
import interactionSong from './__fixtures__/interaction-song.json';
import modelsList from './__fixtures__/models-list.json';
import promptBlocked from './__fixtures__/prompt-blocked.json';
import streamErrorChunk from './__fixtures__/stream-error-chunk.json';
import textStreamSafety from './__fixtures__/text-stream-safety.json';
import textStream from './__fixtures__/text-stream.json';
import veoCancelled from './__fixtures__/veo-operation-cancelled.json';
import veoCreated from './__fixtures__/veo-operation-created.json';
import veoDone from './__fixtures__/veo-operation-done.json';
import veoFailed from './__fixtures__/veo-operation-failed.json';
import veoFiltered from './__fixtures__/veo-operation-filtered.json';
import veoProgress from './__fixtures__/veo-operation-progress.json';
import veoRunning from './__fixtures__/veo-operation-running.json';

const API_KEY = 'AIzaSy-test-key-for-the-stub';
const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const PNG = fixture('image-3x2.png');
const SONG = fixture('song.mp3');
const VIDEO = fixture('video.mp4');
const OPERATION = veoCreated.name;

let stub: StubServer;

function modelById(id: string): ModelSpec {
  const model = googleProvider.models.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`No Google model ${id} in the catalog.`);
  return model;
}

function callOptions(modelId: string, parameters: Record<string, unknown> = {}, overrides: Partial<CallOptions> = {}) {
  const model = modelById(modelId);
  const progress: number[] = [];
  const options: CallOptions = {
    model,
    prompt: 'A lighthouse at dusk',
    parameters: model.parameters.parse(parameters) as Record<string, unknown>,
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    onProgress: (fraction) => progress.push(fraction),
    ...overrides,
  };
  return { options, progress };
}

/**
 * Google's routes with the API version stripped: SDK 3.x calls `/v1/…`, Veo's long-running
 * methods live under `/v1beta/…`, and the stub answers both. Anything else is a 404.
 */
function googleRoutes(routes: Record<string, StubHandler>): StubHandler {
  return (request, response) => {
    const route = `${request.method} ${request.path.replace(/^\/v1(?:beta)?\//, '/')}`;
    const handler = routes[route];
    if (handler) return handler(request, response);
    sendJson(response, 404, errorBodies['404']);
  };
}

function startEventStream(response: ServerResponse, chunks: unknown[]): void {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  for (const chunk of chunks) response.write(`data: ${JSON.stringify(chunk)}\r\n\r\n`);
}

async function providerFailure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

function expectSdkHeaders(request: RecordedRequest) {
  expect(request.headers['x-goog-api-key']).toBe(API_KEY);
  expect(request.headers['x-goog-api-client']).toMatch(/^google-genai-sdk\/3\.\d+\.\d+ gl-node\//);
  expect(request.headers['content-type']).toBe('application/json');
  expect(request.headers.authorization).toBeUndefined();
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

describe('googleAdapter.doStream (Gemini text)', () => {
  const streamOptions = (parameters: Record<string, unknown> = { maxTokens: 200, system: 'Answer as a poet.' }, overrides: Partial<CallOptions> = {}) => {
    const received: string[] = [];
    const { options } = callOptions('gemini-3.8-flash', parameters, overrides);
    return { options: { ...options, prompt: 'A haiku about fog', onText: (delta: string) => received.push(delta) }, received };
  };

  it('doStream - sends the exact streamGenerateContent request and streams the answer text with usage', async () => {
    stub.handle(googleRoutes({ 'POST /models/gemini-3.8-flash:streamGenerateContent': (_, response) => sendEvents(response, textStream.map((data) => ({ data }))) }));
    const { options, received } = streamOptions();

    const result = await googleAdapter.doStream!(options);

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/models/gemini-3.8-flash:streamGenerateContent');
    expect(request!.query.get('alt')).toBe('sse');
    expectSdkHeaders(request!);
    expect(request!.json).toEqual({
      contents: [{ parts: [{ text: 'A haiku about fog' }], role: 'user' }],
      systemInstruction: { parts: [{ text: 'Answer as a poet.' }], role: 'user' },
      generationConfig: { maxOutputTokens: 200 },
    });
    // The thought part is not part of the answer.
    expect(received).toEqual(['Morning fog ', 'lifts slowly.']);
    expect(result.text).toBe('Morning fog lifts slowly.');
    expect(result.outputs).toEqual([]);
    const { usageMetadata } = textStream[2]!;
    expect(result.usage).toEqual({
      inputTokens: usageMetadata!.promptTokenCount,
      outputTokens: usageMetadata!.candidatesTokenCount + usageMetadata!.thoughtsTokenCount,
    });
  });

  it('doStream - leaves systemInstruction out when no system text is given', async () => {
    stub.handle(googleRoutes({ 'POST /models/gemini-3.8-flash:streamGenerateContent': (_, response) => sendEvents(response, textStream.map((data) => ({ data }))) }));
    const { options } = streamOptions({ maxTokens: 64 });

    await googleAdapter.doStream!(options);

    expect(stub.requests[0]!.json).toEqual({ contents: [{ parts: [{ text: 'A haiku about fog' }], role: 'user' }], generationConfig: { maxOutputTokens: 64 } });
  });

  it('doStream - maps a SAFETY finish to content_refused after passing on the text sent before it', async () => {
    stub.handle((_, response) => sendEvents(response, textStreamSafety.map((data) => ({ data }))));
    const { options, received } = streamOptions();

    const error = await providerFailure(googleAdapter.doStream!(options));

    expect(error.code).toBe('content_refused');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('SAFETY');
    expect(received).toEqual(['Step one: ']);
  });

  it('doStream - maps a blocked prompt to content_refused', async () => {
    stub.handle((_, response) => sendEvents(response, [{ data: promptBlocked }]));
    const { options, received } = streamOptions();

    const error = await providerFailure(googleAdapter.doStream!(options));

    expect(error.code).toBe('content_refused');
    expect(error.message).toContain('PROHIBITED_CONTENT');
    expect(received).toEqual([]);
  });

  it('doStream - maps an error chunk in the stream to a retryable unavailable error', async () => {
    stub.handle((_, response) => {
      startEventStream(response, [textStream[1]]);
      response.end(`data: ${JSON.stringify(streamErrorChunk)}\n\n`);
    });
    const { options } = streamOptions();

    const error = await providerFailure(googleAdapter.doStream!(options));

    expect(error.code).toBe('unavailable');
    expect(error.status).toBe(503);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain(streamErrorChunk.error.message);
  });

  it('doStream - maps a stream that goes silent past the timeout to a timeout error', async () => {
    stub.handle((_, response) => startEventStream(response, [textStream[1]]));
    const { options, received } = streamOptions(undefined, { timeoutMs: 300 });

    const error = await providerFailure(googleAdapter.doStream!(options));

    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
    expect(received).toEqual(['Morning fog ']);
  });
});

describe('googleAdapter.doGenerate (Gemini images)', () => {
  it('doGenerate - sends the exact generateContent request with imageConfig and returns the inline image', async () => {
    stub.handle(googleRoutes({ 'POST /models/gemini-3-pro-image:generateContent': (_, response) => sendJson(response, 200, imageResponse) }));
    const { options, progress } = callOptions('gemini-3-pro-image', { aspectRatio: '16:9', imageSize: '2K' });

    const result = await googleAdapter.doGenerate!(options);

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/models/gemini-3-pro-image:generateContent');
    expectSdkHeaders(request!);
    expect(request!.json).toEqual({
      contents: [{ parts: [{ text: 'A lighthouse at dusk' }], role: 'user' }],
      generationConfig: { responseModalities: ['TEXT', 'IMAGE'], imageConfig: { aspectRatio: '16:9', imageSize: '2K' } },
    });
    expect(result.outputs).toHaveLength(1);
    expect(result.outputs[0]).toEqual({ kind: 'image', data: PNG, mimeType: 'image/png', width: 3, height: 2 });
    expect(result.text).toBeUndefined();
    expect(result.usage).toEqual({
      inputTokens: imageResponse.usageMetadata.promptTokenCount,
      outputTokens: imageResponse.usageMetadata.candidatesTokenCount,
      images: 1,
    });
    expect(progress.length).toBeGreaterThan(0);
  });

  it('doGenerate - sends only the aspect ratio to a model without output sizes', async () => {
    stub.handle(googleRoutes({ 'POST /models/gemini-2.5-flash-image:generateContent': (_, response) => sendJson(response, 200, imageResponse) }));
    const { options } = callOptions('gemini-2.5-flash-image');

    await googleAdapter.doGenerate!(options);

    expect((stub.requests[0]!.json as { generationConfig: unknown }).generationConfig).toEqual({
      responseModalities: ['TEXT', 'IMAGE'],
      imageConfig: { aspectRatio: '1:1' },
    });
  });

  it('doGenerate - maps an IMAGE_SAFETY finish to content_refused', async () => {
    stub.handle((_, response) => sendJson(response, 200, imageBlocked));
    const { options } = callOptions('gemini-3-pro-image');

    const error = await providerFailure(googleAdapter.doGenerate!(options));

    expect(error.code).toBe('content_refused');
    expect(error.message).toContain('IMAGE_SAFETY');
    expect(error.isRetryable).toBe(false);
  });

  it('doGenerate - maps a blocked image prompt to content_refused', async () => {
    stub.handle((_, response) => sendJson(response, 200, promptBlocked));
    const { options } = callOptions('gemini-3.1-flash-image');

    const error = await providerFailure(googleAdapter.doGenerate!(options));

    expect(error.code).toBe('content_refused');
  });

  it('doGenerate - fails with what the model said when it answers without an image', async () => {
    stub.handle((_, response) => sendJson(response, 200, imageTextOnly));
    const { options } = callOptions('gemini-3-pro-image');

    const error = await providerFailure(googleAdapter.doGenerate!(options));

    expect(error.code).toBe('provider_error');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain(imageTextOnly.candidates[0]!.content.parts[0]!.text);
  });

  it('doGenerate - refuses a parameter outside the model\'s schema without calling Google', async () => {
    const { options } = callOptions('gemini-3-pro-image');

    const error = await providerFailure(googleAdapter.doGenerate!({ ...options, parameters: { aspectRatio: '7:3' } }));

    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('"aspectRatio"');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('googleAdapter.doGenerate (Lyria music)', () => {
  it('doGenerate - sends the exact interactions request and returns the song', async () => {
    stub.handle(googleRoutes({ 'POST /interactions': (_, response) => sendJson(response, 200, interactionSong) }));
    const { options } = callOptions('lyria-3.5', {}, { prompt: 'An upbeat synth-pop song about a night drive' });

    const result = await googleAdapter.doGenerate!(options);

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/interactions');
    expectSdkHeaders(request!);
    expect(request!.json).toEqual({ model: 'lyria-3.5', input: 'An upbeat synth-pop song about a night drive' });
    expect(result.outputs).toEqual([{ kind: 'audio', data: SONG, mimeType: 'audio/mpeg' }]);
    expect(result.usage).toEqual({});
  });

  it('doGenerate - fails plainly when the interaction ends without finishing the song', async () => {
    stub.handle((_, response) => sendJson(response, 200, interactionFailed));
    const { options } = callOptions('lyria-3.5');

    const error = await providerFailure(googleAdapter.doGenerate!(options));

    expect(error.code).toBe('provider_error');
    expect(error.message).toContain('failed');
  });

  it('doGenerate - maps a completed interaction without audio to malformed_response', async () => {
    const steps = interactionSong.steps.map((step) => ({ ...step, content: step.content.filter((item) => item.type !== 'audio') }));
    stub.handle((_, response) => sendJson(response, 200, { ...interactionSong, steps }));
    const { options } = callOptions('lyria-3.5');

    const error = await providerFailure(googleAdapter.doGenerate!(options));

    expect(error.code).toBe('malformed_response');
  });
});

describe('googleAdapter Veo (queued video)', () => {
  const videoParameters = { durationSeconds: 6, aspectRatio: '9:16', resolution: '1080p', negativePrompt: 'text overlays' };
  const poll = (parameters: Record<string, unknown> = videoParameters, overrides: Partial<CallOptions> = {}) => {
    const { options } = callOptions('veo-3.1-generate-preview', parameters, overrides);
    return googleAdapter.doPoll!({ ...options, providerRequestId: OPERATION });
  };
  const operationRoute = (body: unknown): StubHandler =>
    googleRoutes({
      [`GET /${OPERATION}`]: (_, response) => sendJson(response, 200, body),
      'GET /files/3x9qk2w8m1ab:download': (_, response) => sendBytes(response, 200, VIDEO, 'video/mp4'),
    });

  it('doSubmit - sends the exact predictLongRunning request and returns the operation name', async () => {
    stub.handle(googleRoutes({ 'POST /models/veo-3.1-generate-preview:predictLongRunning': (_, response) => sendJson(response, 200, veoCreated) }));
    const { options } = callOptions('veo-3.1-generate-preview', videoParameters);

    const submitted = await googleAdapter.doSubmit!(options);

    expect(submitted).toEqual({ providerRequestId: OPERATION });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1beta/models/veo-3.1-generate-preview:predictLongRunning');
    expect(request!.headers['x-goog-api-key']).toBe(API_KEY);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.json).toEqual({
      instances: [{ prompt: 'A lighthouse at dusk' }],
      parameters: { aspectRatio: '9:16', durationSeconds: 6, resolution: '1080p', negativePrompt: 'text overlays' },
    });
  });

  it('doSubmit - sends the catalog defaults and no negative prompt when none is given', async () => {
    stub.handle((_, response) => sendJson(response, 200, veoCreated));
    const { options } = callOptions('veo-3.1-generate-preview');

    await googleAdapter.doSubmit!(options);

    expect((stub.requests[0]!.json as { parameters: unknown }).parameters).toEqual({ aspectRatio: '16:9', durationSeconds: 8, resolution: '720p' });
  });

  it('doSubmit - maps an answer without an operation name to malformed_response', async () => {
    stub.handle((_, response) => sendJson(response, 200, { done: false }));
    const { options } = callOptions('veo-3.1-generate-preview');

    const error = await providerFailure(googleAdapter.doSubmit!(options));

    expect(error.code).toBe('malformed_response');
  });

  it('doPoll - reports a running operation as pending with the exact GET of the operation', async () => {
    stub.handle(operationRoute(veoRunning));

    const result = await poll();

    expect(result).toEqual({ state: 'pending' });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe(`/v1beta/${OPERATION}`);
    expect(request!.headers['x-goog-api-key']).toBe(API_KEY);
    expect(request!.body).toHaveLength(0);
  });

  it('doPoll - reports the progress of a running operation that states it', async () => {
    stub.handle(operationRoute(veoProgress));

    expect(await poll()).toEqual({ state: 'pending', progress: veoProgress.metadata.progressPercent / 100 });
  });

  it('doPoll - downloads the finished video with the key from the API host and reports its seconds', async () => {
    stub.handle(operationRoute(veoDone));

    const result = await poll();

    expect(result.state).toBe('succeeded');
    const { result: generated } = result as Extract<typeof result, { state: 'succeeded' }>;
    expect(generated.outputs).toEqual([{ kind: 'video', data: VIDEO, mimeType: 'video/mp4', width: 1080, height: 1920, durationSeconds: 6 }]);
    expect(generated.usage).toEqual({ seconds: 6 });
    expect(stub.requests).toHaveLength(2);
    const download = stub.requests[1]!;
    expect(download.method).toBe('GET');
    expect(download.path).toBe('/v1beta/files/3x9qk2w8m1ab:download');
    expect(download.query.get('alt')).toBe('media');
    expect(download.headers['x-goog-api-key']).toBe(API_KEY);
  });

  it('doPoll - takes a video sent inline without downloading anything', async () => {
    const inline = { ...veoDone, response: { generateVideoResponse: { generatedSamples: [{ video: { encodedVideo: VIDEO.toString('base64'), encoding: 'video/mp4' } }] } } };
    stub.handle(operationRoute(inline));

    const result = await poll({});

    expect(result).toEqual({
      state: 'succeeded',
      result: { outputs: [{ kind: 'video', data: VIDEO, mimeType: 'video/mp4', width: 1280, height: 720, durationSeconds: 8 }], usage: { seconds: 8 } },
    });
    expect(stub.requests).toHaveLength(1);
  });

  it('doPoll - reports a failed operation with Google\'s message', async () => {
    stub.handle(operationRoute(veoFailed));

    const result = await poll();

    expect(result).toEqual({ state: 'failed', code: 'provider_error', message: `Veo could not make the video: ${veoFailed.error.message}` });
  });

  it('doPoll - reports an operation Google cancelled as canceled', async () => {
    stub.handle(operationRoute(veoCancelled));

    expect(await poll()).toEqual({ state: 'canceled' });
  });

  it('doPoll - reports a video removed by the safety filters as content_refused', async () => {
    stub.handle(operationRoute(veoFiltered));

    const result = await poll();

    expect(result.state).toBe('failed');
    const failed = result as Extract<typeof result, { state: 'failed' }>;
    expect(failed.code).toBe('content_refused');
    expect(failed.message).toContain(veoFiltered.response.generateVideoResponse.raiMediaFilteredReasons[0]);
  });

  it('doPoll - maps a finished video whose download is refused to a ProviderError', async () => {
    stub.handle(
      googleRoutes({
        [`GET /${OPERATION}`]: (_, response) => sendJson(response, 200, veoDone),
        'GET /files/3x9qk2w8m1ab:download': (_, response) => sendJson(response, 403, errorBodies['403']),
      }),
    );

    const error = await providerFailure(poll());

    expect(error.code).toBe('forbidden');
  });

  it('doPoll - maps a finished operation with no video and no reason to malformed_response', async () => {
    stub.handle(operationRoute({ ...veoDone, response: { generateVideoResponse: {} } }));

    const error = await providerFailure(poll());

    expect(error.code).toBe('malformed_response');
  });

  it('doPoll - refuses a stored id that is not a Veo operation name without calling Google', async () => {
    const { options } = callOptions('veo-3.1-generate-preview');

    const error = await providerFailure(googleAdapter.doPoll!({ ...options, providerRequestId: '../../files/abc' }));

    expect(error.code).toBe('bad_request');
    expect(stub.requests).toHaveLength(0);
  });

  it('doCancel - sends nothing, as the Gemini API cannot cancel a Veo operation', async () => {
    stub.handle((_, response) => sendJson(response, 200, {}));
    const { options } = callOptions('veo-3.1-generate-preview');

    await expect(googleAdapter.doCancel!({ ...options, providerRequestId: OPERATION })).resolves.toBeUndefined();
    expect(stub.requests).toHaveLength(0);
  });
});

describe('googleAdapter.doTestKey', () => {
  const keyOptions = (overrides: Partial<Parameters<NonNullable<typeof googleAdapter.doTestKey>>[0]> = {}) => ({
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    ...overrides,
  });

  it('doTestKey - lists the models with the key and says how many it sees', async () => {
    stub.handle(googleRoutes({ 'GET /models': (_, response) => sendJson(response, 200, modelsList) }));

    const result = await googleAdapter.doTestKey!(keyOptions());

    expect(result.detail).toContain(`${modelsList.models.length} models`);
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/v1/models');
    expect(request!.query.get('pageSize')).toBe('100');
    expectSdkHeaders(request!);
  });

  it('doTestKey - maps Google\'s API_KEY_INVALID answer to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 400, errorBodies['400-key']));

    const error = await providerFailure(googleAdapter.doTestKey!(keyOptions({ apiKey: 'AIzaSy-wrong' })));

    expect(error.code).toBe('invalid_key');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('API key not valid');
    expect(error.message).not.toContain('AIzaSy-wrong');
  });

  it('doTestKey - refuses to run without a key', async () => {
    const error = await providerFailure(googleAdapter.doTestKey!(keyOptions({ apiKey: '' })));

    expect(error.code).toBe('invalid_key');
    expect(stub.requests).toHaveLength(0);
  });
});

type Call = { label: string; run: (overrides: Partial<CallOptions>) => Promise<unknown> };
const calls: Call[] = [
  {
    label: 'doStream',
    run: (overrides) => googleAdapter.doStream!({ ...callOptions('gemini-3.8-flash', {}, overrides).options, onText: () => undefined }),
  },
  { label: 'doGenerate (image)', run: (overrides) => googleAdapter.doGenerate!(callOptions('gemini-3-pro-image', {}, overrides).options) },
  { label: 'doGenerate (music)', run: (overrides) => googleAdapter.doGenerate!(callOptions('lyria-3.5', {}, overrides).options) },
  { label: 'doSubmit', run: (overrides) => googleAdapter.doSubmit!(callOptions('veo-3.1-generate-preview', {}, overrides).options) },
  {
    label: 'doPoll',
    run: (overrides) => googleAdapter.doPoll!({ ...callOptions('veo-3.1-generate-preview', {}, overrides).options, providerRequestId: OPERATION }),
  },
  {
    label: 'doTestKey',
    run: ({ timeoutMs, abortSignal }) =>
      googleAdapter.doTestKey!({ apiKey: API_KEY, baseUrl: stub.url, timeoutMs: timeoutMs ?? 5_000, abortSignal: abortSignal ?? new AbortController().signal }),
  },
];

type Failure = {
  name: string;
  respond: StubHandler;
  expected: { code: string; status?: number; retryAfterSeconds?: number; isRetryable: boolean; said?: string };
  timeoutMs?: number;
};
const failures: Failure[] = [
  {
    name: 'maps 400 to a bad_request error',
    respond: (_, response) => sendJson(response, 400, errorBodies['400']),
    expected: { code: 'bad_request', status: 400, isRetryable: false, said: 'max_output_tokens must be positive' },
  },
  {
    name: 'maps 400 API_KEY_INVALID to an invalid_key error',
    respond: (_, response) => sendJson(response, 400, errorBodies['400-key']),
    expected: { code: 'invalid_key', status: 400, isRetryable: false, said: 'API key not valid' },
  },
  {
    name: 'maps 401 to an invalid_key error',
    respond: (_, response) => sendJson(response, 401, errorBodies['401']),
    expected: { code: 'invalid_key', status: 401, isRetryable: false, said: 'invalid authentication credentials' },
  },
  {
    name: 'maps 403 to a forbidden error',
    respond: (_, response) => sendJson(response, 403, errorBodies['403']),
    expected: { code: 'forbidden', status: 403, isRetryable: false, said: 'has not been used in project' },
  },
  {
    name: 'maps 404 (unknown model) to a model_not_found error',
    respond: (_, response) => sendJson(response, 404, errorBodies['404']),
    expected: { code: 'model_not_found', status: 404, isRetryable: false, said: 'models/gemini-0-nope is not found' },
  },
  {
    name: 'maps 429 with Retry-After to a retryable rate_limited error',
    respond: (_, response) => sendJson(response, 429, errorBodies['429'], { 'retry-after': '7' }),
    expected: { code: 'rate_limited', status: 429, retryAfterSeconds: 7, isRetryable: true, said: 'exceeded your current quota' },
  },
  {
    name: 'maps 429 with only a RetryInfo delay to a retryable rate_limited error',
    respond: (_, response) => sendJson(response, 429, errorBodies['429']),
    expected: { code: 'rate_limited', status: 429, retryAfterSeconds: 37, isRetryable: true },
  },
  {
    name: 'maps 500 to a retryable unavailable error',
    respond: (_, response) => sendJson(response, 500, errorBodies['500']),
    expected: { code: 'unavailable', status: 500, isRetryable: true, said: 'internal error has occurred' },
  },
  {
    name: 'maps 503 to a retryable unavailable error',
    respond: (_, response) => sendJson(response, 503, errorBodies['503']),
    expected: { code: 'unavailable', status: 503, isRetryable: true, said: 'overloaded' },
  },
  { name: 'maps a hang past the timeout to a timeout error', respond: hang, timeoutMs: 300, expected: { code: 'timeout', isRetryable: true } },
  { name: 'maps a dropped connection to a network error', respond: (_, response) => dropConnection(response), expected: { code: 'network', isRetryable: true } },
  { name: 'maps a malformed body to a malformed_response error', respond: (_, response) => sendMalformed(response), expected: { code: 'malformed_response', isRetryable: true } },
];

describe.each(calls)('$label error matrix', ({ label, run }) => {
  it.each(failures.map((failure) => ({ ...failure, title: `${label} - ${failure.name}` })))('$title', async ({ respond, expected, timeoutMs }) => {
    stub.handle(respond);

    const error = await providerFailure(run(timeoutMs ? { timeoutMs } : {}));

    expect(error.code).toBe(expected.code);
    expect(error.isRetryable).toBe(expected.isRetryable);
    expect(error.status).toBe(expected.status);
    expect(error.retryAfterSeconds).toBe(expected.retryAfterSeconds);
    if (expected.said) expect(error.message).toContain(expected.said);
    expect(error.message).not.toContain(API_KEY);
    // One request: the SDK's own retries are off, the worker retries.
    expect(stub.requests).toHaveLength(1);
  });

  it(`${label} - maps a cancel during the call to a canceled error`, async () => {
    const controller = new AbortController();
    stub.handle(() => controller.abort());

    const error = await providerFailure(run({ abortSignal: controller.signal }));

    expect(error.code).toBe('canceled');
    expect(error.isRetryable).toBe(false);
  });
});

describe('googleProvider catalog', () => {
  it.each(googleProvider.models.map((model) => ({ id: model.id, model })))('$id - fills every parameter from defaults and has a real price source', ({ model }) => {
    expect(model.parameters.safeParse({}).success).toBe(true);
    expect(model.pricing.source?.url).toBe('https://ai.google.dev/gemini-api/docs/pricing');
    if (model.pricing.unit === 'per_1m_tokens') expect(model.pricing.inputUsd).toBeGreaterThan(0);
    if ('usd' in model.pricing) expect(model.pricing.usd).toBeGreaterThan(0);
  });
});
