import 'server-only';
import type { Tx } from '../types';
import type { Analytics, AnalyticsQuery } from '@/lib/schemas/analytics';

// Under withUser: RLS keeps every figure to the user's own generations. Days are UTC.

const RANGE = `g.created_at >= $1::date and g.created_at < ($2::date + 1) and ($3::uuid is null or g.project_id = $3::uuid)`;
const LATENCY_MS = `extract(epoch from (g.finished_at - g.started_at)) * 1000`;

const num = (value: string | number | null): number => (value === null ? 0 : Number(value));
const ms = (value: string | number | null): number | null => (value === null ? null : Math.round(Number(value)));

type CountRow = {
  generations: string;
  succeeded: string;
  failed: string;
  canceled: string;
  spent: string | null;
  unknown_cost: string;
  p50: string | null;
  p95: string | null;
};

const COUNTS = `count(*) as generations,
  count(*) filter (where g.status = 'succeeded') as succeeded,
  count(*) filter (where g.status = 'failed') as failed,
  count(*) filter (where g.status = 'canceled') as canceled,
  sum(g.actual_cost_usd) as spent,
  count(*) filter (where g.status = 'succeeded' and g.actual_cost_usd is null) as unknown_cost,
  percentile_cont(0.5) within group (order by ${LATENCY_MS}) filter (where g.status = 'succeeded') as p50,
  percentile_cont(0.95) within group (order by ${LATENCY_MS}) filter (where g.status = 'succeeded') as p95`;

export async function getAnalytics(tx: Tx, query: AnalyticsQuery): Promise<Analytics> {
  const params = [query.from, query.to, query.projectId ?? null];
  const [totals] = await tx.query<CountRow>(`select ${COUNTS} from public.generations g where ${RANGE}`, params);
  const days = await tx.query<{ day: string; spent: string | null; generations: string }>(
    `select to_char(d.day, 'YYYY-MM-DD') as day, sum(g.actual_cost_usd) as spent, count(g.id) as generations
     from generate_series($1::date, $2::date, interval '1 day') as d(day)
     left join public.generations g
       on g.created_at >= d.day and g.created_at < d.day + interval '1 day' and ($3::uuid is null or g.project_id = $3::uuid)
     group by d.day order by d.day`,
    params,
  );
  const models = await tx.query<CountRow & { provider: string; model: string; generation_type: string }>(
    `select g.provider, g.model, g.generation_type::text as generation_type, ${COUNTS}
     from public.generations g where ${RANGE}
     group by g.provider, g.model, g.generation_type
     order by sum(g.actual_cost_usd) desc nulls last, count(*) desc, g.provider, g.model`,
    params,
  );
  const failures = await tx.query<{ code: string; count: string }>(
    `select coalesce(g.error->>'code', 'unknown') as code, count(*) as count
     from public.generations g where ${RANGE} and g.status = 'failed'
     group by 1 order by count(*) desc, 1`,
    params,
  );
  const finished = num(totals!.succeeded) + num(totals!.failed);
  return {
    from: query.from,
    to: query.to,
    projectId: query.projectId ?? null,
    totals: {
      generations: num(totals!.generations),
      succeeded: num(totals!.succeeded),
      failed: num(totals!.failed),
      canceled: num(totals!.canceled),
      successRate: finished === 0 ? null : num(totals!.succeeded) / finished,
      spentUsd: num(totals!.spent),
      unknownCost: num(totals!.unknown_cost),
      latencyP50Ms: ms(totals!.p50),
      latencyP95Ms: ms(totals!.p95),
    },
    spendByDay: days.map((row) => ({ day: row.day, spentUsd: num(row.spent), generations: num(row.generations) })),
    byModel: models.map((row) => ({
      provider: row.provider,
      model: row.model,
      generationType: row.generation_type,
      generations: num(row.generations),
      succeeded: num(row.succeeded),
      failed: num(row.failed),
      spentUsd: num(row.spent),
      unknownCost: num(row.unknown_cost),
      latencyP50Ms: ms(row.p50),
      latencyP95Ms: ms(row.p95),
    })),
    failuresByReason: failures.map((row) => ({ code: row.code, count: num(row.count) })),
  };
}
