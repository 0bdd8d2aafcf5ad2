/**
 * npm run worker — a generation worker in its own process. Any number may run beside
 * the app against the same PostgreSQL server (DATABASE_URL); they share the queue.
 */
import { getEnv } from '@/lib/env';
import { closeDb, getDb } from '@/lib/db/client';
import { GenerationWorker } from '@/lib/jobs/worker';
import { getKeyring } from '@/lib/vault/keyring';
import { getLogger } from '@/lib/telemetry/logger';

async function main() {
  const env = getEnv();
  if (env.databaseMode === 'pglite') {
    getLogger().warn(
      'No DATABASE_URL: this worker opens the embedded database itself, so the app must not be running. ' +
        'Set DATABASE_URL to run workers beside the app.',
    );
  }
  // Fails at start (naming the variable) when production has no master key, not on each keyed job.
  getKeyring();
  await getDb();
  const worker = new GenerationWorker();
  worker.start();
  const stop = async (signal: string) => {
    getLogger().info({ signal }, 'stopping worker');
    await worker.stop();
    await closeDb();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
