import 'server-only';
import { randomUUID } from 'node:crypto';
import { asService } from '@/lib/db/with-user';
import { getGenerationRowOrThrow, type GenerationRow } from '@/lib/db/queries/generations';
import {
  appendGenerationText,
  finishGeneration,
  insertAsset,
  isCancelRequested,
  markGenerationRunning,
  setGenerationProgress,
  setProviderRequestId,
} from '@/lib/db/queries/generation-worker';
import { touchApiKey } from '@/lib/db/queries/api-keys';
import { finishJob, renewJobLease, retryJobLater, type ClaimedJob } from '@/lib/db/queries/jobs';
import { recordProviderFailure, recordProviderSuccess } from '@/lib/db/queries/provider-health';
import { onWake } from '@/lib/generation/wake';
import { finishOutput } from '@/lib/media/finish-output';
import { EXTENSION_BY_MIME } from '@/lib/media/mime';
import { actualCost } from '@/lib/providers/pricing';
import type { CallOptions, GenerateResult, GeneratedOutput, ModelSpec, ProviderAdapter, ProviderInfo } from '@/lib/providers/provider';
import { PROVIDER_ERROR_CODES, ProviderError, type ProviderErrorCode } from '@/lib/providers/provider-error';
import { getModelOrThrow, getProviderOrThrow } from '@/lib/providers/registry';
import { getBlobStore } from '@/lib/storage';
import type { Logger } from '@/lib/telemetry/logger';
import { credentialOptions, resolveCredentials, type Credentials } from '@/lib/vault/credentials';
import { VaultError } from '@/lib/vault/vault-error';

export const MAX_ATTEMPTS = 5;

export type RunContext = {
  workerId: string;
  leaseSeconds: number;
  /** How often a queued provider job is polled. */
  pollIntervalMs: number;
  resolveAdapter: (providerId: string) => ProviderAdapter | undefined;
  logger: Logger;
};

class LeaseLost extends Error {}
class Canceled extends Error {}


function assetName(prompt: string, extension: string): string {
  const words = prompt.replace(/\s+/g, ' ').trim().slice(0, 60).trim();
  return `${words || 'Untitled'}.${extension}`;
}

