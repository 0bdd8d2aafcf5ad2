import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  dropConnection,
  hang,
  sendBytes,
  sendJson,
  sendMalformed,
  startStubServer,
  type RecordedRequest,
  type StubHandler,
  type StubServer,
} from '../../../../tests/support/stub-server';
import { falProvider } from '../catalog/fal';
import type { CallOptions } from '../provider';
import { ProviderError } from '../provider-error';
import { createFalAdapter, falAdapter } from './fal-adapter';

const FIXTURES = path.join(import.meta.dirname, '__fixtures__');
const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const media = (name: string): Buffer => readFileSync(path.join(FIXTURES, name));

const API_KEY = 'fal-key-id:fal-key-secret';
const REQUEST_ID = (fixture('queue-submit.json') as { request_id: string }).request_id;

let stub: StubServer;

beforeAll(async () => {
  stub = await startStubServer();
});
afterAll(async () => {
  await stub.close();
});
beforeEach(() => {
  stub.requests.length = 0;
});

/** A result fixture with its file URLs pointing at the stub. */
function result(name: string): unknown {
  return JSON.parse(JSON.stringify(fixture(name)).replaceAll('{{FILES}}', `${stub.url}/files`));
}

type Route = (request: RecordedRequest, response: ServerResponse) => void;
function routes(table: Record<string, Route>): StubHandler {
  return (request, response) => {
    const route = table[`${request.method} ${request.path}`];
    if (!route) return sendJson(response, 404, { detail: `no stub route for ${request.method} ${request.path}` });
    return route(request, response);
  };
}

const files: Record<string, Route> = {
  'GET /files/image.jpg': (_, response) => sendBytes(response, 200, media('image.jpg'), 'image/jpeg'),
  'GET /files/flagged.jpg': (_, response) => sendBytes(response, 200, media('image.jpg'), 'image/jpeg'),
  'GET /files/video.mp4': (_, response) => sendBytes(response, 200, media('video.mp4'), 'video/mp4'),
  'GET /files/audio.wav': (_, response) => sendBytes(response, 200, media('audio.wav'), 'audio/wav'),
};

