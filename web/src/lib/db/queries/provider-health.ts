import 'server-only';
import type { Tx } from '../types';

export type ProviderHealth = { status: 'healthy' | 'degraded' | 'unhealthy'; lastError: string | null };

/** Readable by any signed-in user (and the service). */
export async function listProviderHealth(tx: Tx): Promise<Map<string, ProviderHealth>> {
  const rows = await tx.query<{ provider: string; status: ProviderHealth['status']; last_error: string | null }>(
    'select provider, status, last_error from public.provider_health',
  );
  return new Map(rows.map((row) => [row.provider, { status: row.status, lastError: row.last_error }]));
}

/** asService, from the workers: a provider failure that was not the caller's fault. */
export async function recordProviderFailure(tx: Tx, params: { provider: string; message: string }): Promise<void> {
  await tx.query(
    `insert into public.provider_health (provider, status, consecutive_failures, last_error, last_failure_at)
     values ($1, 'healthy', 1, $2, now())
     on conflict (provider) do update set
       consecutive_failures = public.provider_health.consecutive_failures + 1,
       status = case
         when public.provider_health.consecutive_failures + 1 >= 5 then 'unhealthy'
         when public.provider_health.consecutive_failures + 1 >= 2 then 'degraded'
         else 'healthy' end,
       last_error = excluded.last_error,
       last_failure_at = now(),
       updated_at = now()`,
    [params.provider, params.message.slice(0, 500)],
  );
}

/** asService, from the workers: a success clears the failure streak. */
export async function recordProviderSuccess(tx: Tx, params: { provider: string }): Promise<void> {
  await tx.query(
    `insert into public.provider_health (provider, status, consecutive_failures, last_success_at)
     values ($1, 'healthy', 0, now())
     on conflict (provider) do update set status = 'healthy', consecutive_failures = 0, last_success_at = now(), updated_at = now()`,
    [params.provider],
  );
}
