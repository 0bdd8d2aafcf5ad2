import { withUser } from '@/lib/db/with-user';
import { getProjectByIdOrThrow } from '@/lib/db/queries/projects';
import { prepareGeneration } from '@/lib/generation/prepare';
import { json, readJson, withSession } from '@/lib/http';
import { createGenerationSchema } from '@/lib/schemas/generation';

/** The price before the run, by the same path a generation takes. */
export const POST = withSession(async ({ request, user }) => {
  const input = await readJson(request, createGenerationSchema);
  await withUser(user.id, (tx) => getProjectByIdOrThrow(tx, { id: input.projectId }));
  return json(prepareGeneration(input, { forRun: false }).estimate);
});
