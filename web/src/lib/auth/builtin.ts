import 'server-only';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { asService } from '@/lib/db/with-user';
import { createUserWithPassword, getCredentialsByEmail, getPasswordHashByUserId, replacePasswordHash } from '@/lib/db/queries/users';
import {
  createSession,
  getSessionUserByTokenHash,
  revokeOtherSessionsByUserId,
  revokeSessionByTokenHash,
} from '@/lib/db/queries/sessions';
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess } from '@/lib/ratelimit/login-throttle';
import type { ChangePasswordInput, LoginInput, SignupInput, User } from '@/lib/schemas/auth';
import { getDecoyHash, hashPassword, verifyPassword } from './password';
import { assertPasswordChangeAllowed, recordPasswordChangeFailure, recordPasswordChangeSuccess } from './password-change-throttle';
import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';

/** Built-in email + password accounts with server-side sessions. */

export type ClientInfo = { ip: string; userAgent: string | null };
export type NewSession = { user: User; token: string; expiresAt: Date };

async function startSession(user: User, client: ClientInfo): Promise<NewSession> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + getEnv().SESSION_TTL_DAYS * 24 * 60 * 60 * 1000);
  // asService: the session table is private to the server.
  await asService((tx) =>
    createSession(tx, {
      userId: user.id,
      tokenHash: hashSessionToken(token),
      expiresAt,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
      ipAddress: client.ip.slice(0, 64),
    }),
  );
  return { user, token, expiresAt };
}

export async function signUp(input: SignupInput, client: ClientInfo): Promise<NewSession> {
  const passwordHash = await hashPassword(input.password);
  // asService: the account does not exist yet, so there is no user to act as.
  const user = await asService((tx) =>
    createUserWithPassword(tx, { email: input.email, passwordHash, displayName: input.displayName ?? '' }),
  );
  if (!user) throw new AppError('email_taken', 'An account with this email already exists. Log in instead.');
  return startSession(user, client);
}

export async function logIn(input: LoginInput, client: ClientInfo): Promise<NewSession> {
  const attempt = { email: input.email, ip: client.ip };
  await assertLoginAllowed(attempt);
  // asService: we must find the account by email before we know who is asking.
  const found = await asService((tx) => getCredentialsByEmail(tx, { email: input.email }));
  const valid = await verifyPassword(input.password, found?.passwordHash ?? (await getDecoyHash()));
  if (!found || !valid) {
    await recordLoginFailure(attempt);
    throw new AppError('invalid_credentials', 'The email or password is not right.');
  }
  await recordLoginSuccess(attempt);
  return startSession(found.user, client);
}

export async function logOut(token: string | undefined): Promise<void> {
  if (!isWellFormedToken(token)) return;
  // asService: revoking by token needs no user context, and works for an expired session too.
  await asService((tx) => revokeSessionByTokenHash(tx, { tokenHash: hashSessionToken(token) }));
}

/** The answer to a wrong current password: 403, so that clients do not take it for a lost session (401). */
export const WRONG_CURRENT_PASSWORD_MESSAGE = 'The current password is not right.';

/**
 * Changes the signed-in user's password after checking the current one, and revokes every
 * other session of theirs: a device that knew the old password is signed out, the one
 * making the change stays signed in. Returns how many sessions were revoked.
 */
export async function changePassword(
  input: ChangePasswordInput,
  context: { userId: string; sessionToken: string; ip: string },
): Promise<{ revokedSessions: number }> {
  const attempt = { userId: context.userId, ip: context.ip };
  await assertPasswordChangeAllowed(attempt);
  // asService: password hashes live in the private schema, which only the server reads.
  const storedHash = await asService((tx) => getPasswordHashByUserId(tx, { userId: context.userId }));
  const valid = await verifyPassword(input.currentPassword, storedHash ?? (await getDecoyHash()));
  if (!storedHash || !valid) {
    await recordPasswordChangeFailure(attempt);
    throw new AppError('forbidden', WRONG_CURRENT_PASSWORD_MESSAGE);
  }
  await recordPasswordChangeSuccess(attempt);
  const passwordHash = await hashPassword(input.newPassword);
  // asService: credentials and sessions are private to the server.
  return asService(async (tx) => {
    const replaced = await replacePasswordHash(tx, { userId: context.userId, expectedHash: storedHash, passwordHash });
    if (!replaced) throw new AppError('conflict', 'The password was changed meanwhile. Enter the new current password and try again.');
    const revokedSessions = await revokeOtherSessionsByUserId(tx, {
      userId: context.userId,
      keepTokenHash: hashSessionToken(context.sessionToken),
    });
    return { revokedSessions };
  });
}

/** The signed-in user for a session token, or null. */
export async function getUserBySessionToken(token: string | undefined): Promise<User | null> {
  if (!isWellFormedToken(token)) return null;
  // asService: the session is how we learn who the user is.
  return asService((tx) => getSessionUserByTokenHash(tx, { tokenHash: hashSessionToken(token) }));
}
