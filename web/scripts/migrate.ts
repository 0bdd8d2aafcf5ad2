/**
 * npm run db:migrate — applies supabase/migrations (and, where the database is not
 * Supabase, the compat layer first) to DATABASE_URL, or to the embedded database when
 * DATABASE_URL is unset.
 */
import { findRepositoryRoot, getEnv } from '@/lib/env';
import { migrate, migrationPathsFrom } from '@/lib/db/migrate';
import { openPglite } from '@/lib/db/pglite';
import { openPostgres } from '@/lib/db/postgres';
import path from 'node:path';

async function main() {
  const env = getEnv();
  const db = env.DATABASE_URL
    ? openPostgres(env.DATABASE_URL, { max: 1 })
    : await openPglite(path.join(env.dataDir, 'pglite'));
  try {
    const result = await migrate(db, migrationPathsFrom(findRepositoryRoot(process.cwd())));
    if (result.compatApplied) console.log('applied the Supabase compat layer');
    for (const file of result.applied) console.log(`applied ${file}`);
    if (result.applied.length === 0) console.log('the database is up to date');
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
