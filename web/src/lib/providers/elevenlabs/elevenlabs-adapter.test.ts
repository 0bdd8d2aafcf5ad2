import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dropConnection, hang, sendBytes, sendJson, sendMalformed, startStubServer, type StubServer } from '../../../../tests/support/stub-server';
import { elevenlabsProvider } from '../catalog/elevenlabs';
import type { CallOptions, GenerateResult, KeyCheckOptions } from '../provider';
import { ProviderError } from '../provider-error';
import { elevenlabsAdapter } from './elevenlabs-adapter';

const fixtures = path.join(import.meta.dirname, '__fixtures__');
const tone = readFileSync(path.join(fixtures, 'tone.mp3'));
const modelList: unknown = JSON.parse(readFileSync(path.join(fixtures, 'models-list.json'), 'utf8'));
const errorBodies = JSON.parse(readFileSync(path.join(fixtures, 'error-bodies.json'), 'utf8')) as Record<string, unknown>;

const API_KEY = 'xi-test-key-5f2a9c';
const PROMPT = 'The first move is what sets everything in motion.';

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

function modelSpec(id: string) {
  const model = elevenlabsProvider.models.find((candidate) => candidate.id === id);
  if (!model) throw new Error(`no ElevenLabs model ${id} in the catalog`);
  return model;
}

function callOptions(modelId: string, overrides: Partial<CallOptions> & { rawParameters?: Record<string, unknown> } = {}): CallOptions {
  const { rawParameters = {}, ...rest } = overrides;
  const model = modelSpec(modelId);
  return {
    model,
    prompt: PROMPT,
    parameters: model.parameters.parse(rawParameters) as Record<string, unknown>,
    apiKey: API_KEY,
    baseUrl: stub.url,
    abortSignal: new AbortController().signal,
    onProgress: () => undefined,
    ...rest,
  };
}

function keyOptions(overrides: Partial<KeyCheckOptions> = {}): KeyCheckOptions {
  return { apiKey: API_KEY, baseUrl: stub.url, abortSignal: new AbortController().signal, ...overrides };
}

function sendAudio(response: ServerResponse): void {
  sendBytes(response, 200, tone, 'audio/mpeg');
}

async function generate(options: CallOptions): Promise<GenerateResult> {
  if (!elevenlabsAdapter.doGenerate) throw new Error('the ElevenLabs adapter has no doGenerate');
  return elevenlabsAdapter.doGenerate(options);
}

async function testKey(options: KeyCheckOptions): Promise<{ detail?: string }> {
  if (!elevenlabsAdapter.doTestKey) throw new Error('the ElevenLabs adapter has no doTestKey');
  return elevenlabsAdapter.doTestKey(options);
}

async function providerErrorOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProviderError)) throw new Error(`expected a ProviderError, got ${String(error)}`);
  return error;
}

function onlyRequest() {
  expect(stub.requests).toHaveLength(1);
  const request = stub.requests[0];
  if (!request) throw new Error('no request reached the stub');
  return request;
}

