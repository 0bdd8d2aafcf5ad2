import { json, readJson, withSession } from '@/lib/http';
import { createApiKeySchema } from '@/lib/schemas/api-key';
import { createApiKey, listApiKeysForUser } from '@/lib/vault/api-keys';

/** The user's provider keys: provider, label, last four characters; never the key. */
export const GET = withSession(async ({ user }) => json({ items: await listApiKeysForUser(user.id) }));

export const POST = withSession(async ({ request, user, logger }) => {
  const input = await readJson(request, createApiKeySchema);
  const key = await createApiKey(user.id, input);
  logger.info({ keyId: key.id, provider: key.provider }, 'api key added');
  return json({ key }, { status: 201 });
});