function options(modelId: string, overrides: Partial<CallOptions> & { parameters?: Record<string, unknown> } = {}) {
  const model = falProvider.models.find((candidate) => candidate.id === modelId);
  if (!model) throw new Error(`no catalog model ${modelId}`);
  const progress: number[] = [];
  const { parameters, ...rest } = overrides;
  const callOptions: CallOptions & { providerRequestId: string } = {
    model,
    prompt: 'a lighthouse at dusk',
    parameters: model.parameters.parse(parameters ?? {}) as Record<string, unknown>,
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    onProgress: (fraction) => progress.push(fraction),
    providerRequestId: REQUEST_ID,
    ...rest,
  };
  return Object.assign(callOptions, { progress });
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const requestLine = (request: RecordedRequest) => `${request.method} ${request.url}`;

describe('fal adapter: submit', () => {
  it('doSubmit - sends the FLUX.1 [dev] input to the queue with the user key and returns the request id', async () => {
    stub.handle(routes({ 'POST /fal-ai/flux/dev': (_, response) => sendJson(response, 200, fixture('queue-submit.json')) }));
    const parameters = { width: 1536, height: 1024, count: 2, seed: 7 };
    const submitted = await falAdapter.doSubmit!(options('fal-ai/flux/dev', { parameters }));

    expect(submitted).toEqual({ providerRequestId: REQUEST_ID });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(requestLine(request!)).toBe('POST /fal-ai/flux/dev');
    expect(request!.headers.authorization).toBe(`Key ${API_KEY}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['x-fal-queue-priority']).toBe('normal');
    expect(request!.json).toEqual({ prompt: 'a lighthouse at dusk', image_size: { width: 1536, height: 1024 }, num_images: 2, seed: 7 });
  });

  it.each([
    {
      modelId: 'fal-ai/veo3.1',
      parameters: { durationSeconds: 6, aspectRatio: '9:16', resolution: '1080p', seed: 11 },
      body: { duration: '6s', aspect_ratio: '9:16', resolution: '1080p', generate_audio: true, seed: 11 },
    },
    {
      modelId: 'fal-ai/kling-video/v3/standard/text-to-video',
      parameters: { durationSeconds: 10, aspectRatio: '1:1' },
      body: { duration: '10', aspect_ratio: '1:1', generate_audio: true },
    },
    {
      modelId: 'fal-ai/kling-video/v3/pro/text-to-video',
      parameters: {},
      body: { duration: '5', aspect_ratio: '16:9', generate_audio: true },
    },
    { modelId: 'fal-ai/stable-audio-25/text-to-audio', parameters: { durationSeconds: 45, seed: 3 }, body: { seconds_total: 45, seed: 3 } },
    { modelId: 'fal-ai/lyria2', parameters: { negativePrompt: 'vocals' }, body: { negative_prompt: 'vocals' } },
  ])('doSubmit - maps the parameters of $modelId to its input fields', async ({ modelId, parameters, body }) => {
    stub.handle(routes({ [`POST /${modelId}`]: (_, response) => sendJson(response, 200, fixture('queue-submit.json')) }));
    await falAdapter.doSubmit!(options(modelId, { parameters }));

    expect(stub.requests.map(requestLine)).toEqual([`POST /${modelId}`]);
    expect(stub.requests[0]!.json).toEqual({ prompt: 'a lighthouse at dusk', ...body });
  });

  it('doSubmit - asks fal to call the webhook when the app has a public URL', async () => {
    stub.handle(routes({ 'POST /fal-ai/flux/dev': (_, response) => sendJson(response, 200, fixture('queue-submit.json')) }));
    await createFalAdapter({ publicAppUrl: 'https://medialab.example.com' }).doSubmit!(options('fal-ai/flux/dev'));

    expect(stub.requests[0]!.path).toBe('/fal-ai/flux/dev');
    expect(stub.requests[0]!.query.get('fal_webhook')).toBe('https://medialab.example.com/api/webhooks/fal');
  });

  it('doSubmit - sends no webhook when the app has no public URL', async () => {
    stub.handle(routes({ 'POST /fal-ai/flux/dev': (_, response) => sendJson(response, 200, fixture('queue-submit.json')) }));
    await createFalAdapter({ publicAppUrl: undefined }).doSubmit!(options('fal-ai/flux/dev'));

    expect(stub.requests[0]!.url).toBe('/fal-ai/flux/dev');
  });

  it.each([
    { status: 400, body: fixture('error-detail.json'), headers: {}, code: 'bad_request', retryable: false, said: 'Something went wrong' },
    { status: 401, body: { detail: 'No user found for Key ID and Secret' }, headers: {}, code: 'invalid_key', retryable: false, said: 'No user' },
    { status: 403, body: { detail: 'Forbidden' }, headers: {}, code: 'forbidden', retryable: false, said: 'Forbidden' },
    {
      status: 403,
      body: { detail: 'User is locked. Reason: Exhausted balance. Top up your balance at fal.ai/dashboard/billing.' },
      headers: {},
      code: 'insufficient_credit',
      retryable: false,
      said: 'Exhausted balance',
    },
    { status: 404, body: { detail: 'Application not found' }, headers: {}, code: 'model_not_found', retryable: false, said: 'not found' },
    {
      status: 422,
      body: fixture('error-validation.json'),
      headers: {},
      code: 'bad_request',
      retryable: false,
      said: 'image_size.width: Input should be less than or equal to 14142',
    },
    {
      status: 422,
      body: fixture('error-content-policy.json'),
      headers: {},
      code: 'content_refused',
      retryable: false,
      said: 'flagged by a content checker',
    },
    { status: 429, body: { detail: 'Slow down' }, headers: { 'retry-after': '7' }, code: 'rate_limited', retryable: true, said: 'again in 7 s' },
    { status: 500, body: fixture('error-detail.json'), headers: {}, code: 'unavailable', retryable: true, said: 'HTTP 500' },
    { status: 503, body: { detail: 'Service unavailable' }, headers: {}, code: 'unavailable', retryable: true, said: 'HTTP 503' },
  ])('doSubmit - maps $status to a $code error (retryable: $retryable) after one request', async (row) => {
    const { status, body, headers, code, retryable, said } = row;
    stub.handle((_, response) => sendJson(response, status, body, headers as Record<string, string>));
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code, isRetryable: retryable, status });
    expect(error.message).toContain(said);
    expect(error.message).not.toContain(API_KEY);
    // The SDK's own retries are off: the worker retries.
    expect(stub.requests).toHaveLength(1);
  });

  it('doSubmit - maps 429 with Retry-After to a retryable rate_limited error', async () => {
    stub.handle((_, response) => sendJson(response, 429, { detail: 'Concurrent request limit reached' }, { 'retry-after': '12' }));
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code: 'rate_limited', isRetryable: true, retryAfterSeconds: 12 });
  });

  it('doSubmit - maps a hang past the timeout to a timeout error', async () => {
    stub.handle(() => hang());
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev', { timeoutMs: 300 })));

    expect(error).toMatchObject({ code: 'timeout', isRetryable: true });
    expect(stub.requests).toHaveLength(1);
  });

  it('doSubmit - maps a dropped connection to a network error without retrying it', async () => {
    stub.handle((_, response) => dropConnection(response));
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code: 'network', isRetryable: true });
    expect(stub.requests).toHaveLength(1);
  });

  it('doSubmit - maps a body that is not JSON to malformed_response', async () => {
    stub.handle((_, response) => sendMalformed(response));
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code: 'malformed_response', isRetryable: false });
  });

  it('doSubmit - maps an answer without a request id to malformed_response', async () => {
    stub.handle((_, response) => sendJson(response, 200, { status: 'IN_QUEUE' }));
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code: 'malformed_response', isRetryable: false });
  });

  it('doSubmit - ends as canceled when the generation is cancelled while fal is answering', async () => {
    const controller = new AbortController();
    stub.handle(() => {
      controller.abort();
      hang();
    });
    const error = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev', { abortSignal: controller.signal })));

    expect(error).toMatchObject({ code: 'canceled', isRetryable: false });
  });

  it('doSubmit - sends nothing when the generation is already cancelled or has no key', async () => {
    const controller = new AbortController();
    controller.abort();
    const canceled = await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev', { abortSignal: controller.signal })));
    expect(canceled).toMatchObject({ code: 'canceled' });
    expect(await failure(falAdapter.doSubmit!(options('fal-ai/flux/dev', { apiKey: undefined })))).toMatchObject({ code: 'invalid_key' });
    expect(stub.requests).toHaveLength(0);
  });

  it('doSubmit - refuses parameters outside the model schema without calling fal', async () => {
    const call = options('fal-ai/flux/dev');
    const error = await failure(falAdapter.doSubmit!({ ...call, parameters: { ...call.parameters, count: 9 } }));

    expect(error).toMatchObject({ code: 'bad_request', isRetryable: false });
    expect(stub.requests).toHaveLength(0);
  });
});

describe('fal adapter: poll', () => {
  const QUEUED = 'queue-status-in-queue.json';
  const RUNNING = 'queue-status-in-progress.json';
  const COMPLETED = 'queue-status-completed.json';
  const statusPath = (app: string) => `/${app}/requests/${REQUEST_ID}/status`;
  const resultPath = (app: string) => `/${app}/requests/${REQUEST_ID}`;

  it('doPoll - reports a queued job as pending at 0, asking for the status without logs', async () => {
    stub.handle(routes({ [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 202, fixture(QUEUED)) }));
    const poll = await falAdapter.doPoll!(options('fal-ai/flux/dev'));

    expect(poll).toEqual({ state: 'pending', progress: 0 });
    expect(stub.requests.map(requestLine)).toEqual([`GET ${statusPath('fal-ai/flux')}?logs=0`]);
    expect(stub.requests[0]!.headers.authorization).toBe(`Key ${API_KEY}`);
  });

  it('doPoll - reports a running job as pending halfway', async () => {
    stub.handle(routes({ [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 202, fixture(RUNNING)) }));

    expect(await falAdapter.doPoll!(options('fal-ai/flux/dev'))).toEqual({ state: 'pending', progress: 0.5 });
  });

  it('doPoll - copies a finished FLUX image at once, with its size and the billed megapixels', async () => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) =>
          sendJson(response, 200, result('flux-dev-result.json'), { 'x-fal-request-id': REQUEST_ID }),
        ...files,
      }),
    );
    const call = options('fal-ai/flux/dev', { parameters: { width: 1536, height: 1024 } });
    const poll = await falAdapter.doPoll!(call);

    expect(poll).toEqual({
      state: 'succeeded',
      result: {
        outputs: [{ kind: 'image', data: media('image.jpg'), mimeType: 'image/jpeg', width: 1536, height: 1024 }],
        // 1536×1024 is 1.5 megapixels, billed as 2.
        usage: { images: 1, megapixels: 2 },
      },
    });
    expect(stub.requests.map(requestLine)).toEqual([
      `GET ${statusPath('fal-ai/flux')}?logs=0`,
      `GET ${resultPath('fal-ai/flux')}`,
      'GET /files/image.jpg',
    ]);
    expect(stub.requests[1]!.headers.authorization).toBe(`Key ${API_KEY}`);
    // The key goes to fal's queue only, never to the host of the files.
    expect(stub.requests[2]!.headers.authorization).toBeUndefined();
    expect(call.progress).toEqual([0.9]);
  });

  it('doPoll - drops images the safety checker flagged', async () => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, result('flux-dev-result-two-images.json')),
        ...files,
      }),
    );
    const poll = await falAdapter.doPoll!(options('fal-ai/flux/dev', { parameters: { count: 2 } }));

    expect(poll).toMatchObject({
      state: 'succeeded',
      result: { outputs: [{ kind: 'image', width: 1024, height: 1024 }], usage: { images: 1, megapixels: 1 } },
    });
    expect(stub.requests.map((request) => request.path)).not.toContain('/files/flagged.jpg');
  });

  it('doPoll - fails with content_refused when the safety checker flagged every image', async () => {
    const flagged = { ...(result('flux-dev-result.json') as object), has_nsfw_concepts: [true] };
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, flagged),
        ...files,
      }),
    );
    const poll = await falAdapter.doPoll!(options('fal-ai/flux/dev'));

    expect(poll).toMatchObject({ state: 'failed', code: 'content_refused' });
    expect(stub.requests.map((request) => request.path)).not.toContain('/files/image.jpg');
  });

  it.each([
    { modelId: 'fal-ai/veo3.1', app: 'fal-ai/veo3.1', parameters: { durationSeconds: 4 }, seconds: 4 },
    // The status and result URLs drop the endpoint's sub-path.
    { modelId: 'fal-ai/kling-video/v3/standard/text-to-video', app: 'fal-ai/kling-video', parameters: { durationSeconds: 7 }, seconds: 7 },
  ])('doPoll - copies a finished $modelId video with its length and billed seconds', async ({ modelId, app, parameters, seconds }) => {
    stub.handle(
      routes({
        [`GET ${statusPath(app)}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath(app)}`]: (_, response) => sendJson(response, 200, result('video-result.json')),
        ...files,
      }),
    );
    const poll = await falAdapter.doPoll!(options(modelId, { parameters }));

    expect(poll).toEqual({
      state: 'succeeded',
      result: {
        outputs: [{ kind: 'video', data: media('video.mp4'), mimeType: 'video/mp4', durationSeconds: seconds }],
        usage: { seconds },
      },
    });
    expect(stub.requests.map(requestLine)).toEqual([`GET ${statusPath(app)}?logs=0`, `GET ${resultPath(app)}`, 'GET /files/video.mp4']);
  });

  it.each([
    {
      modelId: 'fal-ai/stable-audio-25/text-to-audio',
      app: 'fal-ai/stable-audio-25',
      fixtureName: 'stable-audio-result.json',
      parameters: { durationSeconds: 45 },
      seconds: 45,
    },
    { modelId: 'fal-ai/lyria2', app: 'fal-ai/lyria2', fixtureName: 'lyria2-result.json', parameters: {}, seconds: 30 },
  ])('doPoll - copies finished $modelId music with its length', async ({ modelId, app, fixtureName, parameters, seconds }) => {
    stub.handle(
      routes({
        [`GET ${statusPath(app)}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath(app)}`]: (_, response) => sendJson(response, 200, result(fixtureName)),
        ...files,
      }),
    );
    const poll = await falAdapter.doPoll!(options(modelId, { parameters }));

    expect(poll).toEqual({
      state: 'succeeded',
      result: {
        outputs: [{ kind: 'audio', data: media('audio.wav'), mimeType: 'audio/wav', durationSeconds: seconds }],
        usage: { seconds },
      },
    });
  });

  it.each([
    {
      name: 'a content refusal',
      status: 422,
      body: fixture('error-content-policy.json'),
      headers: {},
      outcome: { state: 'failed', code: 'content_refused', message: expect.stringContaining('flagged by a content checker') },
    },
    {
      name: 'a request error with its type',
      status: 504,
      body: fixture('error-request-timeout.json'),
      headers: { 'x-fal-error-type': 'request_timeout' },
      outcome: { state: 'failed', code: 'provider_error', message: expect.stringContaining('Request timed out') },
    },
    {
      name: "the model's server error",
      status: 500,
      body: fixture('error-detail.json'),
      headers: {},
      outcome: { state: 'failed', code: 'provider_error', message: expect.stringContaining("Something went wrong on fal's side") },
    },
    { name: 'a cancellation', status: 499, body: fixture('error-client-cancelled.json'), headers: {}, outcome: { state: 'canceled' } },
  ])('doPoll - ends a COMPLETED job whose result is $name', async ({ status, body, headers, outcome }) => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) => sendJson(response, status, body, headers as Record<string, string>),
      }),
    );

    expect(await falAdapter.doPoll!(options('fal-ai/flux/dev'))).toEqual(outcome);
    expect(stub.requests).toHaveLength(2);
  });

  it('doPoll - ends a COMPLETED job whose status carries an error without fetching the result', async () => {
    const completed = { ...(fixture(COMPLETED) as object), error: 'Runner disconnected', error_type: 'runner_disconnected' };
    stub.handle(routes({ [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, completed) }));

    expect(await falAdapter.doPoll!(options('fal-ai/flux/dev'))).toEqual({
      state: 'failed',
      code: 'provider_error',
      message: expect.stringContaining('Runner disconnected'),
    });
    expect(stub.requests).toHaveLength(1);
  });

  it('doPoll - throws a retryable error when the result cannot be fetched yet (503 without an error type)', async () => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 503, { detail: 'Service unavailable' }),
      }),
    );
    const error = await failure(falAdapter.doPoll!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code: 'unavailable', isRetryable: true });
    expect(stub.requests).toHaveLength(2);
  });

  it.each([
    { status: 401, headers: {}, code: 'invalid_key', retryable: false },
    { status: 404, headers: {}, code: 'model_not_found', retryable: false },
    { status: 429, headers: { 'retry-after': '3' }, code: 'rate_limited', retryable: true },
    { status: 500, headers: {}, code: 'unavailable', retryable: true },
  ])('doPoll - maps a $status status answer to $code after one request', async ({ status, headers, code, retryable }) => {
    stub.handle((_, response) => sendJson(response, status, { detail: 'status failed' }, headers as Record<string, string>));
    const error = await failure(falAdapter.doPoll!(options('fal-ai/flux/dev')));

    expect(error).toMatchObject({ code, isRetryable: retryable });
    expect(stub.requests).toHaveLength(1);
  });

  it.each([
    { name: 'not JSON', send: (response: ServerResponse) => sendMalformed(response) },
    { name: 'an unknown state', send: (response: ServerResponse) => sendJson(response, 200, { status: 'SLEEPING' }) },
  ])('doPoll - maps a status answer that is $name to malformed_response', async ({ send }) => {
    stub.handle((_, response) => send(response));

    expect(await failure(falAdapter.doPoll!(options('fal-ai/flux/dev')))).toMatchObject({ code: 'malformed_response' });
  });

  it('doPoll - maps a result without images to malformed_response', async () => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/flux')}`]: (_, response) => sendJson(response, 200, { seed: 1, prompt: 'x' }),
      }),
    );

    expect(await failure(falAdapter.doPoll!(options('fal-ai/flux/dev')))).toMatchObject({ code: 'malformed_response', isRetryable: false });
  });

  it.each([
    { name: 'is gone (404)', send: (response: ServerResponse) => sendJson(response, 404, {}), code: 'provider_error', retryable: false },
    { name: 'fails with 503', send: (response: ServerResponse) => sendJson(response, 503, {}), code: 'unavailable', retryable: true },
    { name: 'drops the connection', send: (response: ServerResponse) => dropConnection(response), code: 'network', retryable: true },
  ])('doPoll - reports a finished job whose output download $name', async ({ send, code, retryable }) => {
    stub.handle(
      routes({
        [`GET ${statusPath('fal-ai/veo3.1')}`]: (_, response) => sendJson(response, 200, fixture(COMPLETED)),
        [`GET ${resultPath('fal-ai/veo3.1')}`]: (_, response) => sendJson(response, 200, result('video-result.json')),
        'GET /files/video.mp4': (_, response) => send(response),
      }),
    );
    const error = await failure(falAdapter.doPoll!(options('fal-ai/veo3.1')));

    expect(error).toMatchObject({ code, isRetryable: retryable });
    const paths = stub.requests.map((request) => request.path);
    expect(paths).toEqual([statusPath('fal-ai/veo3.1'), resultPath('fal-ai/veo3.1'), '/files/video.mp4']);
  });
});

