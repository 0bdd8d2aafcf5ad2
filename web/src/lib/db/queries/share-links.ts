import 'server-only';
import type { Tx } from '../types';
import type { AssetRow } from './assets';

/** Under withUser: a link to the user's own asset (RLS checks the asset is theirs). */
export async function createShareLink(
  tx: Tx,
  params: { assetId: string; tokenHash: string; expiresAt: Date | null },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into public.share_links (asset_id, token_hash, expires_at) values ($1, $2, $3) returning id`,
    [params.assetId, params.tokenHash, params.expiresAt?.toISOString() ?? null],
  );
  return row!.id;
}

export type ShareLink = { id: string; createdAt: string; expiresAt: string | null };

/** Under withUser: the asset's links that still work (their tokens are not kept, so not shown). */
export async function listLiveShareLinks(tx: Tx, params: { assetId: string }): Promise<ShareLink[]> {
  const rows = await tx.query<{ id: string; created_at: Date | string; expires_at: Date | string | null }>(
    `select id, created_at, expires_at from public.share_links
     where asset_id = $1 and revoked_at is null and (expires_at is null or expires_at > now())
     order by created_at desc, id desc`,
    [params.assetId],
  );
  return rows.map((row) => ({
    id: row.id,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
  }));
}

/** Under withUser: one link stops working; false when the asset has no such live link. */
export async function revokeShareLink(tx: Tx, params: { assetId: string; linkId: string }): Promise<boolean> {
  const rows = await tx.query(
    `update public.share_links set revoked_at = now() where id = $1 and asset_id = $2 and revoked_at is null returning id`,
    [params.linkId, params.assetId],
  );
  return rows.length > 0;
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
