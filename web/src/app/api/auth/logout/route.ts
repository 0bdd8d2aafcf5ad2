import { NextResponse } from 'next/server';
import { logOut } from '@/lib/auth/builtin';
import { clearSessionCookie } from '@/lib/auth/cookie';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { withPublic } from '@/lib/http';

/** Revokes the session server-side (a copied cookie stops working) and clears the cookie. */
export const POST = withPublic(async ({ request }) => {
  await logOut(request.cookies.get(SESSION_COOKIE)?.value);
  const response = new NextResponse(null, { status: 204 });
  clearSessionCookie(response);
  return response;
});
