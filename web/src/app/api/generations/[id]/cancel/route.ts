import { withUser } from '@/lib/db/with-user';
import { requestGenerationCancel, toGeneration } from '@/lib/db/queries/generations';
import { json, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';

/**
 * Cancels a queued generation at once; a running one is stopped by its worker (and the
 * provider's job cancelled where the provider supports it). A finished one is unchanged.
 */
export const POST = withSession(
  async ({ user, params }) =>
    json({ generation: toGeneration(await withUser(user.id, (tx) => requestGenerationCancel(tx, params))) }),
  { params: idParamsSchema },
);
