import 'server-only';
import type { Tx } from '../types';
import type { AssetRow } from './assets';

/** Under withUser: a link to the user's own asset (RLS checks the asset is theirs). */
export async function createShareLink(
  tx: Tx,
  params: { assetId: string; tokenHash: string; expiresAt: Date | null },
): Promise<void> {
  await tx.query(`insert into public.share_links (asset_id, token_hash, expires_at) values ($1, $2, $3)`, [
    params.assetId,
    params.tokenHash,
    params.expiresAt?.toISOString() ?? null,
  ]);
}

/** Under withUser: every live link to the asset stops working. */
export async function revokeShareLinksByAssetId(tx: Tx, params: { assetId: string }): Promise<number> {
  const rows = await tx.query(`update public.share_links set revoked_at = now() where asset_id = $1 and revoked_at is null returning id`, [
    params.assetId,
  ]);
  return rows.length;
}

/**
 * asService: the public side of a share link, for visitors without an account. Only a
 * live (not revoked, not expired) link's asset comes back.
 */
export async function getSharedAssetByTokenHash(
  tx: Tx,
  params: { tokenHash: string },
): Promise<(AssetRow & { prompt: string | null }) | null> {
  const [row] = await tx.query<AssetRow & { prompt: string | null }>(
    `select a.id, a.user_id, a.project_id, a.generation_id, a.asset_type, a.mime_type, a.bytes, a.name, a.favorite,
       a.width, a.height, a.duration_seconds, a.storage_key, a.preview_key, a.preview_mime_type, a.peaks, a.created_at,
       '' as sort_key, g.prompt
     from public.share_links s
     join public.assets a on a.id = s.asset_id
     left join public.generations g on g.id = a.generation_id
     where s.token_hash = $1 and s.revoked_at is null and (s.expires_at is null or s.expires_at > now())`,
    [params.tokenHash],
  );
  return row ?? null;
}
