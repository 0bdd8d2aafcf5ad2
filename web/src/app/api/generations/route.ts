import { AppError } from '@/lib/errors';
import { withUser } from '@/lib/db/with-user';
import { listGenerations } from '@/lib/db/queries/generations';
import { createGeneration } from '@/lib/generation/create';
import { json, readJson, readQuery, withSession } from '@/lib/http';
import { createGenerationSchema, idempotencyKeySchema, listGenerationsQuerySchema } from '@/lib/schemas/generation';

export const GET = withSession(async ({ request, user }) => {
  const query = readQuery(request, listGenerationsQuerySchema);
  return json(await withUser(user.id, (tx) => listGenerations(tx, query)));
});

export const POST = withSession(async ({ request, user, logger }) => {
  const header = request.headers.get('idempotency-key');
  let idempotencyKey: string | null = null;
  if (header !== null) {
    const parsed = idempotencyKeySchema.safeParse(header);
    if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message, { field: 'Idempotency-Key' });
    idempotencyKey = parsed.data;
  }
  const input = await readJson(request, createGenerationSchema);
  const { generation, created } = await createGeneration(user.id, input, idempotencyKey);
  if (created) logger.info({ generationId: generation.id, provider: generation.provider, model: generation.model }, 'generation queued');
  return json({ generation }, { status: 202, headers: { location: `/api/generations/${generation.id}` } });
});
