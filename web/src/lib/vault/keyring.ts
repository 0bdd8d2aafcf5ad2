import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getEnv, type Env } from '@/lib/env';
import { getLogger, type Logger } from '@/lib/telemetry/logger';
import { VaultError } from './vault-error';

/** A 256-bit master key and its version, a short fingerprint stored on every row it wraps. */
export type MasterKey = { version: string; key: Buffer };

/**
 * The master keys a process holds: `current` wraps every new or rewrapped data key; both
 * open (during a rotation, `previous` is the key being retired).
 */
export type Keyring = { current: MasterKey; previous?: MasterKey };

/** Where the embedded default keeps its generated master key, inside the data directory. */
export const MASTER_KEY_FILE = 'master.key';

const HEX_KEY = /^[0-9a-fA-F]{64}$/;

/** The first 8 hex characters of HMAC-SHA256(key, 'medialab-key-version'): names the key, reveals nothing of it. */
export function keyVersionOf(key: Buffer): string {
  return crypto.createHmac('sha256', key).update('medialab-key-version').digest('hex').slice(0, 8);
}

/** A master key from its 64 hex characters; `source` names where it came from in the error. */
export function masterKeyFromHex(hex: string, source: string): MasterKey {
  if (!HEX_KEY.test(hex)) throw new VaultError('invalid_master_key', `${source} must be 64 hex characters (openssl rand -hex 32).`);
  const key = Buffer.from(hex, 'hex');
  return { version: keyVersionOf(key), key };
}

export function createKeyring(currentHex: string, previousHex?: string): Keyring {
  const current = masterKeyFromHex(currentHex, 'ENCRYPTION_MASTER_KEY');
  const previous = previousHex ? masterKeyFromHex(previousHex, 'ENCRYPTION_MASTER_KEY_PREVIOUS') : undefined;
  return previous && previous.version !== current.version ? { current, previous } : { current };
}

/** The master key of a version, or a VaultError: a record under a key this process lacks fails closed. */
export function masterKeyForVersion(keyring: Keyring, version: string): MasterKey {
  if (keyring.current.version === version) return keyring.current;
  if (keyring.previous?.version === version) return keyring.previous;
  throw new VaultError(
    'unknown_key_version',
    `This key was encrypted with a master key this server does not have (version ${version}). ` +
      'Delete it and add it again in Settings, or ask the operator to set ENCRYPTION_MASTER_KEY_PREVIOUS.',
  );
}

/**
 * Reads the generated master key, creating it the first time. The file is written under a
 * temporary name and linked into place, so two processes starting together agree on one
 * key and neither reads a half-written file.
 */
function readOrCreateKeyFile(file: string): { hex: string; created: boolean } {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let created = false;
  if (!fs.existsSync(file)) {
    const temporary = `${file}.${process.pid}.${crypto.randomUUID()}.tmp`;
    fs.writeFileSync(temporary, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
    try {
      fs.linkSync(temporary, file);
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const hex = fs.readFileSync(file, 'utf8').trim();
  if (!HEX_KEY.test(hex)) {
    throw new VaultError(
      'invalid_master_key',
      `${file} does not hold a master key (64 hex characters). Restore it from a backup of the data directory: ` +
        'without it no stored provider key can be decrypted.',
    );
  }
  return { hex, created };
}

/**
 * The keyring from the environment: ENCRYPTION_MASTER_KEY (and _PREVIOUS during a
 * rotation). Without it, production on PostgreSQL refuses; anywhere else the embedded
 * default uses a key generated into `<dataDir>/master.key` (mode 0600), with a warning.
 */
export function loadKeyring(env: Env, logger: Logger = getLogger()): Keyring {
  if (env.ENCRYPTION_MASTER_KEY) return createKeyring(env.ENCRYPTION_MASTER_KEY, env.ENCRYPTION_MASTER_KEY_PREVIOUS);
  if (env.requiresMasterKey) {
    throw new VaultError(
      'no_master_key',
      'ENCRYPTION_MASTER_KEY is not set. In production (NODE_ENV=production with DATABASE_URL) it encrypts the ' +
        "users' provider keys: generate one with `openssl rand -hex 32` and give the same value to every app and worker process.",
    );
  }
  const file = path.join(env.dataDir, MASTER_KEY_FILE);
  const { hex, created } = readOrCreateKeyFile(file);
  const keyring = createKeyring(hex, env.ENCRYPTION_MASTER_KEY_PREVIOUS);
  logger.warn(
    { file, keyVersion: keyring.current.version, created },
    'ENCRYPTION_MASTER_KEY is not set: provider keys are encrypted with the generated key in this file. ' +
      'Back it up with the data directory, and set ENCRYPTION_MASTER_KEY in production.',
  );
  return keyring;
}

// One keyring per process, shared by every Next.js bundle, like the database connection.
const globalForKeyring = globalThis as unknown as { medialabKeyring?: Keyring };

/** The process's keyring, loaded on first use (server start loads it early to fail fast). */
export function getKeyring(): Keyring {
  globalForKeyring.medialabKeyring ??= loadKeyring(getEnv());
  return globalForKeyring.medialabKeyring;
}
