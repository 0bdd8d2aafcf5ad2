import 'server-only';
import { getDb } from './client';
import type { Tx } from './types';

/**
 * Runs `callback` in a transaction as the Postgres role `authenticated` with the user's
 * JWT claims set, exactly as PostgREST does on Supabase, so row-level security decides
 * what the queries see and change.
 */
export async function withUser<T>(userId: string, callback: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await tx.query(
      `select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
      [JSON.stringify({ sub: userId, role: 'authenticated' })],
    );
    return callback(tx);
  });
}

/**
 * Runs `callback` in a transaction that bypasses row-level security. Only for jobs,
 * webhooks, scripts and the built-in auth (which must find a user before it knows who
 * they are); every call site says why.
 */
export async function asService<T>(callback: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(callback);
}
