import 'server-only';
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
