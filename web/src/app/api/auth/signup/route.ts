import { signUp } from '@/lib/auth/builtin';
import { setSessionCookie } from '@/lib/auth/cookie';
import { clientIp, json, readJson, withPublic } from '@/lib/http';
import { signupSchema } from '@/lib/schemas/auth';

export const POST = withPublic(async ({ request, logger }) => {
  const input = await readJson(request, signupSchema);
  const session = await signUp(input, { ip: clientIp(request), userAgent: request.headers.get('user-agent') });
  logger.info({ userId: session.user.id }, 'account created');
  const response = json({ user: session.user }, { status: 201 });
  setSessionCookie(response, session);
  return response;
});
