import { updateDisplayName } from '@/lib/db/queries/users';
import { withUser } from '@/lib/db/with-user';
import { json, readJson, withSession } from '@/lib/http';
import { updateProfileSchema } from '@/lib/schemas/auth';

export const GET = withSession(async ({ user }) => json({ user }));

/** Renames the signed-in user; the email cannot be changed here. */
export const PATCH = withSession(async ({ request, user }) => {
  const input = await readJson(request, updateProfileSchema);
  return json({ user: await withUser(user.id, (tx) => updateDisplayName(tx, input)) });
});
