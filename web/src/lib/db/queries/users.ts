import 'server-only';
import { notFound } from '@/lib/errors';
import type { User } from '@/lib/schemas/auth';
import type { Tx } from '../types';

type UserRow = { id: string; email: string; display_name: string };

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, displayName: row.display_name };
}

/**
 * Built-in auth, asService: creates the identity (the profile follows by trigger) and its
 * password. Returns null when the email is taken.
 */
export async function createUserWithPassword(
  tx: Tx,
  params: { email: string; passwordHash: string; displayName: string },
): Promise<User | null> {
  const [identity] = await tx.query<{ id: string }>(
    `insert into auth.users (email, raw_user_meta_data) values ($1, jsonb_build_object('display_name', $2::text))
     on conflict (email) do nothing
     returning id`,
    [params.email, params.displayName],
  );
  if (!identity) return null;
  await tx.query('insert into private.user_credentials (user_id, password_hash) values ($1, $2)', [
    identity.id,
    params.passwordHash,
  ]);
  const [row] = await tx.query<UserRow>('select id, email, display_name from public.users where id = $1', [identity.id]);
  return toUser(row!);
}

/** Built-in auth, asService: the account and password hash for a login attempt. */
export async function getCredentialsByEmail(
  tx: Tx,
  params: { email: string },
): Promise<{ user: User; passwordHash: string } | null> {
  const [row] = await tx.query<UserRow & { password_hash: string }>(
    `select u.id, u.email, u.display_name, c.password_hash
     from auth.users a
     join public.users u on u.id = a.id
     join private.user_credentials c on c.user_id = a.id
     where a.email = $1`,
    [params.email],
  );
  return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
}

/** Under withUser: renames the signed-in user (RLS: their own profile only). */
export async function updateDisplayName(tx: Tx, params: { displayName: string }): Promise<User> {
  const [row] = await tx.query<UserRow>(
    `update public.users set display_name = $1 where id = (select auth.uid())
     returning id, email, display_name`,
    [params.displayName],
  );
  if (!row) throw notFound('The profile of the signed-in user');
  return toUser(row);
}

/** Built-in auth, asService: the password hash of an account (null for an account without one). */
export async function getPasswordHashByUserId(tx: Tx, params: { userId: string }): Promise<string | null> {
  const [row] = await tx.query<{ password_hash: string }>('select password_hash from private.user_credentials where user_id = $1', [
    params.userId,
  ]);
  return row?.password_hash ?? null;
}

/**
 * Built-in auth, asService: replaces an account's password hash if it is still
 * `expectedHash` (the one the current password was checked against). False when it is not.
 */
export async function replacePasswordHash(
  tx: Tx,
  params: { userId: string; expectedHash: string; passwordHash: string },
): Promise<boolean> {
  const rows = await tx.query<{ user_id: string }>(
    'update private.user_credentials set password_hash = $3 where user_id = $1 and password_hash = $2 returning user_id',
    [params.userId, params.expectedHash, params.passwordHash],
  );
  return rows.length === 1;
}
