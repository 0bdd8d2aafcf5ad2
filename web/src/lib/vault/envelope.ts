import 'server-only';
import crypto from 'node:crypto';
import { masterKeyForVersion, type Keyring } from './keyring';
import { VaultError } from './vault-error';

/**
 * Envelope encryption of one provider key. A random 256-bit data key encrypts the secret
 * with AES-256-GCM (random 96-bit IV); the master key wraps the data key with AES-256-GCM
 * (its own IV). Both carry the owner, the provider and the row id as associated data, so a
 * ciphertext copied to another row, user or provider does not open. Rotating the master
 * key rewraps the 32-byte data key only; the secret's ciphertext never changes.
 */
export type SealedSecret = {
  encryptedKey: Buffer;
  keyIv: Buffer;
  keyAuthTag: Buffer;
  wrappedDataKey: Buffer;
  dataKeyIv: Buffer;
  dataKeyAuthTag: Buffer;
  /** Version of the master key that wrapped the data key. */
  keyVersion: string;
};

/** Whose key this is: bound to the ciphertext as associated data. */
export type SecretContext = { userId: string; provider: string; keyId: string };

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

const UNDECRYPTABLE =
  'This key cannot be decrypted: its stored record was altered or does not belong here. Delete it and add it again in Settings.';

/** Length-safe, unambiguous associated data; `purpose` keeps the two layers apart. */
function associatedData(purpose: 'secret' | 'data-key', context: SecretContext): Buffer {
  return Buffer.from(JSON.stringify(['medialab/user-api-key/v1', purpose, context.userId, context.provider, context.keyId]), 'utf8');
}

function encrypt(key: Buffer, plaintext: Buffer, aad: Buffer) {
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
}

function decrypt(key: Buffer, sealed: { ciphertext: Buffer; iv: Buffer; tag: Buffer }, aad: Buffer): Buffer {
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) throw new VaultError('undecryptable', UNDECRYPTABLE);
  try {
    const decipher = crypto.createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    // GCM's tag check failed: wrong key, wrong associated data, or altered bytes.
    throw new VaultError('undecryptable', UNDECRYPTABLE);
  }
}

function wrapDataKey(dataKey: Buffer, keyring: Keyring, context: SecretContext) {
  const wrapped = encrypt(keyring.current.key, dataKey, associatedData('data-key', context));
  return { wrappedDataKey: wrapped.ciphertext, dataKeyIv: wrapped.iv, dataKeyAuthTag: wrapped.tag, keyVersion: keyring.current.version };
}

function unwrapDataKey(sealed: SealedSecret, keyring: Keyring, context: SecretContext): Buffer {
  const master = masterKeyForVersion(keyring, sealed.keyVersion);
  const dataKey = decrypt(
    master.key,
    { ciphertext: sealed.wrappedDataKey, iv: sealed.dataKeyIv, tag: sealed.dataKeyAuthTag },
    associatedData('data-key', context),
  );
  if (dataKey.length !== KEY_BYTES) throw new VaultError('undecryptable', UNDECRYPTABLE);
  return dataKey;
}

/** Encrypts a provider key for one row under the keyring's current master key. */
export function sealSecret(secret: string, context: SecretContext, keyring: Keyring): SealedSecret {
  const dataKey = crypto.randomBytes(KEY_BYTES);
  try {
    const sealed = encrypt(dataKey, Buffer.from(secret, 'utf8'), associatedData('secret', context));
    return { encryptedKey: sealed.ciphertext, keyIv: sealed.iv, keyAuthTag: sealed.tag, ...wrapDataKey(dataKey, keyring, context) };
  } finally {
    dataKey.fill(0);
  }
}

/** Decrypts a row's provider key; a VaultError when the master key is unknown or anything was altered or moved. */
export function openSecret(sealed: SealedSecret, context: SecretContext, keyring: Keyring): string {
  const dataKey = unwrapDataKey(sealed, keyring, context);
  try {
    const plaintext = decrypt(dataKey, { ciphertext: sealed.encryptedKey, iv: sealed.keyIv, tag: sealed.keyAuthTag }, associatedData('secret', context));
    return plaintext.toString('utf8');
  } finally {
    dataKey.fill(0);
  }
}

/**
 * The same secret with its data key wrapped by the current master key (opened with whichever
 * key of the keyring wrapped it). Checks the secret still opens, so a broken row is reported
 * rather than rewrapped.
 */
export function rewrapSecret(sealed: SealedSecret, context: SecretContext, keyring: Keyring): SealedSecret {
  const dataKey = unwrapDataKey(sealed, keyring, context);
  try {
    decrypt(dataKey, { ciphertext: sealed.encryptedKey, iv: sealed.keyIv, tag: sealed.keyAuthTag }, associatedData('secret', context)).fill(0);
    return { ...sealed, ...wrapDataKey(dataKey, keyring, context) };
  } finally {
    dataKey.fill(0);
  }
}