describe('fal adapter: cancel', () => {
  it('doCancel - sends PUT …/cancel with the key even after the worker signal fired', async () => {
    stub.handle(
      routes({
        [`PUT /fal-ai/kling-video/requests/${REQUEST_ID}/cancel`]: (_, response) => sendJson(response, 202, fixture('cancel-requested.json')),
      }),
    );
    const controller = new AbortController();
    controller.abort();
    await falAdapter.doCancel!(options('fal-ai/kling-video/v3/standard/text-to-video', { abortSignal: controller.signal }));

    expect(stub.requests.map(requestLine)).toEqual([`PUT /fal-ai/kling-video/requests/${REQUEST_ID}/cancel`]);
    expect(stub.requests[0]!.headers.authorization).toBe(`Key ${API_KEY}`);
  });

  it('doCancel - accepts a job that already completed', async () => {
    stub.handle((_, response) => sendJson(response, 400, fixture('cancel-already-completed.json')));

    await expect(falAdapter.doCancel!(options('fal-ai/flux/dev'))).resolves.toBeUndefined();
    expect(stub.requests.map(requestLine)).toEqual([`PUT /fal-ai/flux/requests/${REQUEST_ID}/cancel`]);
  });

  it('doCancel - maps a refused key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, { detail: 'No user found for Key ID and Secret' }));

    expect(await failure(falAdapter.doCancel!(options('fal-ai/flux/dev')))).toMatchObject({ code: 'invalid_key' });
  });
});

