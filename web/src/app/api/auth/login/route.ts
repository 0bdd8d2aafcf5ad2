import { logIn } from '@/lib/auth/builtin';
import { setSessionCookie } from '@/lib/auth/cookie';
import { clientIp, json, readJson, withPublic } from '@/lib/http';
import { loginSchema } from '@/lib/schemas/auth';

export const POST = withPublic(async ({ request, logger }) => {
  const input = await readJson(request, loginSchema);
  const session = await logIn(input, { ip: clientIp(request), userAgent: request.headers.get('user-agent') });
  logger.info({ userId: session.user.id }, 'logged in');
  const response = json({ user: session.user });
  setSessionCookie(response, session);
  return response;
});
