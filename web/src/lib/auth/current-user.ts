import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { User } from '@/lib/schemas/auth';
import { getUserBySessionToken } from './builtin';
import { SESSION_COOKIE } from './session-token';

/** For pages and server actions: the signed-in user, or null. Looked up once per request. */
export const getUser = cache(async (): Promise<User | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return getUserBySessionToken(token);
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(returnTo: string): Promise<User> {
  const user = await getUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}
