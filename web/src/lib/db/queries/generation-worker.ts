import 'server-only';
import type { Tx } from '../types';

// Writes the workers make to generations and assets (asService: no user is present).

export async function markGenerationRunning(tx: Tx, params: { id: string }): Promise<void> {
  await tx.query(
    `update public.generations set status = 'running', started_at = coalesce(started_at, now()), progress = coalesce(progress, 0),
       -- A streamed text that is tried again streams from the start.
       output_text = null
     where id = $1 and status in ('queued', 'running')`,
    [params.id],
  );
}

export async function setGenerationProgress(tx: Tx, params: { id: string; progress: number }): Promise<void> {
  await tx.query(`update public.generations set progress = $2 where id = $1 and status = 'running'`, [
    params.id,
    Math.max(0, Math.min(1, params.progress)),
  ]);
}

export async function appendGenerationText(tx: Tx, params: { id: string; text: string }): Promise<void> {
  await tx.query(`update public.generations set output_text = coalesce(output_text, '') || $2 where id = $1`, [params.id, params.text]);
}

export async function setProviderRequestId(tx: Tx, params: { id: string; providerRequestId: string }): Promise<void> {
  await tx.query(`update public.generations set provider_request_id = $2 where id = $1`, [params.id, params.providerRequestId]);
}

export async function isCancelRequested(tx: Tx, params: { id: string }): Promise<boolean> {
  const [row] = await tx.query<{ requested: boolean }>(
    `select cancel_requested_at is not null as requested from public.generations where id = $1`,
    [params.id],
  );
  return row?.requested ?? true;
}

export async function finishGeneration(
  tx: Tx,
  params: {
    id: string;
    status: 'succeeded' | 'failed' | 'canceled';
    error?: { code: string; message: string };
    actualCostUsd?: number | null;
    usage?: unknown;
  },
): Promise<void> {
  await tx.query(
    `update public.generations set status = $2::public.generation_status, error = $3::text::jsonb, actual_cost_usd = $4, usage = $5::text::jsonb,
       progress = case when $2::public.generation_status = 'succeeded' then 1 else progress end, finished_at = now()
     where id = $1`,
    [
      params.id,
      params.status,
      params.error ? JSON.stringify(params.error) : null,
      params.actualCostUsd ?? null,
      params.usage === undefined ? null : JSON.stringify(params.usage),
    ],
  );
}

export async function insertAsset(
  tx: Tx,
  params: {
    id: string;
    userId: string;
    projectId: string;
    generationId: string;
    type: 'image' | 'video' | 'audio' | 'text';
    mimeType: string;
    bytes: number;
    name: string;
    width?: number;
    height?: number;
    durationSeconds?: number;
    storageKey: string;
    previewKey?: string;
    previewMimeType?: string;
    peaks?: number[];
  },
): Promise<void> {
  await tx.query(
    `insert into public.assets (id, user_id, project_id, generation_id, asset_type, mime_type, bytes, name, width, height,
       duration_seconds, storage_key, preview_key, preview_mime_type, peaks)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text::jsonb)`,
    [
      params.id,
      params.userId,
      params.projectId,
      params.generationId,
      params.type,
      params.mimeType,
      params.bytes,
      params.name,
      params.width ?? null,
      params.height ?? null,
      params.durationSeconds ?? null,
      params.storageKey,
      params.previewKey ?? null,
      params.previewMimeType ?? null,
      params.peaks ? JSON.stringify(params.peaks) : null,
    ],
  );
}
