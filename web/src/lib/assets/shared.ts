import 'server-only';
import { asService } from '@/lib/db/with-user';
import { getSharedAssetByTokenHash } from '@/lib/db/queries/share-links';
import { hashShareToken, isWellFormedShareToken } from './share-token';

/** The asset behind a live share link, for visitors without an account, or null. */
export async function findSharedAsset(token: string) {
  if (!isWellFormedShareToken(token)) return null;
  // asService: the visitor has no account; the token itself is the permission.
  return asService((tx) => getSharedAssetByTokenHash(tx, { tokenHash: hashShareToken(token) }));
}
