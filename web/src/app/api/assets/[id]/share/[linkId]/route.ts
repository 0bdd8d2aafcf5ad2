import { z } from 'zod';
import { notFound } from '@/lib/errors';
import { withUser } from '@/lib/db/with-user';
import { getAssetRowOrThrow } from '@/lib/db/queries/assets';
import { revokeShareLink } from '@/lib/db/queries/share-links';
import { noContent, withSession } from '@/lib/http';
import { uuidSchema } from '@/lib/schemas/common';

/** One link stops working; the asset's other links keep working. */
export const DELETE = withSession(
  async ({ user, params }) => {
    await withUser(user.id, async (tx) => {
      await getAssetRowOrThrow(tx, { id: params.id });
      if (!(await revokeShareLink(tx, { assetId: params.id, linkId: params.linkId }))) throw notFound('share link', params.linkId);
    });
    return noContent();
  },
  { params: z.object({ id: uuidSchema, linkId: uuidSchema }) },
);
