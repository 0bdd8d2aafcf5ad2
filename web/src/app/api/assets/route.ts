import { withUser } from '@/lib/db/with-user';
import { listAssets } from '@/lib/db/queries/assets';
import { json, readQuery, withSession } from '@/lib/http';
import { listAssetsQuerySchema } from '@/lib/schemas/asset';

/** The library: filters by project, type, favourites and a search over names and prompts. */
export const GET = withSession(async ({ request, user }) => {
  const query = readQuery(request, listAssetsQuerySchema);
  return json(await withUser(user.id, (tx) => listAssets(tx, query)));
});
