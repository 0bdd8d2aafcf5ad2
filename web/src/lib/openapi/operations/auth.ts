import { changePasswordSchema, loginSchema, signupSchema, updateProfileSchema, userResponseSchema } from '@/lib/schemas/auth';
import type { Operation } from './operation';

const sessionCookieHeader = { 'Set-Cookie': 'medialab_session: an HttpOnly, SameSite=Lax session cookie' };

export const authOperations: Operation[] = [
  {
    method: 'post',
    path: '/api/auth/signup',
    summary: 'Create an account and a session',
    tag: 'auth',
    auth: false,
    body: signupSchema,
    success: { status: 201, description: 'The new account', schema: userResponseSchema, headers: sessionCookieHeader },
    errors: [400, 403, 409, 413],
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Log in with email and password',
    tag: 'auth',
    auth: false,
    body: loginSchema,
    success: { status: 200, description: 'The account', schema: userResponseSchema, headers: sessionCookieHeader },
    errors: [400, 401, 403, 413, 429],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Revoke the session server-side and clear the cookie',
    tag: 'auth',
    auth: false,
    success: { status: 204, description: 'Logged out' },
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user',
    tag: 'auth',
    auth: true,
    success: { status: 200, description: 'The signed-in user', schema: userResponseSchema },
    errors: [401],
  },
  {
    method: 'patch',
    path: '/api/auth/me',
    summary: 'Change the display name (1–100 characters, trimmed); the email cannot be changed',
    tag: 'auth',
    auth: true,
    body: updateProfileSchema,
    success: { status: 200, description: 'The renamed user', schema: userResponseSchema },
    errors: [400, 401, 403, 413],
  },
  {
    method: 'post',
    path: '/api/auth/password',
    summary:
      'Change the password. A wrong currentPassword answers 403 forbidden (not 401: the session is fine). Every other session ' +
      'of the user is revoked; the one making the request stays. Wrong current passwords are throttled (429) as failed logins are.',
    tag: 'auth',
    auth: true,
    body: changePasswordSchema,
    success: { status: 204, description: 'Changed; other sessions signed out' },
    errors: [400, 401, 403, 409, 413, 429],
  },
];
