import 'server-only';
import { getEnv } from '@/lib/env';
import { getApiKeySecretById, getDefaultApiKeySecret, type ApiKeySecret } from '@/lib/db/queries/api-keys';
import type { Tx } from '@/lib/db/types';
import { createGuardedFetch } from '@/lib/net/guarded-fetch';
import { openSecret } from './envelope';
import { getKeyring, type Keyring } from './keyring';

/** What an adapter needs to call a provider as the user: their decrypted key and endpoint. */
export type Credentials = { apiKey: string; baseUrl: string | undefined; keyId: string };

function openCredentials(secret: ApiKeySecret, keyring: Keyring): Credentials {
  const apiKey = openSecret(secret.sealed, { userId: secret.userId, provider: secret.provider, keyId: secret.id }, keyring);
  return { apiKey, baseUrl: secret.baseUrl ?? undefined, keyId: secret.id };
}

/**
 * The user's default key for a provider, decrypted; null when they have none. Throws a
 * VaultError when the key cannot be opened (unknown master key version, altered record).
 * IMPORTANT: `tx` must come from asService — only the service role reads the ciphertext.
 */
export async function resolveCredentials(
  tx: Tx,
  params: { userId: string; provider: string; keyring?: Keyring },
): Promise<Credentials | null> {
  const secret = await getDefaultApiKeySecret(tx, { userId: params.userId, provider: params.provider });
  return secret ? openCredentials(secret, params.keyring ?? getKeyring()) : null;
}

/** One key of the user's, decrypted (a key test); null when it is not theirs or is gone. Same rules as resolveCredentials. */
export async function resolveCredentialsByKeyId(
  tx: Tx,
  params: { userId: string; keyId: string; keyring?: Keyring },
): Promise<Credentials | null> {
  const secret = await getApiKeySecretById(tx, { id: params.keyId, userId: params.userId });
  return secret ? openCredentials(secret, params.keyring ?? getKeyring()) : null;
}

const guardedFetches = new Map<boolean, typeof fetch>();

/**
 * The credential part of an adapter call. A user-supplied base URL gets the SSRF-guarded
 * fetch, which checks every address it connects to (redirects and DNS answers included).
 */
export function credentialOptions(credentials: Credentials): { apiKey: string; baseUrl?: string; fetch?: typeof fetch } {
  if (!credentials.baseUrl) return { apiKey: credentials.apiKey };
  const allowPrivate = getEnv().ALLOW_PRIVATE_PROVIDER_URLS;
  let guarded = guardedFetches.get(allowPrivate);
  if (!guarded) {
    guarded = createGuardedFetch({ allowPrivate });
    guardedFetches.set(allowPrivate, guarded);
  }
  return { apiKey: credentials.apiKey, baseUrl: credentials.baseUrl, fetch: guarded };
}
