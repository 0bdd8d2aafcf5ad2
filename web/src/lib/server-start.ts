import 'server-only';
import { EnvError, getEnv } from '@/lib/env';
import { getDb } from '@/lib/db/client';
import { getLogger } from '@/lib/telemetry/logger';
import { GenerationWorker } from '@/lib/jobs/worker';
import { getKeyring } from '@/lib/vault/keyring';
import { VaultError } from '@/lib/vault/vault-error';

export async function startServer(): Promise<void> {
  try {
    getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\nMediaLab cannot start. ${error.message}\nFix these variables (see .env.example) and start again.\n`);
      process.exit(1);
    }
    throw error;
  }
  const env = getEnv();
  const logger = getLogger();
  logger.info({ nodeEnv: env.NODE_ENV, database: env.databaseMode, dataDir: env.dataDir }, 'starting MediaLab');
  try {
    // Fails fast without ENCRYPTION_MASTER_KEY in production; the embedded default makes its own.
    getKeyring();
  } catch (error) {
    if (error instanceof VaultError) {
      console.error(`\nMediaLab cannot start. ${error.message}\nFix this (see .env.example) and start again.\n`);
      process.exit(1);
    }
    throw error;
  }
  if (env.databaseMode === 'pglite') {
    try {
      await getDb();
    } catch (error) {
      logger.fatal({ err: error }, 'the embedded database could not be opened');
      console.error(`\nMediaLab cannot start: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    }
  }
  if (env.MEDIALAB_INPROCESS_WORKER ?? true) {
    const globalForWorker = globalThis as unknown as { medialabWorker?: GenerationWorker };
    globalForWorker.medialabWorker ??= new GenerationWorker();
    globalForWorker.medialabWorker.start();
  }
}
