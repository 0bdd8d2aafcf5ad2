import 'server-only';
import { notFound } from '@/lib/errors';
import type { Generation } from '@/lib/schemas/generation';
import { SORT_KEY_SQL, decodeCursor, toPage } from '../pagination';
import type { Tx } from '../types';

// Under withUser, RLS limits these to the user's own generations; the worker uses the
// same readers under asService.

export type GenerationRow = {
  id: string;
  user_id: string;
  project_id: string;
  generation_type: Generation['generationType'];
  provider: string;
  model: string;
  prompt: string;
  parameters: Record<string, unknown>;
  status: Generation['status'];
  progress: number | null;
  error: { code: string; message: string } | null;
  estimated_cost_usd: string | number | null;
  actual_cost_usd: string | number | null;
  output_text: string | null;
  provider_request_id: string | null;
  cancel_requested_at: Date | string | null;
  asset_ids: string[] | null;
  created_at: Date | string;
  started_at: Date | string | null;
  finished_at: Date | string | null;
  sort_key: string;
};

const COLUMNS = `g.id, g.user_id, g.project_id, g.generation_type, g.provider, g.model, g.prompt, g.parameters,
  g.status, g.progress, g.error, g.estimated_cost_usd, g.actual_cost_usd, g.output_text, g.provider_request_id,
  g.cancel_requested_at, g.created_at, g.started_at, g.finished_at,
  ${SORT_KEY_SQL.replace('created_at', 'g.created_at')} as sort_key,
  array(select a.id from public.assets a where a.generation_id = g.id order by a.created_at) as asset_ids`;

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const money = (value: string | number | null) => (value === null ? null : Number(value));

export function toGeneration(row: GenerationRow): Generation {
  return {
    id: row.id,
    projectId: row.project_id,
    generationType: row.generation_type,
    provider: row.provider,
    model: row.model,
    prompt: row.prompt,
    parameters: row.parameters,
    status: row.status,
    progress: row.progress === null ? null : Number(row.progress),
    error: row.error,
    estimatedCostUsd: money(row.estimated_cost_usd),
    actualCostUsd: money(row.actual_cost_usd),
    outputText: row.output_text,
    assetIds: row.asset_ids ?? [],
    createdAt: iso(row.created_at)!,
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

export async function insertGeneration(
  tx: Tx,
  params: {
    userId: string;
    projectId: string;
    generationType: string;
    provider: string;
    model: string;
    prompt: string;
    parameters: Record<string, unknown>;
    estimatedCostUsd: number | null;
    idempotencyKey: string | null;
  },
): Promise<GenerationRow | null> {
  const [row] = await tx.query<{ id: string }>(
    `insert into public.generations
       (user_id, project_id, generation_type, provider, model, prompt, parameters, estimated_cost_usd, idempotency_key)
     values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9)
     on conflict (user_id, idempotency_key) do nothing
     returning id`,
    [
      params.userId,
      params.projectId,
      params.generationType,
      params.provider,
      params.model,
      params.prompt,
      JSON.stringify(params.parameters),
      params.estimatedCostUsd,
      params.idempotencyKey,
    ],
  );
  return row ? getGenerationRowOrThrow(tx, { id: row.id }) : null;
}

export async function getGenerationByIdempotencyKey(tx: Tx, params: { userId: string; key: string }) {
  const [row] = await tx.query<GenerationRow>(
    `select ${COLUMNS} from public.generations g where g.user_id = $1 and g.idempotency_key = $2`,
    [params.userId, params.key],
  );
  return row ?? null;
}

export async function getGenerationRowOrThrow(tx: Tx, params: { id: string }): Promise<GenerationRow> {
  const [row] = await tx.query<GenerationRow>(`select ${COLUMNS} from public.generations g where g.id = $1`, [params.id]);
  if (!row) throw notFound('Generation', params.id);
  return row;
}

export async function listGenerations(
  tx: Tx,
  params: { limit: number; cursor?: string; projectId?: string; type?: string; status?: string[] },
) {
  const after = decodeCursor(params.cursor);
  const rows = await tx.query<GenerationRow>(
    `select ${COLUMNS} from public.generations g
     where ($1::uuid is null or g.project_id = $1)
       and ($2::timestamptz is null or (g.created_at, g.id) < ($2::timestamptz, $3::uuid))
       and ($5::public.generation_type is null or g.generation_type = $5::public.generation_type)
       and ($6::text is null or g.status::text = any(string_to_array($6::text, ',')))
     order by g.created_at desc, g.id desc
     limit $4`,
    [params.projectId ?? null, after?.createdAt ?? null, after?.id ?? null, params.limit + 1, params.type ?? null, params.status?.join(',') ?? null],
  );
  return toPage(rows, params.limit, toGeneration);
}

/** Asks for a cancel; a queued generation is cancelled at once by a trigger. */
export async function requestGenerationCancel(tx: Tx, params: { id: string }): Promise<GenerationRow> {
  const rows = await tx.query(
    `update public.generations set cancel_requested_at = now()
     where id = $1 and cancel_requested_at is null and status in ('queued', 'running')
     returning id`,
    [params.id],
  );
  void rows;
  return getGenerationRowOrThrow(tx, params);
}

/** Spend in the current calendar month (UTC): actual cost where known, else the estimate. */
export async function getMonthSpend(tx: Tx, params: { projectId?: string }): Promise<number> {
  const [row] = await tx.query<{ spend: string | number }>(
    `select coalesce(sum(coalesce(actual_cost_usd, estimated_cost_usd, 0)), 0) as spend
     from public.generations
     where created_at >= date_trunc('month', now() at time zone 'utc') at time zone 'utc'
       and status not in ('failed', 'canceled')
       and ($1::uuid is null or project_id = $1)`,
    [params.projectId ?? null],
  );
  return Number(row?.spend ?? 0);
}
