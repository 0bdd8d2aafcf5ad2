import { withUser } from '@/lib/db/with-user';
import { getAnalytics } from '@/lib/db/queries/analytics';
import { getProjectByIdOrThrow } from '@/lib/db/queries/projects';
import { json, readQuery, withSession } from '@/lib/http';
import { analyticsQuerySchema } from '@/lib/schemas/analytics';

/** Spend per day, by provider and model, success rate, latency percentiles and failures, for a range of days. */
export const GET = withSession(async ({ request, user }) => {
  const query = readQuery(request, analyticsQuerySchema);
  return json(
    await withUser(user.id, async (tx) => {
      // Another user's project is 404, as everywhere.
      if (query.projectId) await getProjectByIdOrThrow(tx, { id: query.projectId });
      return getAnalytics(tx, query);
    }),
  );
});
