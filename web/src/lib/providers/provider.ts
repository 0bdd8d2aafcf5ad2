import type { z } from 'zod';

/**
 * The provider spec. A provider has an id, a name and a model catalog kept as data
 * (capabilities, parameter schema, pricing); an adapter adds `do*` methods, optional by
 * capability: `doGenerate` for a synchronous call, `doStream` for streamed text,
 * `doSubmit` / `doPoll` / `doCancel` for jobs that run in the provider's own queue.
 */
export const GENERATION_TYPES = ['text', 'image', 'video', 'audio', 'music'] as const;
export type GenerationType = (typeof GENERATION_TYPES)[number];

export type PriceSource = { url: string; checkedOn: string; note?: string };

export type Pricing =
  | { unit: 'free' }
  | { unit: 'per_1m_tokens'; inputUsd: number; outputUsd: number }
  | { unit: 'per_image'; usd: number }
  | { unit: 'per_megapixel'; usd: number }
  | { unit: 'per_second'; usd: number }
  | { unit: 'per_1k_characters'; usd: number }
  | { unit: 'per_request'; usd: number }
  | { unit: 'unknown' };

export type ModelSpec = {
  id: string;
  type: GenerationType;
  name: string;
  description?: string;
  /** Validates `parameters`; defaults fill what the request leaves out. Also served as JSON Schema. */
  parameters: z.ZodObject;
  pricing: Pricing & { source?: PriceSource };
  /** How the model runs: in our worker (sync), streamed, or in the provider's queue. */
  execution: 'sync' | 'stream' | 'queued';
  /** The model name is free text (OpenAI-compatible servers). */
  freeModelName?: boolean;
};

export type ProviderInfo = {
  id: string;
  name: string;
  /** Works with no API key (the built-in provider). */
  keyless: boolean;
  /** Accepts a user-supplied base URL. */
  acceptsBaseUrl?: boolean;
  website?: string;
  note?: string;
  models: ModelSpec[];
};

export type Usage = {
  inputTokens?: number;
  outputTokens?: number;
  seconds?: number;
  characters?: number;
  images?: number;
  megapixels?: number;
  /** The provider's own figure, when it reports one: wins over our computation. */
  costUsd?: number;
};

export type GeneratedOutput = {
  kind: 'image' | 'video' | 'audio';
  data: Buffer;
  mimeType: string;
  width?: number;
  height?: number;
  durationSeconds?: number;
  /** Thumbnail (image) or poster frame (video). */
  preview?: { data: Buffer; mimeType: string; width?: number; height?: number };
  /** Waveform peaks 0..1 for audio. */
  peaks?: number[];
};

export type CallOptions = {
  model: ModelSpec;
  /** The model name as requested: differs from model.id for free-text names (OpenAI-compatible servers). */
  modelId?: string;
  prompt: string;
  /** Parsed by the model's schema. */
  parameters: Record<string, unknown>;
  /** The user's key for this provider (absent for keyless providers). */
  apiKey?: string;
  /**
   * Where the SDK sends requests instead of the provider's default: the user's server for
   * OpenAI-compatible keys (already through the SSRF guard), or a stub in tests.
   */
  baseUrl?: string;
  /** The fetch the SDK must use when set: the SSRF-guarded one for a user-supplied base URL. */
  fetch?: typeof globalThis.fetch;
  /** Per-request timeout for the provider's HTTP calls; adapters pick a default by type. */
  timeoutMs?: number;
  abortSignal: AbortSignal;
  onProgress: (fraction: number) => void;
};

export type GenerateResult = { outputs: GeneratedOutput[]; text?: string; usage?: Usage };

export type PollResult =
  | { state: 'pending'; progress?: number }
  | { state: 'succeeded'; result: GenerateResult }
  | { state: 'failed'; code: string; message: string }
  | { state: 'canceled' };

export type KeyCheckOptions = {
  apiKey: string;
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  abortSignal: AbortSignal;
};

export interface ProviderAdapter {
  info: ProviderInfo;
  /**
   * Calls the provider's cheapest authenticated endpoint (e.g. list models) to prove the
   * key works; throws a ProviderError that says plainly what is wrong.
   */
  doTestKey?(options: KeyCheckOptions): Promise<{ detail?: string }>;
  doGenerate?(options: CallOptions): Promise<GenerateResult>;
  doStream?(options: CallOptions & { onText: (delta: string) => void }): Promise<GenerateResult>;
  doSubmit?(options: CallOptions): Promise<{ providerRequestId: string }>;
  doPoll?(options: CallOptions & { providerRequestId: string }): Promise<PollResult>;
  doCancel?(options: CallOptions & { providerRequestId: string }): Promise<void>;
}
