import 'server-only';
import { randomUUID } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { asService, withUser } from '@/lib/db/with-user';
import {
  clearDefaultApiKey,
  countApiKeysByProvider,
  deleteApiKeyOrThrow,
  getApiKeyByIdOrThrow,
  insertApiKey,
  listApiKeys,
  setDefaultApiKey,
  touchApiKey,
  updateApiKeyLabelOrThrow,
} from '@/lib/db/queries/api-keys';
import { assertSafeBaseUrl, findSsrfError, SsrfError } from '@/lib/net/ssrf-guard';
import type { ProviderAdapter, ProviderInfo } from '@/lib/providers/provider';
import { ProviderError } from '@/lib/providers/provider-error';
import { getAdapter, getProviderOrThrow, providers } from '@/lib/providers/registry';
import type { ApiKey, ApiKeyTestResult, CreateApiKeyInput, UpdateApiKeyInput } from '@/lib/schemas/api-key';
import type { Logger } from '@/lib/telemetry/logger';
import { credentialOptions, resolveCredentialsByKeyId, type Credentials } from './credentials';
import { sealSecret } from './envelope';
import { getKeyring, type Keyring } from './keyring';
import { VaultError } from './vault-error';

/** Enough for a key per project or teammate; a cap keeps one account from filling the table. */
export const MAX_KEYS_PER_PROVIDER = 20;

/** Providers with no default endpoint: the key is for the user's own server. */
const PROVIDERS_NEEDING_BASE_URL = new Set(['openai-compatible']);

/** How long a key test may take at the provider. */
const KEY_TEST_TIMEOUT_MS = 10_000;

function providerName(providerId: string): string {
  return providers.find((provider) => provider.id === providerId)?.name ?? providerId;
}

/** The last four characters, shown to tell keys apart; a short key shows none (four would be too much of it). */
function lastFour(apiKey: string): string {
  return apiKey.length >= 12 ? apiKey.slice(-4) : '';
}

function checkBaseUrl(provider: ProviderInfo, baseUrl: string | undefined): string | null {
  if (baseUrl === undefined) {
    if (!PROVIDERS_NEEDING_BASE_URL.has(provider.id)) return null;
    throw new AppError(
      'invalid_base_url',
      `${provider.name} keys need baseUrl, the address of your server (such as https://openrouter.ai/api/v1).`,
      { field: 'baseUrl' },
    );
  }
  if (!provider.acceptsBaseUrl) {
    throw new AppError('invalid_base_url', `${provider.name} does not take a base URL: leave baseUrl out.`, { field: 'baseUrl' });
  }
  try {
    assertSafeBaseUrl(baseUrl, { allowPrivate: getEnv().ALLOW_PRIVATE_PROVIDER_URLS });
  } catch (error) {
    if (error instanceof SsrfError) throw new AppError('invalid_base_url', error.message, { field: 'baseUrl', reason: error.code });
    throw error;
  }
  return baseUrl;
}

export async function listApiKeysForUser(userId: string): Promise<ApiKey[]> {
  return withUser(userId, (tx) => listApiKeys(tx));
}

/**
 * Encrypts and stores a provider key. The first key of a provider becomes its default, as
 * does one added with isDefault; the response carries the last four characters, never the key.
 */
