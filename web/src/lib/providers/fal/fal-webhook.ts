import 'server-only';
import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { isPublicAddress } from '@/lib/net/ssrf-guard';

/**
 * fal's completion webhooks: the URL we pass as `fal_webhook` when submitting, and the
 * signature check for the POSTs fal sends to it.
 * @see https://docs.fal.ai/model-apis/model-endpoints/webhooks
 */
export const FAL_WEBHOOK_PATH = '/api/webhooks/fal';
export const FAL_JWKS_URL = 'https://rest.alpha.fal.ai/.well-known/jwks.json';

/** fal's rule against replays: refuse a timestamp more than five minutes from now. */
const MAX_CLOCK_SKEW_SECONDS = 300;
/** fal suggests caching its keys for about a day. */
const JWKS_CACHE_MS = 24 * 60 * 60 * 1000;
/** An unknown signer makes us fetch the keys again (rotation), at most this often. */
const JWKS_REFRESH_MIN_MS = 5 * 60 * 1000;
const JWKS_TIMEOUT_MS = 10_000;

/**
 * The webhook URL for submissions, from the app's public URL; undefined (polling only) when
 * there is none or fal could not reach it (localhost, a private or loopback address).
 */
export function falWebhookUrl(publicAppUrl: string | undefined): string | undefined {
  if (!publicAppUrl) return undefined;
  let url: URL;
  try {
    url = new URL(publicAppUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return undefined;
  if (ipaddr.isValid(host) && !isPublicAddress(host)) return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}${FAL_WEBHOOK_PATH}`;
}

/** The body fal POSTs: `payload` is the model's result (or its error details), `null` when it was not JSON. */
export const falWebhookBodySchema = z.object({
  request_id: z.string().min(1),
  gateway_request_id: z.string().nullish(),
  status: z.enum(['OK', 'ERROR']),
  payload: z.unknown(),
  error: z.string().nullish(),
  payload_error: z.string().nullish(),
});
export type FalWebhookBody = z.infer<typeof falWebhookBodySchema>;

export type FalWebhookVerification =
  | { ok: true; requestId: string; body: FalWebhookBody }
  /** `retryable`: our side could not check (fal's keys unreachable) — answer 5xx so fal delivers again. */
  | { ok: false; reason: string; retryable: boolean };

export type FalWebhookRequest = {
  headers: Headers | Record<string, string | string[] | undefined>;
  /** The body exactly as received: the signature covers its SHA-256. */
  rawBody: Buffer | Uint8Array | string;
};

export type FalWebhookOptions = {
  fetch?: typeof globalThis.fetch;
  jwksUrl?: string;
  /** Milliseconds since the epoch. */
  now?: () => number;
};

const jwksSchema = z.object({
  keys: z.array(z.object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional() }).loose()),
});

type CachedKeys = { keys: KeyObject[]; fetchedAt: number };
const jwksCache = new Map<string, CachedKeys>();

function refused(reason: string): FalWebhookVerification {
  return { ok: false, reason, retryable: false };
}

function header(headers: FalWebhookRequest['headers'], name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

async function fetchKeys(url: string, options: FalWebhookOptions, now: number): Promise<CachedKeys> {
  const response = await (options.fetch ?? globalThis.fetch)(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(JWKS_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`fal's key set answered HTTP ${response.status}`);
  const parsed = jwksSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error("fal's key set had an unexpected shape");
  const keys = parsed.data.keys.flatMap((jwk) => {
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) return [];
    try {
      return [createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' })];
    } catch {
      return [];
    }
  });
  const entry = { keys, fetchedAt: now };
  jwksCache.set(url, entry);
  return entry;
}

/**
 * Checks a fal webhook: the timestamp within five minutes of now, and an Ed25519 signature
 * (hex) by one of fal's JWKS keys over `request_id \n user_id \n timestamp \n sha256_hex(body)`,
 * all from the `X-Fal-Webhook-*` headers. Keys are cached for a day and fetched again,
 * at most every five minutes, when no cached key matches.
 */
export async function verifyFalWebhook(request: FalWebhookRequest, options: FalWebhookOptions = {}): Promise<FalWebhookVerification> {
  const now = (options.now ?? Date.now)();
  const requestId = header(request.headers, 'x-fal-webhook-request-id');
  const userId = header(request.headers, 'x-fal-webhook-user-id');
  const timestamp = header(request.headers, 'x-fal-webhook-timestamp');
  const signatureHex = header(request.headers, 'x-fal-webhook-signature');
  if (!requestId || !userId || !timestamp || !signatureHex) return refused('The fal signature headers are missing.');
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now / 1000 - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) {
    return refused('The fal webhook timestamp is more than five minutes off.');
  }
  if (!/^[0-9a-fA-F]{128}$/.test(signatureHex)) return refused('The fal webhook signature is not a hex Ed25519 signature.');

  const body = typeof request.rawBody === 'string' ? Buffer.from(request.rawBody, 'utf8') : Buffer.from(request.rawBody);
  const message = Buffer.from(`${requestId}\n${userId}\n${timestamp}\n${createHash('sha256').update(body).digest('hex')}`, 'utf8');
  const signature = Buffer.from(signatureHex, 'hex');
  const signedBy = (keys: KeyObject[]) => keys.some((key) => verify(null, message, key, signature));

  const url = options.jwksUrl ?? FAL_JWKS_URL;
  let cached = jwksCache.get(url);
  let valid = false;
  try {
    if (!cached || now - cached.fetchedAt > JWKS_CACHE_MS) cached = await fetchKeys(url, options, now);
    valid = signedBy(cached.keys);
    if (!valid && now - cached.fetchedAt > JWKS_REFRESH_MIN_MS) valid = signedBy((await fetchKeys(url, options, now)).keys);
  } catch {
    return { ok: false, reason: "fal's signing keys could not be fetched.", retryable: true };
  }
  if (!valid) return refused('The fal webhook signature does not match.');

  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    return refused('The fal webhook body is not JSON.');
  }
  const parsed = falWebhookBodySchema.safeParse(json);
  if (!parsed.success) return refused('The fal webhook body has an unexpected shape.');
  return { ok: true, requestId: parsed.data.request_id, body: parsed.data };
}
