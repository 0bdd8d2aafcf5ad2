import 'server-only';
import type RunwayML from '@runwayml/sdk';
import { z } from 'zod';
import { downloadOutput } from '../download';
import type { CallOptions, GeneratedOutput, GenerateResult, PollResult } from '../provider';
import { ProviderError } from '../provider-error';
import { createRunwayClient, RUNWAY_NAME } from './runway-client';
import { createdTaskSchema, runwayVideoParametersSchema, taskSchema, type RunwayTask, type RunwayVideoParameters } from './runway-schemas';
import { malformedRunwayResponse, mapRunwayError } from './map-runway-error';

/** Task calls answer at once; the video itself is made in Runway's queue. */
const DEFAULT_TIMEOUT_MS = 30_000;

/** Runway's prompt limit, in UTF-16 code units (what `String.length` counts). */
const MAX_PROMPT_LENGTH = 1000;

/**
 * What Runway charges for one credit; tasks report their cost in credits.
 * @see https://docs.dev.runwayml.com/guides/setup
 */
const USD_PER_CREDIT = 0.01;

type TaskOptions = CallOptions & { providerRequestId: string };

function readParameters(options: CallOptions): RunwayVideoParameters {
  const parsed = runwayVideoParametersSchema.safeParse(options.parameters);
  if (!parsed.success) {
    throw new ProviderError('bad_request', `The video settings are invalid: ${z.prettifyError(parsed.error)}`, { isRetryable: false });
  }
  return parsed.data;
}

function readTaskId(options: TaskOptions): string {
  const id = options.providerRequestId.trim();
  if (!id) throw new ProviderError('bad_request', 'The Runway task id is missing.', { isRetryable: false });
  return id;
}

/**
 * Starts a text-to-video task and returns its id at once; the worker stores it before polling,
 * so a restart polls the same task instead of paying for a second one.
 * @see https://docs.dev.runwayml.com/api/
 */
export async function submitRunwayVideo(options: CallOptions): Promise<{ providerRequestId: string }> {
  const { durationSeconds, ratio, seed, audio, negativePrompt } = readParameters(options);
  if (!options.prompt.trim()) throw new ProviderError('bad_request', 'The prompt is empty.', { isRetryable: false });
  if (options.prompt.length > MAX_PROMPT_LENGTH) {
    throw new ProviderError('bad_request', `Runway takes prompts of up to ${MAX_PROMPT_LENGTH} characters; this one has ${options.prompt.length}.`, {
      isRetryable: false,
    });
  }
  const client = createRunwayClient(options, DEFAULT_TIMEOUT_MS);
  // The catalog's schema for each model decides which optional fields can be set at all.
  const body = {
    model: options.model.id,
    promptText: options.prompt,
    ratio,
    duration: durationSeconds,
    ...(seed !== undefined ? { seed } : {}),
    ...(audio !== undefined ? { audio } : {}),
    ...(negativePrompt?.trim() ? { negativePrompt } : {}),
  } as RunwayML.TextToVideoCreateParams;
  let created: unknown;
  try {
    created = await client.textToVideo.create(body, { signal: options.abortSignal });
  } catch (error) {
    throw mapRunwayError(error, { abortSignal: options.abortSignal });
  }
  const parsed = createdTaskSchema.safeParse(created);
  if (!parsed.success) throw malformedRunwayResponse('the new task');
  return { providerRequestId: parsed.data.id };
}

function failedResult(task: Extract<RunwayTask, { status: 'FAILED' }>): PollResult {
  const code = task.failureCode ?? '';
  const said = `(Runway said: ${task.failure.replace(/\s+/g, ' ').trim().slice(0, 300)}${code ? ` [${code}]` : ''})`;
  if (code.startsWith('SAFETY.')) {
    const message = `Runway's content moderation refused this video; change the prompt and try again. ${said}`;
    return { state: 'failed', code: 'content_refused', message };
  }
  if (code.startsWith('ASSET.')) return { state: 'failed', code: 'bad_request', message: `Runway could not use an input of this request. ${said}` };
  return { state: 'failed', code: 'provider_error', message: `Runway could not make this video; try again. ${said}` };
}

