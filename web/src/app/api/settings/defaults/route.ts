import { getDefaultModels, updateDefaultModels } from '@/lib/db/queries/preferences';
import { withUser } from '@/lib/db/with-user';
import { json, readJson, withSession } from '@/lib/http';
import { providers } from '@/lib/providers/registry';
import { assertDefaultModelsInCatalog, defaultModelsInCatalog, updateDefaultModelsSchema } from '@/lib/schemas/settings';

/** The user's default provider and model per generation type, leaving out any the catalog no longer has. */
export const GET = withSession(async ({ user }) =>
  json({ defaults: defaultModelsInCatalog(providers, await withUser(user.id, (tx) => getDefaultModels(tx))) }),
);

/** Sets (an entry) or clears (null) the named types' defaults; 422 unknown_model for a model the catalog has not for that type. */
export const PUT = withSession(async ({ request, user }) => {
  const input = await readJson(request, updateDefaultModelsSchema);
  assertDefaultModelsInCatalog(providers, input.defaults);
  const stored = await withUser(user.id, (tx) => updateDefaultModels(tx, input));
  return json({ defaults: defaultModelsInCatalog(providers, stored) });
});
