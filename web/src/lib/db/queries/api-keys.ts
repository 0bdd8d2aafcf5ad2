import 'server-only';
import { notFound } from '@/lib/errors';
import type { ApiKey } from '@/lib/schemas/api-key';
import type { SealedSecret } from '@/lib/vault/envelope';
import type { Tx } from '../types';

// The user's queries run under withUser: row-level security limits them to the user's own
// keys, and the column grants keep the ciphertext out of every one of them. The *Secret*
// queries read and write the ciphertext and run under asService only (see lib/vault).

type ApiKeyRow = {
  id: string;
  provider: string;
  label: string;
  last4: string;
  base_url: string | null;
  is_default: boolean;
  created_at: Date | string;
  last_used_at: Date | string | null;
};

type SecretRow = {
  id: string;
  user_id: string;
  provider: string;
  base_url: string | null;
  encrypted_key: Uint8Array;
  key_iv: Uint8Array;
  key_auth_tag: Uint8Array;
  wrapped_data_key: Uint8Array;
  data_key_iv: Uint8Array;
  data_key_auth_tag: Uint8Array;
  key_version: string;
};

/** A stored key with its ciphertext, as only the service reads it. */
export type ApiKeySecret = { id: string; userId: string; provider: string; baseUrl: string | null; sealed: SealedSecret };

const COLUMNS = 'id, provider, label, last4, base_url, is_default, created_at, last_used_at';
const SECRET_COLUMNS = `id, user_id, provider, base_url, encrypted_key, key_iv, key_auth_tag, wrapped_data_key, data_key_iv,
  data_key_auth_tag, key_version`;

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    provider: row.provider,
    label: row.label,
    last4: row.last4,
    baseUrl: row.base_url,
    isDefault: row.is_default,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at).toISOString(),
  };
}

function toSecret(row: SecretRow): ApiKeySecret {
  return {
    id: row.id,
    userId: row.user_id,
    provider: row.provider,
    baseUrl: row.base_url,
    sealed: {
      encryptedKey: Buffer.from(row.encrypted_key),
      keyIv: Buffer.from(row.key_iv),
      keyAuthTag: Buffer.from(row.key_auth_tag),
      wrappedDataKey: Buffer.from(row.wrapped_data_key),
      dataKeyIv: Buffer.from(row.data_key_iv),
      dataKeyAuthTag: Buffer.from(row.data_key_auth_tag),
      keyVersion: row.key_version,
    },
  };
}

/** The user's keys, newest first (a user has a handful: no paging). */
export async function listApiKeys(tx: Tx): Promise<ApiKey[]> {
  const rows = await tx.query<ApiKeyRow>(`select ${COLUMNS} from public.user_api_keys order by created_at desc, id desc`);
  return rows.map(toApiKey);
}

export async function getApiKeyByIdOrThrow(tx: Tx, params: { id: string }): Promise<ApiKey> {
  const [row] = await tx.query<ApiKeyRow>(`select ${COLUMNS} from public.user_api_keys where id = $1`, [params.id]);
  if (!row) throw notFound('API key', params.id);
  return toApiKey(row);
}

/** How many keys the user has for a provider, and whether one of them is the default. */
export async function countApiKeysByProvider(tx: Tx, params: { provider: string }): Promise<{ count: number; hasDefault: boolean }> {
  const [row] = await tx.query<{ count: number; has_default: boolean }>(
    `select count(*)::int as count, coalesce(bool_or(is_default), false) as has_default
     from public.user_api_keys where provider = $1`,
    [params.provider],
  );
  return { count: row!.count, hasDefault: row!.has_default };
}

/** Whether the user has a key the workers would use for this provider. */
export async function hasDefaultApiKey(tx: Tx, params: { provider: string }): Promise<boolean> {
  const rows = await tx.query(`select 1 from public.user_api_keys where provider = $1 and is_default limit 1`, [params.provider]);
  return rows.length > 0;
}

/** The providers the user has a key for. */
export async function listProvidersWithApiKeys(tx: Tx): Promise<Set<string>> {
  const rows = await tx.query<{ provider: string }>('select distinct provider from public.user_api_keys where is_default');
  return new Set(rows.map((row) => row.provider));
}

export async function insertApiKey(
  tx: Tx,
  params: {
    id: string;
    userId: string;
    provider: string;
    label: string;
    last4: string;
    baseUrl: string | null;
    isDefault: boolean;
    sealed: SealedSecret;
  },
): Promise<ApiKey> {
  const { sealed } = params;
  const [row] = await tx.query<ApiKeyRow>(
    `insert into public.user_api_keys (id, user_id, provider, label, last4, base_url, is_default, encrypted_key, key_iv,
       key_auth_tag, wrapped_data_key, data_key_iv, data_key_auth_tag, key_version)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     returning ${COLUMNS}`,
    [
      params.id,
      params.userId,
      params.provider,
      params.label,
      params.last4,
      params.baseUrl,
      params.isDefault,
      sealed.encryptedKey,
      sealed.keyIv,
      sealed.keyAuthTag,
      sealed.wrappedDataKey,
      sealed.dataKeyIv,
      sealed.dataKeyAuthTag,
      sealed.keyVersion,
    ],
  );
  return toApiKey(row!);
}

