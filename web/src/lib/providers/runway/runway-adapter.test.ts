import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropConnection, hang, sendBytes, sendJson, sendMalformed, startStubServer, type StubServer } from '../../../../tests/support/stub-server';
import { runwayProvider } from '../catalog/runway';
import type { CallOptions, ModelSpec } from '../provider';
import { ProviderError } from '../provider-error';
import { runwayAdapter } from './runway-adapter';
import errorBodies from './__fixtures__/error-bodies.json';
import organization from './__fixtures__/organization.json';
import taskCancelled from './__fixtures__/task-cancelled.json';
import taskCreated from './__fixtures__/task-created.json';
import taskFailed from './__fixtures__/task-failed.json';
import taskPending from './__fixtures__/task-pending.json';
import taskRunning from './__fixtures__/task-running.json';
import taskSucceeded from './__fixtures__/task-succeeded.json';
import taskThrottled from './__fixtures__/task-throttled.json';

const API_KEY = 'key_5f0c3e1b9a7d4c2e8f6a1b3c5d7e9f0a';
const TASK_ID = taskCreated.id;
const video = readFileSync(new URL('./__fixtures__/tiny.mp4', import.meta.url));
const modelById = (id: string) => runwayProvider.models.find((candidate) => candidate.id === id) as ModelSpec;
let stub: StubServer;

function callOptions(overrides: Partial<CallOptions> = {}): CallOptions {
  const model = overrides.model ?? modelById('gen4.5');
  return {
    model,
    prompt: 'A paper boat drifts down a rain-soaked street at dusk.',
    parameters: model.parameters.parse({ durationSeconds: 6, ratio: '720:1280' }) as Record<string, unknown>,
    apiKey: API_KEY,
    baseUrl: stub.url,
    timeoutMs: 2_000,
    abortSignal: new AbortController().signal,
    onProgress: () => undefined,
    ...overrides,
  };
}

const taskOptions = (overrides: Partial<CallOptions> = {}) => ({ ...callOptions(overrides), providerRequestId: TASK_ID });

/** The succeeded task with its signed output link pointing at the stub. */
const succeededWithOutput = (path = '/outputs/video.mp4') => ({ ...taskSucceeded, output: [`${stub.url}${path}?_jwt=signed`] });

async function providerFailure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

function expectRunwayHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers.authorization).toBe(`Bearer ${API_KEY}`);
  expect(headers['x-runway-version']).toBe('2024-11-06');
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

describe('runwayAdapter.doSubmit', () => {
  it('doSubmit - sends the exact text-to-video request and returns the task id', async () => {
    stub.handle((_, response) => sendJson(response, 200, taskCreated));

    const result = await runwayAdapter.doSubmit!(callOptions());

    expect(result).toEqual({ providerRequestId: taskCreated.id });
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/v1/text_to_video');
    expectRunwayHeaders(request!.headers);
    expect(request!.headers['content-type']).toContain('application/json');
    expect(request!.json).toEqual({
      model: 'gen4.5',
      promptText: 'A paper boat drifts down a rain-soaked street at dusk.',
      ratio: '720:1280',
      duration: 6,
    });
  });

  it('doSubmit - sends the Veo options that are set', async () => {
    stub.handle((_, response) => sendJson(response, 200, taskCreated));
    const model = modelById('veo3.1_fast');
    const parameters = model.parameters.parse({ durationSeconds: 4, ratio: '1920:1080', audio: false, negativePrompt: 'people', seed: 42 });

    await runwayAdapter.doSubmit!(callOptions({ model, parameters: parameters as Record<string, unknown> }));

    expect(stub.requests[0]!.json).toEqual({
      model: 'veo3.1_fast',
      promptText: 'A paper boat drifts down a rain-soaked street at dusk.',
      ratio: '1920:1080',
      duration: 4,
      audio: false,
      negativePrompt: 'people',
      seed: 42,
    });
  });

  it('doSubmit - refuses a prompt over Runway’s 1000-character limit without calling Runway', async () => {
    const error = await providerFailure(runwayAdapter.doSubmit!(callOptions({ prompt: 'a'.repeat(1001) })));

    expect(error.code).toBe('bad_request');
    expect(error.isRetryable).toBe(false);
    expect(stub.requests).toHaveLength(0);
  });

  it('doSubmit - refuses to call Runway without a key', async () => {
    const error = await providerFailure(runwayAdapter.doSubmit!(callOptions({ apiKey: undefined })));

    expect(error.code).toBe('invalid_key');
    expect(stub.requests).toHaveLength(0);
  });

  it('doSubmit - maps a 400 about credits to insufficient_credit', async () => {
    stub.handle((_, response) => sendJson(response, 400, errorBodies['400-credits']));

    const error = await providerFailure(runwayAdapter.doSubmit!(callOptions()));

    expect(error.code).toBe('insufficient_credit');
    expect(error.status).toBe(400);
    expect(error.isRetryable).toBe(false);
  });

  it('doSubmit - keeps the path of each validation issue in the message', async () => {
    stub.handle((_, response) => sendJson(response, 400, errorBodies['400']));

    const error = await providerFailure(runwayAdapter.doSubmit!(callOptions()));

    expect(error.message).toContain(`duration: ${errorBodies['400'].issues[0]!.message}`);
  });
});

