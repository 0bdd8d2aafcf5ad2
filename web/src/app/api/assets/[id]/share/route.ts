import { getEnv } from '@/lib/env';
import { withUser } from '@/lib/db/with-user';
import { getAssetRowOrThrow } from '@/lib/db/queries/assets';
import { createShareLink, listLiveShareLinks, revokeShareLinksByAssetId } from '@/lib/db/queries/share-links';
import { hashShareToken, newShareToken } from '@/lib/assets/share-token';
import { json, noContent, readJson, withSession } from '@/lib/http';
import { idParamsSchema } from '@/lib/schemas/common';
import { createShareSchema } from '@/lib/schemas/asset';

const options = { params: idParamsSchema };

/** A new public link to the asset; the token is shown once and only its hash is kept. */
export const POST = withSession(async ({ request, user, params }) => {
  const input = await readJson(request, createShareSchema);
  const token = newShareToken();
  const expiresAt = input.expiresInHours ? new Date(Date.now() + input.expiresInHours * 3_600_000) : null;
  const id = await withUser(user.id, async (tx) => {
    await getAssetRowOrThrow(tx, params);
    return createShareLink(tx, { assetId: params.id, tokenHash: hashShareToken(token), expiresAt });
  });
  const origin = getEnv().NEXT_PUBLIC_APP_URL ?? request.nextUrl.origin;
  return json({ id, token, url: new URL(`/s/${token}`, origin).toString(), expiresAt: expiresAt?.toISOString() ?? null }, { status: 201 });
}, options);

/** The asset's live links: when each was made and when it expires (never the token). */
export const GET = withSession(async ({ user, params }) => {
  const items = await withUser(user.id, async (tx) => {
    await getAssetRowOrThrow(tx, params);
    return listLiveShareLinks(tx, { assetId: params.id });
  });
  return json({ items });
}, options);

/** Every link to the asset stops working. */
export const DELETE = withSession(async ({ user, params }) => {
  await withUser(user.id, async (tx) => {
    await getAssetRowOrThrow(tx, params);
    await revokeShareLinksByAssetId(tx, { assetId: params.id });
  });
  return noContent();
}, options);