export async function updateApiKeyLabelOrThrow(tx: Tx, params: { id: string; label: string }): Promise<void> {
  const rows = await tx.query('update public.user_api_keys set label = $2 where id = $1 returning id', [params.id, params.label]);
  if (rows.length === 0) throw notFound('API key', params.id);
}

/** Makes one key the provider's default; the previous default stops being one first (one default per provider). */
export async function setDefaultApiKey(tx: Tx, params: { id: string; provider: string }): Promise<void> {
  await tx.query('update public.user_api_keys set is_default = false where provider = $1 and is_default and id <> $2', [
    params.provider,
    params.id,
  ]);
  await tx.query('update public.user_api_keys set is_default = true where id = $1 and not is_default', [params.id]);
}

/** Clears the provider's default (before another key is added as the default). */
export async function clearDefaultApiKey(tx: Tx, params: { provider: string }): Promise<void> {
  await tx.query('update public.user_api_keys set is_default = false where provider = $1 and is_default', [params.provider]);
}

/** Deletes a key; if it was the default, the newest other key of its provider becomes the default. */
export async function deleteApiKeyOrThrow(tx: Tx, params: { id: string }): Promise<void> {
  const [deleted] = await tx.query<{ provider: string; is_default: boolean }>(
    'delete from public.user_api_keys where id = $1 returning provider, is_default',
    [params.id],
  );
  if (!deleted) throw notFound('API key', params.id);
  if (!deleted.is_default) return;
  await tx.query(
    `update public.user_api_keys set is_default = true
     where id = (select id from public.user_api_keys where provider = $1 order by created_at desc, id desc limit 1)`,
    [deleted.provider],
  );
}

// ---------------------------------------------------------------------------------
// Service only: the ciphertext.

/** A key with its ciphertext, by id and owner. */
export async function getApiKeySecretById(tx: Tx, params: { id: string; userId: string }): Promise<ApiKeySecret | null> {
  const [row] = await tx.query<SecretRow>(`select ${SECRET_COLUMNS} from public.user_api_keys where id = $1 and user_id = $2`, [
    params.id,
    params.userId,
  ]);
  return row ? toSecret(row) : null;
}

/** The user's default key for a provider, with its ciphertext. */
export async function getDefaultApiKeySecret(tx: Tx, params: { userId: string; provider: string }): Promise<ApiKeySecret | null> {
  const [row] = await tx.query<SecretRow>(
    `select ${SECRET_COLUMNS} from public.user_api_keys where user_id = $1 and provider = $2 and is_default`,
    [params.userId, params.provider],
  );
  return row ? toSecret(row) : null;
}

export async function touchApiKey(tx: Tx, params: { id: string }): Promise<void> {
  await tx.query('update public.user_api_keys set last_used_at = now() where id = $1', [params.id]);
}

/** Ids of keys whose data key is not wrapped by `keyVersion`, after `afterId` in id order (a rotation's batches). */
export async function listApiKeyIdsNotUnderVersion(
  tx: Tx,
  params: { keyVersion: string; afterId: string | null; limit: number },
): Promise<string[]> {
  const rows = await tx.query<{ id: string }>(
    `select id from public.user_api_keys
     where key_version <> $1 and ($2::uuid is null or id > $2::uuid)
     order by id limit $3`,
    [params.keyVersion, params.afterId, params.limit],
  );
  return rows.map((row) => row.id);
}

export async function countApiKeysUnderVersion(tx: Tx, params: { keyVersion: string }): Promise<number> {
  const [row] = await tx.query<{ count: number }>('select count(*)::int as count from public.user_api_keys where key_version = $1', [
    params.keyVersion,
  ]);
  return row!.count;
}

/** A key with its ciphertext, locked until the transaction ends (a rotation rewraps it). */
export async function lockApiKeySecret(tx: Tx, params: { id: string }): Promise<ApiKeySecret | null> {
  const [row] = await tx.query<SecretRow>(`select ${SECRET_COLUMNS} from public.user_api_keys where id = $1 for update`, [params.id]);
  return row ? toSecret(row) : null;
}

/** Stores a rewrapped data key; the secret's own ciphertext, IV and tag do not change. */
export async function updateWrappedDataKey(tx: Tx, params: { id: string; sealed: SealedSecret }): Promise<void> {
  const { sealed } = params;
  await tx.query(
    `update public.user_api_keys
     set wrapped_data_key = $2, data_key_iv = $3, data_key_auth_tag = $4, key_version = $5
     where id = $1`,
    [params.id, sealed.wrappedDataKey, sealed.dataKeyIv, sealed.dataKeyAuthTag, sealed.keyVersion],
  );
}