describe('doGenerate - text to speech', () => {
  it('sends the exact text-to-speech request and returns the MP3 with the characters used', async () => {
    stub.handle((_, response) => sendAudio(response));
    const progress: number[] = [];
    const result = await generate(
      callOptions('eleven_v3', {
        rawParameters: { voiceId: 'Xb7hH8MSUJpSbSDYk0k2', stability: 0.5, similarityBoost: 0.8, speed: 1.1, languageCode: 'en', seed: 7 },
        onProgress: (fraction) => progress.push(fraction),
      }),
    );

    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/text-to-speech/Xb7hH8MSUJpSbSDYk0k2');
    expect([...request.query.entries()]).toEqual([['output_format', 'mp3_44100_128']]);
    expect(request.headers['xi-api-key']).toBe(API_KEY);
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.json).toEqual({
      text: PROMPT,
      model_id: 'eleven_v3',
      voice_settings: { stability: 0.5, similarity_boost: 0.8, speed: 1.1 },
      language_code: 'en',
      seed: 7,
    });
    expect(result.outputs).toHaveLength(1);
    expect(result.outputs[0]?.kind).toBe('audio');
    expect(result.outputs[0]?.mimeType).toBe('audio/mpeg');
    expect(result.outputs[0]?.data.equals(tone)).toBe(true);
    expect(result.outputs[0]?.durationSeconds).toBeUndefined();
    expect(result.usage).toEqual({ characters: PROMPT.length });
    expect(progress).toEqual([0.5]);
  });

  it('uses the default voice and sends no voice settings when none are chosen', async () => {
    stub.handle((_, response) => sendAudio(response));
    await generate(callOptions('eleven_flash_v2_5'));

    const request = onlyRequest();
    expect(request.path).toBe('/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb');
    expect(request.json).toEqual({ text: PROMPT, model_id: 'eleven_flash_v2_5' });
  });

  it('refuses parameters outside the schema before calling ElevenLabs', async () => {
    const options = { ...callOptions('eleven_v3'), parameters: { voiceId: '../../v1/user', speed: 3 } };
    const error = await providerErrorOf(generate(options));

    expect(error.code).toBe('bad_request');
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('voiceId');
    expect(error.message).toContain('speed');
    expect(stub.requests).toHaveLength(0);
  });

  it('refuses an empty prompt before calling ElevenLabs', async () => {
    const error = await providerErrorOf(generate(callOptions('eleven_v3', { prompt: '   ' })));

    expect(error.code).toBe('bad_request');
    expect(stub.requests).toHaveLength(0);
  });

  it('asks for a key instead of calling ElevenLabs without one', async () => {
    const error = await providerErrorOf(generate(callOptions('eleven_v3', { apiKey: undefined })));

    expect(error.code).toBe('invalid_key');
    expect(stub.requests).toHaveLength(0);
  });
});

describe('doGenerate - sound effects', () => {
  it('sends the exact sound-generation request and reports the duration it fixed', async () => {
    stub.handle((_, response) => sendAudio(response));
    const result = await generate(
      callOptions('eleven_text_to_sound_v2', { prompt: 'Glass shattering on concrete', rawParameters: { durationSeconds: 4.5, promptInfluence: 0.6, loop: true } }),
    );

    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/sound-generation');
    expect([...request.query.entries()]).toEqual([['output_format', 'mp3_44100_128']]);
    expect(request.headers['xi-api-key']).toBe(API_KEY);
    expect(request.json).toEqual({
      text: 'Glass shattering on concrete',
      model_id: 'eleven_text_to_sound_v2',
      duration_seconds: 4.5,
      prompt_influence: 0.6,
      loop: true,
    });
    expect(result.outputs[0]?.mimeType).toBe('audio/mpeg');
    expect(result.outputs[0]?.data.equals(tone)).toBe(true);
    expect(result.outputs[0]?.durationSeconds).toBe(4.5);
    expect(result.usage).toEqual({ seconds: 4.5 });
  });

  it('lets the model choose the length when none is given, and reports no duration', async () => {
    stub.handle((_, response) => sendAudio(response));
    const result = await generate(callOptions('eleven_text_to_sound_v2', { prompt: 'A door creaks open' }));

    expect(onlyRequest().json).toEqual({ text: 'A door creaks open', model_id: 'eleven_text_to_sound_v2', prompt_influence: 0.3, loop: false });
    expect(result.outputs[0]?.durationSeconds).toBeUndefined();
    expect(result.usage).toEqual({});
  });
});

describe('doGenerate - music', () => {
  it('sends the exact compose request with the length in milliseconds and reports those seconds', async () => {
    stub.handle((_, response) => sendAudio(response));
    const result = await generate(
      callOptions('music_v2_5', { prompt: 'Warm lo-fi beat with vinyl crackle', rawParameters: { durationSeconds: 45, forceInstrumental: true } }),
    );

    const request = onlyRequest();
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/music');
    expect([...request.query.entries()]).toEqual([['output_format', 'mp3_44100_128']]);
    expect(request.headers['xi-api-key']).toBe(API_KEY);
    expect(request.json).toEqual({
      prompt: 'Warm lo-fi beat with vinyl crackle',
      music_length_ms: 45_000,
      model_id: 'music_v2_5',
      force_instrumental: true,
    });
    expect(result.outputs[0]?.mimeType).toBe('audio/mpeg');
    expect(result.outputs[0]?.data.equals(tone)).toBe(true);
    expect(result.outputs[0]?.durationSeconds).toBe(45);
    expect(result.usage).toEqual({ seconds: 45 });
  });
});

