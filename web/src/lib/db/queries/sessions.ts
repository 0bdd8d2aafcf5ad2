import 'server-only';
import type { User } from '@/lib/schemas/auth';
import type { Tx } from '../types';

// Built-in auth's sessions. All asService: the session is how we learn who the user is.

export async function createSession(
  tx: Tx,
  params: { userId: string; tokenHash: string; expiresAt: Date; userAgent: string | null; ipAddress: string | null },
): Promise<void> {
  await tx.query(
    `insert into private.sessions (user_id, token_hash, expires_at, user_agent, ip_address) values ($1, $2, $3, $4, $5)`,
    [params.userId, params.tokenHash, params.expiresAt.toISOString(), params.userAgent, params.ipAddress],
  );
}

/** The user of a live session (not revoked, not expired), or null. */
export async function getSessionUserByTokenHash(tx: Tx, params: { tokenHash: string }): Promise<User | null> {
  const [row] = await tx.query<{ id: string; email: string; display_name: string }>(
    `select u.id, u.email, u.display_name
     from private.sessions s
     join public.users u on u.id = s.user_id
     where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`,
    [params.tokenHash],
  );
  return row ? { id: row.id, email: row.email, displayName: row.display_name } : null;
}

export async function revokeSessionByTokenHash(tx: Tx, params: { tokenHash: string }): Promise<void> {
  await tx.query(`update private.sessions set revoked_at = now() where token_hash = $1 and revoked_at is null`, [
    params.tokenHash,
  ]);
}

/** Revokes every live session of the user except the one with `keepTokenHash`; returns how many. */
export async function revokeOtherSessionsByUserId(tx: Tx, params: { userId: string; keepTokenHash: string }): Promise<number> {
  const rows = await tx.query<{ id: string }>(
    `update private.sessions set revoked_at = now()
     where user_id = $1 and token_hash <> $2 and revoked_at is null
     returning id`,
    [params.userId, params.keepTokenHash],
  );
  return rows.length;
}
