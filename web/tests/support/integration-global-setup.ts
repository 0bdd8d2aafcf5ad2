import { findRepositoryRoot } from '@/lib/env';
import { migrate, migrationPathsFrom } from '@/lib/db/migrate';
import { openPostgres } from '@/lib/db/postgres';

/**
 * On a PostgreSQL server (DATABASE_URL set by scripts/postgres-server.sh) the migrations
 * are applied once, as `npm run db:migrate` would. On PGlite every test file opens its own
 * database in a temp dir, migrated at open as in `npm run dev`.
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  const db = openPostgres(url, { max: 1 });
  try {
    await migrate(db, migrationPathsFrom(findRepositoryRoot(process.cwd())));
  } finally {
    await db.close();
  }
}