describe('fal adapter: key check', () => {
  const keyCheck = (overrides: { apiKey?: string; timeoutMs?: number } = {}) => ({
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 5_000,
    abortSignal: new AbortController().signal,
    ...overrides,
  });

  it("doTestKey - asks fal's price list for one model with the key", async () => {
    stub.handle(routes({ 'GET /v1/models/pricing': (_, response) => sendJson(response, 200, fixture('pricing.json')) }));
    const checked = await falAdapter.doTestKey!(keyCheck());

    expect(checked.detail).toContain('fal accepted the key');
    expect(checked.detail).toContain('0.025 USD per megapixels');
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0]!.method).toBe('GET');
    expect(stub.requests[0]!.query.get('endpoint_id')).toBe('fal-ai/flux/dev');
    expect(stub.requests[0]!.headers.authorization).toBe(`Key ${API_KEY}`);
  });

  it('doTestKey - maps a bad key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, { detail: 'No user found for Key ID and Secret' }));
    const error = await failure(falAdapter.doTestKey!(keyCheck({ apiKey: 'wrong-key' })));

    expect(error).toMatchObject({ code: 'invalid_key', isRetryable: false });
    expect(error.message).toContain('refused the API key');
  });

  it('doTestKey - maps an unreachable fal to a network error', async () => {
    stub.handle((_, response) => dropConnection(response));

    expect(await failure(falAdapter.doTestKey!(keyCheck()))).toMatchObject({ code: 'network' });
  });
});
