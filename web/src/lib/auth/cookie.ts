import 'server-only';
import type { NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { SESSION_COOKIE } from './session-token';

/** HttpOnly, SameSite=Lax, Secure in production: the browser never exposes the token to scripts. */
export function setSessionCookie(response: NextResponse, session: { token: string; expiresAt: Date }): void {
  response.cookies.set(SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().secureCookies,
    path: '/',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(response: NextResponse): void {
  response.cookies.set(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().secureCookies,
    path: '/',
    maxAge: 0,
  });
}
