/**
 * npm run keys:rotate — rewraps every stored provider key under ENCRYPTION_MASTER_KEY.
 *
 * To rotate the master key: give every app and worker process the new key as
 * ENCRYPTION_MASTER_KEY and the old one as ENCRYPTION_MASTER_KEY_PREVIOUS (both open keys
 * meanwhile), run this once, then remove ENCRYPTION_MASTER_KEY_PREVIOUS. Each key is
 * rewrapped in its own short transaction, so the app keeps serving; a second run rewraps
 * nothing. Exits 1 when a key could not be opened (it is left as it was, and named).
 */
import { getEnv } from '@/lib/env';
import { closeDb, getDb } from '@/lib/db/client';
import { getKeyring } from '@/lib/vault/keyring';
import { rotateApiKeys } from '@/lib/vault/rotate';

async function main() {
  const env = getEnv();
  const keyring = getKeyring();
  if (!keyring.previous) {
    console.warn('ENCRYPTION_MASTER_KEY_PREVIOUS is not set: keys under any other master key cannot be opened, and will be reported.');
  }
  if (env.databaseMode === 'pglite') {
    console.warn('No DATABASE_URL: this opens the embedded database itself, so the app must not be running.');
  }
  await getDb();
  try {
    const result = await rotateApiKeys({ keyring });
    console.log(
      `Rewrapped ${result.rewrapped} provider key(s) under master key version ${keyring.current.version}; ` +
        `${result.current} key(s) are under it now.`,
    );
    for (const failure of result.failed) {
      console.error(`Key ${failure.id} was not rewrapped (${failure.code}): ${failure.message}`);
    }
    if (result.failed.length > 0) process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