export async function createApiKey(userId: string, input: CreateApiKeyInput, options: { keyring?: Keyring } = {}): Promise<ApiKey> {
  const provider = getProviderOrThrow(input.provider);
  if (provider.keyless) throw new AppError('unprocessable', `${provider.name} needs no API key.`, { field: 'provider' });
  const baseUrl = checkBaseUrl(provider, input.baseUrl);
  const id = randomUUID();
  const sealed = sealSecret(input.apiKey, { userId, provider: provider.id, keyId: id }, options.keyring ?? getKeyring());
  try {
    return await withUser(userId, async (tx) => {
      const existing = await countApiKeysByProvider(tx, { provider: provider.id });
      if (existing.count >= MAX_KEYS_PER_PROVIDER) {
        throw new AppError('too_many_keys', `You have ${existing.count} ${provider.name} keys, the most there can be: delete one first.`);
      }
      const isDefault = !existing.hasDefault || input.isDefault === true;
      if (isDefault && existing.hasDefault) await clearDefaultApiKey(tx, { provider: provider.id });
      return insertApiKey(tx, {
        id,
        userId,
        provider: provider.id,
        label: input.label ?? '',
        last4: lastFour(input.apiKey),
        baseUrl,
        isDefault,
        sealed,
      });
    });
  } catch (error) {
    // Two first keys of a provider saved at the same moment: both would be the default.
    if ((error as { code?: unknown }).code === '23505') {
      throw new AppError('conflict', `Another ${provider.name} key was saved at the same moment: try again.`);
    }
    throw error;
  }
}

/** Renames a key or makes it its provider's default; the default cannot be unset, only handed to another key. */
export async function updateApiKey(userId: string, id: string, input: UpdateApiKeyInput): Promise<ApiKey> {
  return withUser(userId, async (tx) => {
    const key = await getApiKeyByIdOrThrow(tx, { id });
    if (input.isDefault === false && key.isDefault) {
      throw new AppError(
        'unprocessable',
        `This is your default ${providerName(key.provider)} key: make another key the default instead.`,
        { field: 'isDefault' },
      );
    }
    if (input.label !== undefined) await updateApiKeyLabelOrThrow(tx, { id, label: input.label });
    if (input.isDefault === true && !key.isDefault) await setDefaultApiKey(tx, { id, provider: key.provider });
    return getApiKeyByIdOrThrow(tx, { id });
  });
}

export async function deleteApiKey(userId: string, id: string): Promise<void> {
  await withUser(userId, (tx) => deleteApiKeyOrThrow(tx, { id }));
}

export type TestApiKeyOptions = {
  abortSignal: AbortSignal;
  logger: Logger;
  resolveAdapter?: (providerId: string) => ProviderAdapter | undefined;
  keyring?: Keyring;
};

/**
 * Asks the provider whether a key works (its cheapest authenticated call), and says why
 * not in words the user can act on. Success marks the key used.
 */
export async function testApiKey(userId: string, id: string, options: TestApiKeyOptions): Promise<ApiKeyTestResult> {
  // Ownership through row-level security: another user's key is not found.
  const key = await withUser(userId, (tx) => getApiKeyByIdOrThrow(tx, { id }));
  const name = providerName(key.provider);
  let credentials: Credentials | null;
  try {
    // The ciphertext is readable by the service role only; the owner was checked above.
    credentials = await asService((tx) => resolveCredentialsByKeyId(tx, { userId, keyId: id, keyring: options.keyring }));
  } catch (error) {
    if (error instanceof VaultError) return { ok: false, message: error.message };
    throw error;
  }
  if (!credentials) throw notFound('API key', id);
  const adapter = (options.resolveAdapter ?? getAdapter)(key.provider);
  if (!adapter?.doTestKey) return { ok: false, message: `${name} keys cannot be tested on this server yet.` };
  try {
    const result = await adapter.doTestKey({
      ...credentialOptions(credentials),
      abortSignal: options.abortSignal,
      timeoutMs: KEY_TEST_TIMEOUT_MS,
    });
    // last_used_at is the server's to write: authenticated has no grant on it.
    await asService((tx) => touchApiKey(tx, { id }));
    return { ok: true, message: result.detail ?? `${name} accepted the key.` };
  } catch (error) {
    if (error instanceof ProviderError) return { ok: false, message: error.message };
    const refused = findSsrfError(error);
    if (refused) return { ok: false, message: refused.message };
    options.logger.error({ err: error, keyId: id, provider: key.provider }, 'key test failed unexpectedly');
    return { ok: false, message: `The ${name} key could not be tested because of an error on our side. Try again later.` };
  }
}