describe('doGenerate - every catalog model', () => {
  const endpointFor = (id: string, type: string) =>
    type === 'music' ? '/v1/music' : id === 'eleven_text_to_sound_v2' ? '/v1/sound-generation' : '/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb';

  it.each(elevenlabsProvider.models.map((model) => [model.id, model.type] as const))('sends %s (%s) to its endpoint with its model id', async (id, type) => {
    stub.handle((_, response) => sendAudio(response));
    const result = await generate(callOptions(id));

    const request = onlyRequest();
    expect(request.path).toBe(endpointFor(id, type));
    expect((request.json as { model_id?: unknown }).model_id).toBe(id);
    expect(result.outputs[0]?.data.equals(tone)).toBe(true);
  });
});

describe('doGenerate - binary answers', () => {
  it('joins audio that arrives in several chunks', async () => {
    stub.handle(async (_, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg' });
      for (const part of [tone.subarray(0, 100), tone.subarray(100, 400), tone.subarray(400)]) {
        await new Promise<void>((resolve) => response.write(part, () => resolve()));
      }
      response.end();
    });
    const result = await generate(callOptions('eleven_multilingual_v2'));

    expect(result.outputs[0]?.data.equals(tone)).toBe(true);
  });

  it.each([
    ['a JSON body', (response: ServerResponse) => sendMalformed(response)],
    ['an empty audio body', (response: ServerResponse) => sendBytes(response, 200, Buffer.alloc(0), 'audio/mpeg')],
    ['an HTML page labelled as audio', (response: ServerResponse) => sendBytes(response, 200, Buffer.from('<html>busy</html>'), 'audio/mpeg')],
  ])('maps a 200 with %s to malformed_response', async (_, answer) => {
    stub.handle((__, response) => answer(response));
    const error = await providerErrorOf(generate(callOptions('eleven_multilingual_v2')));

    expect(error.code).toBe('malformed_response');
    expect(onlyRequest().path).toBe('/v1/text-to-speech/JBFqnCBsd6RMkjVDRZzb');
  });
});

