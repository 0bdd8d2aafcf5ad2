import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openSecret, rewrapSecret, sealSecret, type SealedSecret, type SecretContext } from './envelope';
import { createKeyring, keyVersionOf, type Keyring } from './keyring';
import { VaultError } from './vault-error';

const secret = 'sk-proj-Zq8vN2mK4xW7tY1rE5uI9oP3aS6dF0gH';
const context: SecretContext = {
  userId: '11111111-1111-4111-8111-111111111111',
  provider: 'openai',
  keyId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
};

const randomHex = () => crypto.randomBytes(32).toString('hex');

function keyring(): Keyring {
  return createKeyring(randomHex());
}

function flipFirstBit(buffer: Buffer): Buffer {
  const copy = Buffer.from(buffer);
  copy[0] = copy[0]! ^ 0x01;
  return copy;
}

function vaultErrorOf(run: () => unknown): VaultError {
  try {
    run();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a VaultError, but the secret opened');
}

describe('envelope encryption of provider keys', () => {
  it('opens what it sealed, under the current master key version', () => {
    const ring = keyring();
    const sealed = sealSecret(secret, context, ring);
    expect(sealed.keyVersion).toBe(ring.current.version);
    expect(sealed.keyIv).toHaveLength(12);
    expect(sealed.keyAuthTag).toHaveLength(16);
    expect(sealed.wrappedDataKey).toHaveLength(32);
    expect(sealed.dataKeyIv).toHaveLength(12);
    expect(sealed.dataKeyAuthTag).toHaveLength(16);
    expect(openSecret(sealed, context, ring)).toBe(secret);
  });

  it('seals an empty key (a local OpenAI-compatible server) and opens it', () => {
    const ring = keyring();
    expect(openSecret(sealSecret('', context, ring), context, ring)).toBe('');
  });

  it('uses a fresh data key and IVs every time, and no stored byte string contains the key', () => {
    const ring = keyring();
    const first = sealSecret(secret, context, ring);
    const second = sealSecret(secret, context, ring);
    for (const field of ['encryptedKey', 'keyIv', 'wrappedDataKey', 'dataKeyIv'] as const) {
      expect(first[field].equals(second[field]), field).toBe(false);
    }
    const stored = Buffer.concat(Object.values(first).filter((value): value is Buffer => Buffer.isBuffer(value)));
    expect(stored.includes(Buffer.from(secret))).toBe(false);
    expect(stored.includes(Buffer.from(secret.slice(0, 12)))).toBe(false);
  });

  it.each(['encryptedKey', 'keyIv', 'keyAuthTag', 'wrappedDataKey', 'dataKeyIv', 'dataKeyAuthTag'] as const)(
    'openSecret - refuses a record whose %s was altered',
    (field) => {
      const ring = keyring();
      const sealed = sealSecret(secret, context, ring);
      const tampered: SealedSecret = { ...sealed, [field]: flipFirstBit(sealed[field]) };
      const error = vaultErrorOf(() => openSecret(tampered, context, ring));
      expect(error.code).toBe('undecryptable');
      expect(error.message).toBe(
        'This key cannot be decrypted: its stored record was altered or does not belong here. Delete it and add it again in Settings.',
      );
    },
  );

  it('openSecret - refuses a truncated authentication tag instead of checking fewer bytes', () => {
    const ring = keyring();
    const sealed = sealSecret(secret, context, ring);
    expect(vaultErrorOf(() => openSecret({ ...sealed, keyAuthTag: sealed.keyAuthTag.subarray(0, 4) }, context, ring)).code).toBe(
      'undecryptable',
    );
    expect(vaultErrorOf(() => openSecret({ ...sealed, dataKeyAuthTag: Buffer.alloc(0) }, context, ring)).code).toBe('undecryptable');
  });

  it.each([
    ['another user', { userId: '22222222-2222-4222-8222-222222222222' }],
    ['another provider', { provider: 'anthropic' }],
    ['another row', { keyId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' }],
  ])('openSecret - a record moved to %s does not open', (_, change) => {
    const ring = keyring();
    const sealed = sealSecret(secret, context, ring);
    expect(vaultErrorOf(() => openSecret(sealed, { ...context, ...change }, ring)).code).toBe('undecryptable');
  });

  it("openSecret - one row's secret spliced under another row's data key does not open", () => {
    const ring = keyring();
    const mine = sealSecret(secret, context, ring);
    const otherContext = { ...context, userId: '22222222-2222-4222-8222-222222222222', keyId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb' };
    const theirs = sealSecret('sk-theirs-0000000000000000', otherContext, ring);
    const spliced: SealedSecret = { ...theirs, encryptedKey: mine.encryptedKey, keyIv: mine.keyIv, keyAuthTag: mine.keyAuthTag };
    expect(vaultErrorOf(() => openSecret(spliced, otherContext, ring)).code).toBe('undecryptable');
  });

  it('openSecret - fails closed with the version named when the master key is not in the keyring', () => {
    const sealed = sealSecret(secret, context, keyring());
    const error = vaultErrorOf(() => openSecret(sealed, context, keyring()));
    expect(error.code).toBe('unknown_key_version');
    expect(error.message).toBe(
      `This key was encrypted with a master key this server does not have (version ${sealed.keyVersion}). ` +
        'Delete it and add it again in Settings, or ask the operator to set ENCRYPTION_MASTER_KEY_PREVIOUS.',
    );
  });

  it('openSecret - a record relabelled with the version of a key it was not wrapped by does not open', () => {
    const sealed = sealSecret(secret, context, keyring());
    const other = keyring();
    expect(vaultErrorOf(() => openSecret({ ...sealed, keyVersion: other.current.version }, context, other)).code).toBe('undecryptable');
  });

  it('rewrapSecret - moves the data key to the new master key, keeps the ciphertext, and opens only with the new key', () => {
    const oldHex = randomHex();
    const newHex = randomHex();
    const before = sealSecret(secret, context, createKeyring(oldHex));
    const during = createKeyring(newHex, oldHex);
    const after = rewrapSecret(before, context, during);
    expect(after.keyVersion).toBe(during.current.version);
    expect(after.keyVersion).not.toBe(before.keyVersion);
    expect(after.encryptedKey.equals(before.encryptedKey)).toBe(true);
    expect(after.wrappedDataKey.equals(before.wrappedDataKey)).toBe(false);
    expect(openSecret(after, context, createKeyring(newHex))).toBe(secret);
    expect(openSecret(after, context, during)).toBe(secret);
    expect(vaultErrorOf(() => openSecret(after, context, createKeyring(oldHex))).code).toBe('unknown_key_version');
    expect(vaultErrorOf(() => openSecret(after, context, createKeyring(randomHex()))).code).toBe('unknown_key_version');
    // Rewrapping again under the same key is harmless.
    expect(openSecret(rewrapSecret(after, context, during), context, createKeyring(newHex))).toBe(secret);
  });

  it('rewrapSecret - refuses a record under an unknown key, and a record whose secret was altered', () => {
    const oldHex = randomHex();
    const sealed = sealSecret(secret, context, createKeyring(oldHex));
    expect(vaultErrorOf(() => rewrapSecret(sealed, context, createKeyring(randomHex()))).code).toBe('unknown_key_version');
    const altered = { ...sealed, encryptedKey: flipFirstBit(sealed.encryptedKey) };
    expect(vaultErrorOf(() => rewrapSecret(altered, context, createKeyring(randomHex(), oldHex))).code).toBe('undecryptable');
  });
});

describe('master key versions', () => {
  it('is the first 8 hex characters of HMAC-SHA256(key, "medialab-key-version")', () => {
    // Computed with: printf medialab-key-version | openssl dgst -sha256 -mac HMAC -macopt hexkey:000102…1f
    const key = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
    expect(keyVersionOf(key)).toBe('295d4684');
  });

  it('createKeyring - names the variable that is not 64 hex characters', () => {
    expect(vaultErrorOf(() => createKeyring('abc')).message).toBe('ENCRYPTION_MASTER_KEY must be 64 hex characters (openssl rand -hex 32).');
    expect(vaultErrorOf(() => createKeyring(randomHex(), 'z'.repeat(64))).message).toBe(
      'ENCRYPTION_MASTER_KEY_PREVIOUS must be 64 hex characters (openssl rand -hex 32).',
    );
  });
});
