import 'server-only';
import { notFound } from '@/lib/errors';
import type { Asset, ListAssetsQuery } from '@/lib/schemas/asset';
import { SORT_KEY_SQL, decodeCursor, toPage } from '../pagination';
import type { Tx } from '../types';

// Under withUser: RLS limits these to the user's own assets.

export type AssetRow = {
  id: string;
  user_id: string;
  project_id: string;
  generation_id: string | null;
  asset_type: Asset['type'];
  mime_type: string;
  bytes: string | number;
  name: string;
  favorite: boolean;
  width: number | null;
  height: number | null;
  duration_seconds: number | null;
  storage_key: string;
  preview_key: string | null;
  preview_mime_type: string | null;
  peaks: number[] | null;
  created_at: Date | string;
  sort_key: string;
};

const COLUMNS = `a.id, a.user_id, a.project_id, a.generation_id, a.asset_type, a.mime_type, a.bytes, a.name, a.favorite,
  a.width, a.height, a.duration_seconds, a.storage_key, a.preview_key, a.preview_mime_type, a.peaks, a.created_at,
  ${SORT_KEY_SQL.replace('created_at', 'a.created_at')} as sort_key`;

export function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    projectId: row.project_id,
    generationId: row.generation_id,
    type: row.asset_type,
    mimeType: row.mime_type,
    bytes: Number(row.bytes),
    name: row.name,
    favorite: row.favorite,
    width: row.width,
    height: row.height,
    durationSeconds: row.duration_seconds === null ? null : Number(row.duration_seconds),
    hasPreview: row.preview_key !== null,
    peaks: row.peaks,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export async function listAssets(tx: Tx, params: ListAssetsQuery) {
  const after = decodeCursor(params.cursor);
  const pattern = params.q ? `%${params.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;
  const rows = await tx.query<AssetRow>(
    `select ${COLUMNS} from public.assets a
     left join public.generations g on g.id = a.generation_id
     where ($1::uuid is null or a.project_id = $1)
       and ($2::public.asset_type is null or a.asset_type = $2)
       and ($3::boolean is null or a.favorite = $3)
       and ($4::text is null or a.name ilike $4 or g.prompt ilike $4)
       and ($5::timestamptz is null or (a.created_at, a.id) < ($5::timestamptz, $6::uuid))
       and ($8::text is null or g.provider = $8)
       and ($9::public.generation_type is null or g.generation_type = $9::public.generation_type)
     order by a.created_at desc, a.id desc
     limit $7`,
    [
      params.projectId ?? null,
      params.type ?? null,
      params.favorite ?? null,
      pattern,
      after?.createdAt ?? null,
      after?.id ?? null,
      params.limit + 1,
      params.provider ?? null,
      params.generationType ?? null,
    ],
  );
  return toPage(rows, params.limit, toAsset);
}

export async function getAssetRowOrThrow(tx: Tx, params: { id: string }): Promise<AssetRow> {
  const [row] = await tx.query<AssetRow>(`select ${COLUMNS} from public.assets a where a.id = $1`, [params.id]);
  if (!row) throw notFound('Asset', params.id);
  return row;
}

export async function updateAssetOrThrow(tx: Tx, params: { id: string; name?: string; favorite?: boolean }): Promise<Asset> {
  const rows = await tx.query(
    `update public.assets set name = coalesce($2, name), favorite = coalesce($3, favorite) where id = $1 returning id`,
    [params.id, params.name ?? null, params.favorite ?? null],
  );
  if (rows.length === 0) throw notFound('Asset', params.id);
  return toAsset(await getAssetRowOrThrow(tx, params));
}

/** Deletes the row and returns the blob keys the caller must remove. */
export async function deleteAssetOrThrow(tx: Tx, params: { id: string }): Promise<string[]> {
  const [row] = await tx.query<{ storage_key: string; preview_key: string | null }>(
    'delete from public.assets where id = $1 returning storage_key, preview_key',
    [params.id],
  );
  if (!row) throw notFound('Asset', params.id);
  return [row.storage_key, ...(row.preview_key ? [row.preview_key] : [])];
}

/** `ids` as one JSON parameter: the same SQL on PGlite and postgres.js, whatever their array handling. */
const ID_LIST_SQL = 'select value::uuid from jsonb_array_elements_text($1::text::jsonb)';

/** The first of `ids` that `found` lacks, as the 404 a single lookup would give. */
function firstMissing(ids: readonly string[], found: ReadonlySet<string>) {
  const missing = ids.find((id) => !found.has(id.toLowerCase()));
  return missing === undefined ? null : notFound('Asset', missing);
}

/**
 * The rows of every asset in `ids`, in that order; 404 naming the first id that is missing
 * or not the user's (RLS hides those), so one foreign id fails the whole request.
 */
export async function listAssetRowsByIdsOrThrow(tx: Tx, params: { ids: readonly string[] }): Promise<AssetRow[]> {
  const rows = await tx.query<AssetRow>(`select ${COLUMNS} from public.assets a where a.id in (${ID_LIST_SQL})`, [
    JSON.stringify(params.ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = firstMissing(params.ids, new Set(byId.keys()));
  if (missing) throw missing;
  return params.ids.map((id) => byId.get(id.toLowerCase())!);
}

/**
 * Deletes every asset in `ids` and returns their ids and the blob keys the caller must
 * remove. All or nothing: one id that is missing or not the user's throws a 404, and the
 * caller's transaction rolls the other deletes back.
 */
export async function deleteAssetsOrThrow(tx: Tx, params: { ids: readonly string[] }): Promise<{ deletedIds: string[]; keys: string[] }> {
  const rows = await tx.query<{ id: string; storage_key: string; preview_key: string | null }>(
    `delete from public.assets where id in (${ID_LIST_SQL}) returning id, storage_key, preview_key`,
    [JSON.stringify(params.ids)],
  );
  const missing = firstMissing(params.ids, new Set(rows.map((row) => row.id)));
  if (missing) throw missing;
  return {
    deletedIds: params.ids.map((id) => id.toLowerCase()),
    keys: rows.flatMap((row) => [row.storage_key, ...(row.preview_key ? [row.preview_key] : [])]),
  };
}

/** Blob keys of every asset in a project (before the project is deleted). */
export async function listAssetKeysByProjectId(tx: Tx, params: { projectId: string }): Promise<string[]> {
  const rows = await tx.query<{ storage_key: string; preview_key: string | null }>(
    'select storage_key, preview_key from public.assets where project_id = $1',
    [params.projectId],
  );
  return rows.flatMap((row) => [row.storage_key, ...(row.preview_key ? [row.preview_key] : [])]);
}
