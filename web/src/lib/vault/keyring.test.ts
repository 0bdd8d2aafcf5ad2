import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { createLogger } from '@/lib/telemetry/logger';
import { keyVersionOf, loadKeyring, masterKeyForVersion } from './keyring';
import { VaultError } from './vault-error';

const directories: string[] = [];

function dataDir(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'medialab-keyring-'));
  directories.push(directory);
  return directory;
}

function captureLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

function loadError(run: () => unknown): VaultError {
  try {
    run();
  } catch (error) {
    if (error instanceof VaultError) return error;
    throw error;
  }
  throw new Error('expected a VaultError');
}

afterEach(() => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

describe('loadKeyring', () => {
  it('uses ENCRYPTION_MASTER_KEY, with ENCRYPTION_MASTER_KEY_PREVIOUS during a rotation, and writes no file', () => {
    const current = crypto.randomBytes(32);
    const previous = crypto.randomBytes(32);
    const directory = dataDir();
    const env = parseEnv({
      ENCRYPTION_MASTER_KEY: current.toString('hex'),
      ENCRYPTION_MASTER_KEY_PREVIOUS: previous.toString('hex').toUpperCase(),
      MEDIALAB_DATA_DIR: directory,
    });
    const keyring = loadKeyring(env, captureLogger().logger);
    expect(keyring.current).toEqual({ version: keyVersionOf(current), key: current });
    expect(keyring.previous).toEqual({ version: keyVersionOf(previous), key: previous });
    expect(masterKeyForVersion(keyring, keyVersionOf(previous)).key.equals(previous)).toBe(true);
    expect(fs.readdirSync(directory)).toEqual([]);
  });

  it('refuses to run production on PostgreSQL without ENCRYPTION_MASTER_KEY, naming it', () => {
    const env = parseEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db.example.test/medialab', MEDIALAB_DATA_DIR: dataDir() });
    expect(env.requiresMasterKey).toBe(true);
    const error = loadError(() => loadKeyring(env, captureLogger().logger));
    expect(error.code).toBe('no_master_key');
    expect(error.message).toMatch(/^ENCRYPTION_MASTER_KEY is not set\. /);
    expect(fs.existsSync(path.join(env.dataDir, 'master.key'))).toBe(false);
  });

  it.each([
    ['the embedded database in development', {}],
    ['a production build on the embedded database', { NODE_ENV: 'production' }],
  ])('generates a master key into the data directory (0600) for %s, warns without the key, and keeps it', (_, extra) => {
    const env = parseEnv({ ...extra, MEDIALAB_DATA_DIR: dataDir() });
    expect(env.requiresMasterKey).toBe(false);
    const first = captureLogger();
    const keyring = loadKeyring(env, first.logger);
    const file = path.join(env.dataDir, 'master.key');
    const hex = fs.readFileSync(file, 'utf8').trim();
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    expect(keyring.current.key.toString('hex')).toBe(hex);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(first.lines).toHaveLength(1);
    expect(JSON.parse(first.lines[0]!)).toMatchObject({ level: 'warn', file, keyVersion: keyring.current.version, created: true });
    expect(first.lines[0]).not.toContain(hex);

    const second = captureLogger();
    expect(loadKeyring(env, second.logger).current.version).toBe(keyring.current.version);
    expect(JSON.parse(second.lines[0]!)).toMatchObject({ created: false });
    expect(fs.readdirSync(env.dataDir)).toEqual(['master.key']);
  });

  it('refuses a damaged master key file instead of replacing it', () => {
    const env = parseEnv({ MEDIALAB_DATA_DIR: dataDir() });
    fs.writeFileSync(path.join(env.dataDir, 'master.key'), 'not a key\n');
    const error = loadError(() => loadKeyring(env, captureLogger().logger));
    expect(error.code).toBe('invalid_master_key');
    expect(error.message).toContain(path.join(env.dataDir, 'master.key'));
    expect(fs.readFileSync(path.join(env.dataDir, 'master.key'), 'utf8')).toBe('not a key\n');
  });
});