describe('doGenerate - error matrix', () => {
  const cases: Array<{
    name: string;
    status: number;
    body: string;
    headers?: Record<string, string>;
    code: ProviderError['code'];
    retryable: boolean;
    retryAfterSeconds?: number;
    mentions: string;
  }> = [
    { name: '400 voice_not_found', status: 400, body: 'voiceNotFound', code: 'bad_request', retryable: false, mentions: 'pick another voice' },
    { name: '400 invalid_parameters', status: 400, body: 'invalidParameters', code: 'bad_request', retryable: false, mentions: 'Check durationSeconds' },
    { name: '401 invalid_api_key', status: 401, body: 'invalidApiKey', code: 'invalid_key', retryable: false, mentions: 'Invalid API key' },
    { name: '401 quota_exceeded', status: 401, body: 'quotaExceeded', code: 'insufficient_credit', retryable: false, mentions: '0 credits remaining' },
    { name: '401 missing_permissions', status: 401, body: 'missingPermissions', code: 'forbidden', retryable: false, mentions: 'models_read' },
    { name: '401 detected_unusual_activity', status: 401, body: 'unusualActivity', code: 'forbidden', retryable: false, mentions: 'Unusual activity' },
    { name: '403', status: 403, body: 'missingPermissions', code: 'forbidden', retryable: false, mentions: 'no access' },
    { name: '404 (unknown model)', status: 404, body: 'modelNotFound', code: 'model_not_found', retryable: false, mentions: 'eleven_v9' },
    { name: '422 validation', status: 422, body: 'validation', code: 'bad_request', retryable: false, mentions: 'Check durationSeconds' },
    {
      name: '429 with Retry-After',
      status: 429,
      body: 'tooManyConcurrentRequests',
      headers: { 'retry-after': '7' },
      code: 'rate_limited',
      retryable: true,
      retryAfterSeconds: 7,
      mentions: 'Too many concurrent requests',
    },
    { name: '429 system_busy', status: 429, body: 'systemBusy', code: 'rate_limited', retryable: true, mentions: 'heavy traffic' },
    { name: '500', status: 500, body: 'serverError', code: 'unavailable', retryable: true, mentions: 'HTTP 500' },
    { name: '503', status: 503, body: 'serviceUnavailable', code: 'unavailable', retryable: true, mentions: 'HTTP 503' },
  ];

  it.each(cases)('maps $name to $code (retryable: $retryable) after a single request', async (testCase) => {
    stub.handle((_, response) => sendJson(response, testCase.status, errorBodies[testCase.body], testCase.headers));
    const error = await providerErrorOf(generate(callOptions('eleven_multilingual_v2')));

    expect(error.code).toBe(testCase.code);
    expect(error.status).toBe(testCase.status);
    expect(error.isRetryable).toBe(testCase.retryable);
    expect(error.retryAfterSeconds).toBe(testCase.retryAfterSeconds);
    expect(error.message).toContain(testCase.mentions);
    expect(error.message).not.toContain(API_KEY);
    expect(stub.requests).toHaveLength(1);
  });

  it('maps 429 with Retry-After to a retryable rate_limited error on the music endpoint too', async () => {
    stub.handle((_, response) => sendJson(response, 429, errorBodies.systemBusy, { 'retry-after': '12' }));
    const error = await providerErrorOf(generate(callOptions('music_v2_5')));

    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(12);
    expect(error.isRetryable).toBe(true);
    expect(onlyRequest().path).toBe('/v1/music');
  });

  it('maps a hang past the timeout to timeout', async () => {
    stub.handle(() => hang());
    const error = await providerErrorOf(generate(callOptions('eleven_multilingual_v2', { timeoutMs: 300 })));

    expect(error.code).toBe('timeout');
    expect(error.isRetryable).toBe(true);
  });

  it('maps audio that stops arriving before the end to timeout', async () => {
    stub.handle((_, response) => {
      response.writeHead(200, { 'content-type': 'audio/mpeg' });
      response.write(tone.subarray(0, 200));
    });
    const error = await providerErrorOf(generate(callOptions('eleven_multilingual_v2', { timeoutMs: 300 })));

    expect(error.code).toBe('timeout');
  });

  it('maps a dropped connection to network', async () => {
    stub.handle((_, response) => dropConnection(response));
    const error = await providerErrorOf(generate(callOptions('eleven_multilingual_v2')));

    expect(error.code).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('stops and reports canceled when the user cancels mid-request', async () => {
    const controller = new AbortController();
    stub.handle(() => {
      controller.abort();
      hang();
    });
    const error = await providerErrorOf(generate(callOptions('music_v2_5', { abortSignal: controller.signal })));

    expect(error.code).toBe('canceled');
    expect(error.isRetryable).toBe(false);
  });
});

describe('doTestKey', () => {
  it('lists the models with the key and says how many it can see', async () => {
    stub.handle((_, response) => sendJson(response, 200, modelList));
    const result = await testKey(keyOptions());

    const request = onlyRequest();
    expect(request.method).toBe('GET');
    expect(request.path).toBe('/v1/models');
    expect(request.headers['xi-api-key']).toBe(API_KEY);
    expect(result.detail).toBe('ElevenLabs accepted the key; it can see 2 models.');
  });

  it('reports a key that lacks the permission for the model list as working but restricted', async () => {
    stub.handle((_, response) => sendJson(response, 401, errorBodies.missingPermissions));
    const result = await testKey(keyOptions());

    expect(result.detail).toContain('restricted');
    expect(result.detail).toContain('missing the permission models_read');
  });

  it.each([
    ['a bad key', (response: ServerResponse) => sendJson(response, 401, errorBodies.invalidApiKey), 'invalid_key'],
    ['a server error', (response: ServerResponse) => sendJson(response, 500, errorBodies.serverError), 'unavailable'],
    ['a malformed body', (response: ServerResponse) => sendMalformed(response), 'malformed_response'],
    ['a body that is not a model list', (response: ServerResponse) => sendJson(response, 200, { models: [] }), 'malformed_response'],
    ['a dropped connection', (response: ServerResponse) => dropConnection(response), 'network'],
  ])('throws for %s', async (_, answer, code) => {
    stub.handle((__, response) => answer(response));
    const error = await providerErrorOf(testKey(keyOptions()));

    expect(error.code).toBe(code);
    expect(error.message).not.toContain(API_KEY);
    expect(stub.requests).toHaveLength(1);
  });

  it('maps a hang past the timeout to timeout', async () => {
    stub.handle(() => hang());
    const error = await providerErrorOf(testKey(keyOptions({ timeoutMs: 300 })));

    expect(error.code).toBe('timeout');
  });
});
