import { json, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';
import { testApiKey } from '@/lib/vault/api-keys';

/** Asks the provider whether the key works: 200 { ok, message } either way. */
export const POST = withSession(
  async ({ request, user, params, logger }) =>
    json(await testApiKey(user.id, params.id, { abortSignal: request.signal, logger })),
  { params: idParamsSchema },
);
