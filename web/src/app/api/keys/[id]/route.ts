import { json, noContent, readJson, withSession } from '@/lib/http';
import { updateApiKeySchema } from '@/lib/schemas/api-key';
import { idParamsSchema } from '@/lib/schemas/common';
import { deleteApiKey, updateApiKey } from '@/lib/vault/api-keys';

const options = { params: idParamsSchema };

export const PATCH = withSession(async ({ request, user, params }) => {
  const input = await readJson(request, updateApiKeySchema);
  return json({ key: await updateApiKey(user.id, params.id, input) });
}, options);

/** Deletes a key; if it was its provider's default, the newest other key of that provider takes over. */
export const DELETE = withSession(async ({ user, params, logger }) => {
  await deleteApiKey(user.id, params.id);
  logger.info({ keyId: params.id }, 'api key deleted');
  return noContent();
}, options);
