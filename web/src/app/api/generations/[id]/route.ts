import { withUser } from '@/lib/db/with-user';
import { getGenerationRowOrThrow, toGeneration } from '@/lib/db/queries/generations';
import { json, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';

export const GET = withSession(
  async ({ user, params }) =>
    json({ generation: toGeneration(await withUser(user.id, (tx) => getGenerationRowOrThrow(tx, params))) }),
  { params: idParamsSchema },
);
