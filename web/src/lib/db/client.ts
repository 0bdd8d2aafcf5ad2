import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { findRepositoryRoot, getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { getLogger } from '@/lib/telemetry/logger';
import { migrate, migrationPathsFrom } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

// IMPORTANT: Next.js evaluates this module once per bundle (route handlers, pages,
// instrumentation, proxy), so the one connection lives on globalThis.
const globalForDb = globalThis as unknown as { medialabDb?: Promise<Database> };

/** The process's database, opened (and, for PGlite, migrated) on first use. */
export function getDb(): Promise<Database> {
  if (!globalForDb.medialabDb) {
    const opening = openDatabase();
    globalForDb.medialabDb = opening;
    // A failed open is not cached: the next request tries again (and /api/db-health says 503).
    opening.catch(() => {
      if (globalForDb.medialabDb === opening) globalForDb.medialabDb = undefined;
    });
  }
  return globalForDb.medialabDb;
}

export async function closeDb(): Promise<void> {
  const current = globalForDb.medialabDb;
  globalForDb.medialabDb = undefined;
  if (current) await (await current).close();
}

async function openDatabase(): Promise<Database> {
  const env = getEnv();
  const logger = getLogger();
  if (env.DATABASE_URL) {
    logger.info({ database: 'postgres' }, 'using the PostgreSQL server from DATABASE_URL (apply migrations with npm run db:migrate)');
    return openPostgres(env.DATABASE_URL, { max: env.DATABASE_POOL_SIZE });
  }
  const directory = path.join(env.dataDir, 'pglite');
  claimDataDirectory(directory);
  const started = performance.now();
  const db = await openPglite(directory);
  const result = await migrate(db, migrationPathsFrom(findRepositoryRoot(process.cwd())));
  logger.info(
    { database: 'pglite', directory, migrationsApplied: result.applied, ms: Math.round(performance.now() - started) },
    'embedded database ready',
  );
  return db;
}

/**
 * PGlite is one process's database: a second process opening the same directory would
 * corrupt it. A lock file with our pid refuses that with a clear message.
 */
function claimDataDirectory(directory: string): void {
  fs.mkdirSync(directory, { recursive: true });
  const lockFile = path.join(directory, '..', 'pglite.lock');
  try {
    const holder = Number(fs.readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new AppError(
        'service_unavailable',
        `The embedded database in ${directory} is open in another process (pid ${holder}). ` +
          'Stop it, or set DATABASE_URL to a PostgreSQL server to run several processes.',
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // No lock file yet, or an unreadable one: take it.
  }
  fs.writeFileSync(lockFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