/** Only an HTTPS link (or the configured base URL's own origin, as with a local stub) is downloaded. */
function checkOutputUrl(url: string, baseUrl: string | undefined): void {
  const target = new URL(url);
  if (target.protocol === 'https:') return;
  if (baseUrl && new URL(baseUrl).origin === target.origin) return;
  throw new ProviderError('malformed_response', 'Runway returned an output link that is not HTTPS, so it was not downloaded.', {
    provider: RUNWAY_NAME,
    isRetryable: false,
  });
}

/** The signed output links expire within a day or two, so the videos are copied at once. */
async function downloadVideos(task: Extract<RunwayTask, { status: 'SUCCEEDED' }>, options: TaskOptions): Promise<GenerateResult> {
  const { durationSeconds, ratio } = readParameters(options);
  const [width, height] = ratio.split(':').map(Number) as [number, number];
  const outputs: GeneratedOutput[] = [];
  for (const url of task.output) {
    checkOutputUrl(url, options.baseUrl);
    // No Authorization header: the link is signed, and the key must not reach another host.
    const video = await downloadOutput(url, {
      providerName: RUNWAY_NAME,
      abortSignal: options.abortSignal,
      timeoutMs: options.timeoutMs,
      fetch: options.fetch,
    });
    const mimeType = video.mimeType?.startsWith('video/') ? video.mimeType : 'video/mp4';
    outputs.push({ kind: 'video', data: video.data, mimeType, width, height, durationSeconds });
  }
  const costUsd = task.cost ? Math.round(task.cost.credits * USD_PER_CREDIT * 1e6) / 1e6 : undefined;
  return { outputs, usage: { seconds: durationSeconds * outputs.length, ...(costUsd !== undefined ? { costUsd } : {}) } };
}

/**
 * Reads the task once. PENDING and THROTTLED wait in Runway's queue; RUNNING reports progress
 * (0–1); SUCCEEDED is downloaded before this returns.
 * @see https://docs.dev.runwayml.com/api/
 */
export async function pollRunwayVideo(options: TaskOptions): Promise<PollResult> {
  const id = readTaskId(options);
  const client = createRunwayClient(options, DEFAULT_TIMEOUT_MS);
  let body: unknown;
  try {
    body = await client.tasks.retrieve(id, { signal: options.abortSignal });
  } catch (error) {
    throw mapRunwayError(error, { abortSignal: options.abortSignal });
  }
  const parsed = taskSchema.safeParse(body);
  if (!parsed.success) throw malformedRunwayResponse(`the status of task ${id}`);
  const task = parsed.data;
  switch (task.status) {
    case 'PENDING':
    case 'THROTTLED':
      return { state: 'pending' };
    case 'RUNNING':
      return task.progress === undefined ? { state: 'pending' } : { state: 'pending', progress: task.progress };
    case 'SUCCEEDED':
      return { state: 'succeeded', result: await downloadVideos(task, options) };
    case 'FAILED':
      return failedResult(task);
    case 'CANCELLED':
      return { state: 'canceled' };
    default: {
      const exhaustive: never = task;
      return exhaustive;
    }
  }
}

/**
 * Cancels a task that is still queued or running (Runway deletes one that has ended). A task
 * Runway no longer knows needs no cancelling.
 * @see https://docs.dev.runwayml.com/api/
 */
export async function cancelRunwayVideo(options: TaskOptions): Promise<void> {
  const id = readTaskId(options);
  const client = createRunwayClient(options, DEFAULT_TIMEOUT_MS);
  try {
    // Not tied to the worker's abort signal: cancelling is what that signal asks for.
    await client.tasks.delete(id);
  } catch (error) {
    const mapped = mapRunwayError(error);
    if (mapped.status === 404) return;
    throw mapped;
  }
}