const operations = {
  doSubmit: () => runwayAdapter.doSubmit!(callOptions()),
  doPoll: () => runwayAdapter.doPoll!(taskOptions()),
};
const statusCases = [
  { status: 400, code: 'bad_request', isRetryable: false },
  { status: 401, code: 'invalid_key', isRetryable: false },
  { status: 403, code: 'forbidden', isRetryable: false },
  { status: 404, code: 'model_not_found', isRetryable: false },
  { status: 500, code: 'unavailable', isRetryable: true },
  { status: 503, code: 'unavailable', isRetryable: true },
] as const;

describe.each(Object.keys(operations) as Array<keyof typeof operations>)('runwayAdapter.%s failures', (operation) => {
  it.each(statusCases)(`${operation} - maps HTTP $status to a $code error`, async ({ status, code, isRetryable }) => {
    const body = errorBodies[String(status) as keyof typeof errorBodies];
    stub.handle((_, response) => sendJson(response, status, body));

    const error = await providerFailure(operations[operation]());

    expect(error.code).toBe(code);
    expect(error.status).toBe(status);
    expect(error.isRetryable).toBe(isRetryable);
    expect(error.message).toContain(body.error);
    expect(error.message).not.toContain(API_KEY);
    expect(stub.requests).toHaveLength(1);
  });

  it(`${operation} - maps 429 with Retry-After to a retryable rate_limited error`, async () => {
    stub.handle((_, response) => sendJson(response, 429, errorBodies['429'], { 'retry-after': '90' }));

    const error = await providerFailure(operations[operation]());

    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(90);
    expect(error.isRetryable).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it(`${operation} - maps a server that never answers to a timeout`, async () => {
    stub.handle(() => hang());

    const call =
      operation === 'doSubmit' ? runwayAdapter.doSubmit!(callOptions({ timeoutMs: 300 })) : runwayAdapter.doPoll!(taskOptions({ timeoutMs: 300 }));

    const error = await providerFailure(call);

    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
  });

  it(`${operation} - maps a dropped connection to a network error`, async () => {
    stub.handle((_, response) => dropConnection(response));

    const error = await providerFailure(operations[operation]());

    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it(`${operation} - maps a body that is not JSON to malformed_response`, async () => {
    stub.handle((_, response) => sendMalformed(response));

    const error = await providerFailure(operations[operation]());

    expect(error.code).toBe('malformed_response');
  });

  it(`${operation} - maps JSON of the wrong shape to malformed_response`, async () => {
    stub.handle((_, response) => sendJson(response, 200, { status: 'DONE', result: 'somewhere' }));

    const error = await providerFailure(operations[operation]());

    expect(error.code).toBe('malformed_response');
  });
});

describe('runwayAdapter.doPoll', () => {
  it.each([
    { name: 'PENDING', task: taskPending, expected: { state: 'pending' } },
    { name: 'THROTTLED', task: taskThrottled, expected: { state: 'pending' } },
    { name: 'RUNNING', task: taskRunning, expected: { state: 'pending', progress: taskRunning.progress } },
    { name: 'CANCELLED', task: taskCancelled, expected: { state: 'canceled' } },
  ])('doPoll - reads a $name task with GET /v1/tasks/{id}', async ({ task, expected }) => {
    stub.handle((_, response) => sendJson(response, 200, task));

    const result = await runwayAdapter.doPoll!(taskOptions());

    expect(result).toEqual(expected);
    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe(`/v1/tasks/${TASK_ID}`);
    expectRunwayHeaders(request!.headers);
  });

  it('doPoll - downloads a SUCCEEDED task’s video at once, without the key, with its size, length and cost', async () => {
    const task = succeededWithOutput();
    stub.handle((request, response) => (request.path.startsWith('/v1/') ? sendJson(response, 200, task) : sendBytes(response, 200, video, 'video/mp4')));

    const result = await runwayAdapter.doPoll!(taskOptions());

    expect(stub.requests.map((request) => `${request.method} ${request.url}`)).toEqual([`GET /v1/tasks/${TASK_ID}`, 'GET /outputs/video.mp4?_jwt=signed']);
    expect(stub.requests[1]!.headers.authorization).toBeUndefined();
    expect(result).toEqual({
      state: 'succeeded',
      result: {
        outputs: [{ kind: 'video', data: video, mimeType: 'video/mp4', width: 720, height: 1280, durationSeconds: 6 }],
        usage: { seconds: 6, costUsd: taskSucceeded.cost.credits * 0.01 },
      },
    });
  });

  it.each([
    { status: 403, code: 'forbidden', isRetryable: false },
    { status: 500, code: 'unavailable', isRetryable: true },
  ])('doPoll - maps a failed download of the output (HTTP $status) to $code', async ({ status, code, isRetryable }) => {
    stub.handle((request, response) =>
      request.path.startsWith('/v1/') ? sendJson(response, 200, succeededWithOutput()) : sendJson(response, status, { message: 'Request has expired' }),
    );

    const error = await providerFailure(runwayAdapter.doPoll!(taskOptions()));

    expect(error.code).toBe(code);
    expect(error.isRetryable).toBe(isRetryable);
    expect(stub.requests).toHaveLength(2);
  });

  it('doPoll - maps a connection dropped during the download to a network error', async () => {
    stub.handle((request, response) => (request.path.startsWith('/v1/') ? sendJson(response, 200, succeededWithOutput()) : dropConnection(response)));

    const error = await providerFailure(runwayAdapter.doPoll!(taskOptions()));

    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('doPoll - does not follow an output link that is neither HTTPS nor the API host', async () => {
    stub.handle((_, response) => sendJson(response, 200, { ...taskSucceeded, output: ['http://169.254.169.254/latest/meta-data/'] }));

    const error = await providerFailure(runwayAdapter.doPoll!(taskOptions()));

    expect(error.code).toBe('malformed_response');
    expect(stub.requests).toHaveLength(1);
  });

  it('doPoll - reports a FAILED task with Runway’s reason and failure code', async () => {
    stub.handle((_, response) => sendJson(response, 200, taskFailed));

    const result = await runwayAdapter.doPoll!(taskOptions());

    expect(result).toMatchObject({ state: 'failed', code: 'content_refused' });
    const { message } = result as { message: string };
    expect(message).toContain(taskFailed.failure);
    expect(message).toContain(taskFailed.failureCode);
  });

  it('doPoll - reports an internal failure as provider_error', async () => {
    stub.handle((_, response) => sendJson(response, 200, { ...taskFailed, failure: 'An unexpected error occurred.', failureCode: 'INTERNAL.BAD_OUTPUT' }));

    const result = await runwayAdapter.doPoll!(taskOptions());

    expect(result).toMatchObject({ state: 'failed', code: 'provider_error' });
    expect((result as { message: string }).message).toContain('INTERNAL.BAD_OUTPUT');
  });
});

describe('runwayAdapter.doCancel', () => {
  it('doCancel - sends DELETE /v1/tasks/{id}', async () => {
    stub.handle((_, response) => {
      response.writeHead(204);
      response.end();
    });

    await runwayAdapter.doCancel!(taskOptions());

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('DELETE');
    expect(request!.path).toBe(`/v1/tasks/${TASK_ID}`);
    expectRunwayHeaders(request!.headers);
  });

  it('doCancel - still cancels after the worker’s abort signal fired', async () => {
    stub.handle((_, response) => {
      response.writeHead(204);
      response.end();
    });
    const controller = new AbortController();
    controller.abort();

    await runwayAdapter.doCancel!(taskOptions({ abortSignal: controller.signal }));

    expect(stub.requests.map((request) => request.method)).toEqual(['DELETE']);
  });

  it('doCancel - treats a task Runway no longer knows as cancelled', async () => {
    stub.handle((_, response) => sendJson(response, 404, errorBodies['404']));

    await expect(runwayAdapter.doCancel!(taskOptions())).resolves.toBeUndefined();
  });

  it('doCancel - maps a server failure to a retryable unavailable error', async () => {
    stub.handle((_, response) => sendJson(response, 500, errorBodies['500']));

    const error = await providerFailure(runwayAdapter.doCancel!(taskOptions()));

    expect(error.code).toBe('unavailable');
    expect(error.isRetryable).toBe(true);
  });
});

describe('runwayAdapter.doTestKey', () => {
  const keyCheck = (apiKey = API_KEY) => runwayAdapter.doTestKey!({ apiKey, baseUrl: stub.url, abortSignal: new AbortController().signal });

  it('doTestKey - reads the organization and reports its credit balance', async () => {
    stub.handle((_, response) => sendJson(response, 200, organization));

    const result = await keyCheck();

    expect(stub.requests).toHaveLength(1);
    const [request] = stub.requests;
    expect(request!.method).toBe('GET');
    expect(request!.path).toBe('/v1/organization');
    expectRunwayHeaders(request!.headers);
    expect(result.detail).toContain(organization.creditBalance.toLocaleString('en-US'));
  });

  it('doTestKey - maps a refused key to invalid_key', async () => {
    stub.handle((_, response) => sendJson(response, 401, errorBodies['401']));

    const error = await providerFailure(keyCheck('key_wrong'));

    expect(error.code).toBe('invalid_key');
    expect(error.message).toContain('Settings');
  });

  it('doTestKey - reports an organization without credits as insufficient_credit', async () => {
    stub.handle((_, response) => sendJson(response, 200, { ...organization, creditBalance: 0 }));

    const error = await providerFailure(keyCheck());

    expect(error.code).toBe('insufficient_credit');
  });
});
