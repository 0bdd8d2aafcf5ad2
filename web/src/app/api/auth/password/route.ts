import { changePassword } from '@/lib/auth/builtin';
import { clientIp, noContent, readJson, withSession } from '@/lib/http';
import { changePasswordSchema } from '@/lib/schemas/auth';

/** Changes the password (403 forbidden when the current one is wrong); every other session is signed out. */
export const POST = withSession(async ({ request, user, sessionToken, logger }) => {
  const input = await readJson(request, changePasswordSchema);
  const { revokedSessions } = await changePassword(input, { userId: user.id, sessionToken, ip: clientIp(request) });
  logger.info({ userId: user.id, revokedSessions }, 'password changed');
  return noContent();
});