/** Waits between polls; ends early on cancel, or when there is news (e.g. a provider's webhook). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stopListening();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stopListening = onWake(done);
    signal.addEventListener('abort', done, { once: true });
  });
}

function backoffSeconds(error: ProviderError, attempts: number): number {
  if (error.retryAfterSeconds !== undefined) return Math.min(3600, Math.max(0, error.retryAfterSeconds));
  return Math.min(300, 2 ** attempts) + Math.random();
}

async function callProvider(
  adapter: ProviderAdapter,
  model: ModelSpec,
  generation: GenerationRow,
  options: CallOptions,
  context: RunContext,
): Promise<GenerateResult | 'canceled'> {
  if (model.execution === 'queued' && adapter.doSubmit && adapter.doPoll) {
    let providerRequestId = generation.provider_request_id;
    if (!providerRequestId) {
      ({ providerRequestId } = await adapter.doSubmit(options));
      // Stored at once: after a crash the job is polled, never submitted (and paid) twice.
      await asService((tx) => setProviderRequestId(tx, { id: generation.id, providerRequestId: providerRequestId! }));
    }
    for (;;) {
      if (options.abortSignal.aborted) {
        await adapter.doCancel?.({ ...options, providerRequestId }).catch(() => undefined);
        throw new Canceled();
      }
      const poll = await adapter.doPoll({ ...options, providerRequestId });
      if (poll.state === 'succeeded') return poll.result;
      if (poll.state === 'canceled') return 'canceled';
      if (poll.state === 'failed') {
        const code = PROVIDER_ERROR_CODES.has(poll.code) ? (poll.code as ProviderErrorCode) : 'provider_error';
        throw new ProviderError(code, poll.message, { isRetryable: false });
      }
      if (poll.progress !== undefined) options.onProgress(poll.progress);
      await sleep(context.pollIntervalMs, options.abortSignal);
    }
  }
  if (model.execution === 'stream' && adapter.doStream) {
    let pending = '';
    let flushing: Promise<void> = Promise.resolve();
    const flush = () => {
      if (!pending) return;
      const text = pending;
      pending = '';
      flushing = flushing.then(() => asService((tx) => appendGenerationText(tx, { id: generation.id, text })));
    };
    const timer = setInterval(flush, 150);
    try {
      const result = await adapter.doStream({ ...options, onText: (delta) => (pending += delta) });
      return result;
    } finally {
      clearInterval(timer);
      flush();
      await flushing;
    }
  }
  if (!adapter.doGenerate) throw new ProviderError('provider_error', `${adapter.info.name} cannot run ${model.id}.`, { isRetryable: false });
  return adapter.doGenerate(options);
}

async function storeOutputs(generation: GenerationRow, result: GenerateResult) {
  const store = getBlobStore();
  const outputs: Array<GeneratedOutput | { kind: 'text'; data: Buffer; mimeType: string }> = [];
  for (const output of result.outputs) outputs.push(await finishOutput(output));
  if (result.text !== undefined || (generation.generation_type === 'text' && generation.output_text)) {
    outputs.push({ kind: 'text', data: Buffer.from(result.text ?? generation.output_text ?? '', 'utf8'), mimeType: 'text/markdown' });
  }
  const assets = [];
  for (const output of outputs) {
    const id = randomUUID();
    const base = `${generation.user_id}/${generation.project_id}/${id}`;
    const extension = EXTENSION_BY_MIME[output.mimeType] ?? 'bin';
    const storageKey = `${base}/original.${extension}`;
    await store.put(storageKey, output.data, output.mimeType);
    const full = 'preview' in output ? (output as GeneratedOutput) : undefined;
    let previewKey: string | undefined;
    if (full?.preview) {
      previewKey = `${base}/preview.${EXTENSION_BY_MIME[full.preview.mimeType] ?? 'bin'}`;
      await store.put(previewKey, full.preview.data, full.preview.mimeType);
    }
    const media = output as GeneratedOutput;
    assets.push({
      id,
      userId: generation.user_id,
      projectId: generation.project_id,
      generationId: generation.id,
      type: output.kind,
      mimeType: output.mimeType,
      bytes: output.data.length,
      name: assetName(generation.prompt, extension),
      width: media.width,
      height: media.height,
      durationSeconds: media.durationSeconds,
      storageKey,
      previewKey,
      previewMimeType: full?.preview?.mimeType,
      peaks: media.peaks,
    });
  }
  return assets;
}

/** Runs one claimed job to an end: success, failure, cancel, or back in the queue. */
export async function runGenerationJob(job: ClaimedJob, context: RunContext): Promise<void> {
  const { workerId, leaseSeconds, logger } = context;
  const log = logger.child({ jobId: job.id, generationId: job.generation_id, attempt: job.attempts });
  const generation = await asService((tx) => getGenerationRowOrThrow(tx, { id: job.generation_id }));
  const finish = async (status: 'failed' | 'canceled', error?: { code: string; message: string }) => {
    await asService(async (tx) => {
      if (!(await finishJob(tx, { jobId: job.id, workerId, status, error: error?.message }))) throw new LeaseLost();
      await finishGeneration(tx, { id: generation.id, status, error });
    });
    log.info({ status, code: error?.code }, 'generation ended');
  };

  if (generation.status === 'succeeded' || generation.status === 'failed' || generation.status === 'canceled') {
    await asService((tx) => finishJob(tx, { jobId: job.id, workerId, status: 'done' }));
    return;
  }
  if (generation.cancel_requested_at) return finish('canceled');

  let model: ModelSpec;
  let adapter: ProviderAdapter | undefined;
  let provider: ProviderInfo;
  try {
    provider = getProviderOrThrow(generation.provider);
    model = getModelOrThrow(provider, generation.model, generation.generation_type);
    adapter = context.resolveAdapter(generation.provider);
  } catch (error) {
    return finish('failed', { code: 'unknown_model', message: (error as Error).message });
  }
  if (!adapter) return finish('failed', { code: 'provider_not_available', message: `${generation.provider} cannot run on this server.` });

  const isSynchronous = model.execution !== 'queued' || !adapter.doSubmit;
  if (job.interruptions > 1 && isSynchronous && !generation.provider_request_id) {
    return finish('failed', {
      code: 'interrupted',
      message: 'The server stopped twice while this generation was running, so it was not tried again. Start it again.',
    });
  }

  // The user's default key for the provider, decrypted as the service (only it reads the
  // ciphertext). Missing or unreadable, the generation fails now: retrying cannot help.
  let credentials: Credentials | null = null;
  if (!provider.keyless) {
    try {
      credentials = await asService(async (tx) => {
        const found = await resolveCredentials(tx, { userId: generation.user_id, provider: provider.id });
        if (found) await touchApiKey(tx, { id: found.keyId });
        return found;
      });
    } catch (error) {
      if (!(error instanceof VaultError)) throw error;
      log.warn({ code: error.code }, 'the provider key could not be decrypted');
      return finish('failed', { code: 'key_unusable', message: `Your ${provider.name} API key could not be used. ${error.message}` });
    }
    if (!credentials) {
      return finish('failed', {
        code: 'no_key_for_provider',
        message: `There is no ${provider.name} API key to run this with: add one in Settings, then start the generation again.`,
      });
    }
  }

  await asService((tx) => markGenerationRunning(tx, { id: generation.id }));
  const controller = new AbortController();
  let leaseLost = false;
  let canceled = false;
  let lastProgressWrite = 0;
  let progressWrite: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    void asService(async (tx) => {
      if (!(await renewJobLease(tx, { jobId: job.id, workerId, leaseSeconds }))) leaseLost = true;
      else if (await isCancelRequested(tx, { id: generation.id })) canceled = true;
    })
      .then(() => {
        if (leaseLost || canceled) controller.abort();
      })
      .catch((error: unknown) => log.warn({ err: error }, 'lease renewal failed'));
  }, Math.max(250, (leaseSeconds * 1000) / 3));

  const options: CallOptions = {
    model,
    modelId: generation.model,
    prompt: generation.prompt,
    parameters: model.parameters.parse(generation.parameters) as Record<string, unknown>,
    ...(credentials ? credentialOptions(credentials) : {}),
    abortSignal: controller.signal,
    onProgress: (fraction) => {
      const now = Date.now();
      if (now - lastProgressWrite < 250 && fraction < 1) return;
      lastProgressWrite = now;
      progressWrite = progressWrite.then(() => asService((tx) => setGenerationProgress(tx, { id: generation.id, progress: fraction })));
    },
  };

  try {
    const result = await callProvider(adapter, model, generation, options, context);
    await progressWrite.catch(() => undefined);
    if (leaseLost) throw new LeaseLost();
    if (result === 'canceled' || canceled) return await finish('canceled');
    const latest = await asService((tx) => getGenerationRowOrThrow(tx, { id: generation.id }));
    const assets = await storeOutputs(latest, result);
    await asService(async (tx) => {
      if (!(await finishJob(tx, { jobId: job.id, workerId, status: 'done' }))) throw new LeaseLost();
      for (const asset of assets) await insertAsset(tx, asset);
      const estimate = generation.estimated_cost_usd === null ? null : Number(generation.estimated_cost_usd);
      await finishGeneration(tx, {
        id: generation.id,
        status: 'succeeded',
        actualCostUsd: actualCost(model, result.usage, estimate),
        usage: result.usage ?? null,
      });
      await recordProviderSuccess(tx, { provider: generation.provider });
    });
    log.info({ assets: assets.length }, 'generation succeeded');
  } catch (error) {
    await progressWrite.catch(() => undefined);
    if (error instanceof LeaseLost || leaseLost) {
      log.warn('lost the lease: another worker has this job now');
      return;
    }
    if (error instanceof Canceled || canceled || (error instanceof ProviderError && error.code === 'canceled')) {
      return finish('canceled');
    }
    if (error instanceof ProviderError) {
      if (error.isRetryable) await asService((tx) => recordProviderFailure(tx, { provider: generation.provider, message: error.message }));
      if (error.isRetryable && job.attempts < MAX_ATTEMPTS) {
        const delaySeconds = backoffSeconds(error, job.attempts);
        await asService((tx) => retryJobLater(tx, { jobId: job.id, workerId, delaySeconds, error: error.message }));
        log.warn({ code: error.code, delaySeconds }, 'provider failed; retrying later');
        return;
      }
      return finish('failed', { code: error.code, message: error.message });
    }
    log.error({ err: error }, 'generation failed');
    return finish('failed', { code: 'internal_error', message: 'The generation failed on our side. Try again.' });
  } finally {
    clearInterval(heartbeat);
  }
}
