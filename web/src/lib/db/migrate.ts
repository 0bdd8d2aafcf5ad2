import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './types';

/** Serialises migrators across processes on a shared server (any constant works). */
const MIGRATION_LOCK_KEY = 7_264_011;

export type MigrationPaths = {
  /** `supabase/migrations`: timestamped SQL, applied in name order. */
  migrationsDir: string;
  /** What Supabase provides (`auth` schema, roles), for databases that are not Supabase. */
  compatFile: string;
};

export function migrationPathsFrom(repositoryRoot: string): MigrationPaths {
  return {
    migrationsDir: path.join(repositoryRoot, 'supabase', 'migrations'),
    compatFile: path.join(repositoryRoot, 'supabase', 'compat', 'supabase_compat.sql'),
  };
}

export type MigrationResult = { compatApplied: boolean; applied: string[] };

/**
 * Applies the Supabase compat layer (only where no `auth` schema exists) and every
 * migration not yet recorded in `supabase_migrations.schema_migrations`, the table the
 * Supabase CLI keeps, so `supabase db push` and this migrator agree on what ran.
 * Each file runs in its own transaction under an advisory lock.
 */
export async function migrate(db: Database, paths: MigrationPaths): Promise<MigrationResult> {
  const files = fs
    .readdirSync(paths.migrationsDir)
    .filter((name) => /^\d{14}_[a-z0-9_]+\.sql$/.test(name))
    .sort();

  const compatApplied = await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    const [row] = await tx.query<{ present: boolean }>(`select to_regnamespace('auth') is not null as present`);
    if (row?.present) return false;
    await tx.exec(fs.readFileSync(paths.compatFile, 'utf8'));
    return true;
  });

  await db.exec(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (
      version text not null primary key,
      statements text[],
      name text
    );
  `);

  const applied: string[] = [];
  for (const file of files) {
    const version = file.slice(0, 14);
    const name = file.slice(15, -'.sql'.length);
    const ran = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const done = await tx.query('select 1 from supabase_migrations.schema_migrations where version = $1', [version]);
      if (done.length > 0) return false;
      const sql = fs.readFileSync(path.join(paths.migrationsDir, file), 'utf8');
      await tx.exec(sql);
      await tx.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
        version,
        name,
        [sql],
      ]);
      return true;
    });
    if (ran) applied.push(file);
  }
  return { compatApplied, applied };
}
