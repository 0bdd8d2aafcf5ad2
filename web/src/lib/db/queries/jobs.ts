import 'server-only';
import type { Tx } from '../types';

// The generation job queue. All asService: only workers touch private.jobs.

export type ClaimedJob = {
  id: string;
  generation_id: string;
  attempts: number;
  interruptions: number;
};

/**
 * Takes the next due job, or one whose worker's lease expired (a crash), with
 * `for update skip locked` so concurrent workers never take the same one.
 */
export async function claimNextJob(tx: Tx, params: { workerId: string; leaseSeconds: number }): Promise<ClaimedJob | null> {
  const [row] = await tx.query<ClaimedJob>(
    `with next as (
       select id, status from private.jobs
       where (status = 'queued' and run_at <= now())
          or (status = 'running' and lease_expires_at < now())
       order by run_at
       limit 1
       for update skip locked
     )
     update private.jobs j set
       status = 'running',
       locked_by = $1,
       lease_expires_at = now() + make_interval(secs => $2),
       attempts = j.attempts + 1,
       interruptions = j.interruptions + case when next.status = 'running' then 1 else 0 end
     from next
     where j.id = next.id
     returning j.id, j.generation_id, j.attempts, j.interruptions`,
    [params.workerId, params.leaseSeconds],
  );
  return row ?? null;
}

/** Extends the lease; false when this worker no longer holds the job. */
export async function renewJobLease(tx: Tx, params: { jobId: string; workerId: string; leaseSeconds: number }): Promise<boolean> {
  const rows = await tx.query(
    `update private.jobs set lease_expires_at = now() + make_interval(secs => $3)
     where id = $1 and locked_by = $2 and status = 'running' returning id`,
    [params.jobId, params.workerId, params.leaseSeconds],
  );
  return rows.length > 0;
}

export async function finishJob(
  tx: Tx,
  params: { jobId: string; workerId: string; status: 'done' | 'failed' | 'canceled'; error?: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update private.jobs set status = $3, lease_expires_at = null, last_error = $4
     where id = $1 and locked_by = $2 and status = 'running' returning id`,
    [params.jobId, params.workerId, params.status, params.error ?? null],
  );
  return rows.length > 0;
}

/** Puts the job back in the queue to run after `delaySeconds` (backoff). */
export async function retryJobLater(
  tx: Tx,
  params: { jobId: string; workerId: string; delaySeconds: number; error: string },
): Promise<boolean> {
  const rows = await tx.query(
    `update private.jobs set status = 'queued', run_at = now() + make_interval(secs => $3), lease_expires_at = null,
       locked_by = null, last_error = $4
     where id = $1 and locked_by = $2 and status = 'running' returning id`,
    [params.jobId, params.workerId, params.delaySeconds, params.error],
  );
  return rows.length > 0;
}

export async function getJobByGenerationId(tx: Tx, params: { generationId: string }) {
  const [row] = await tx.query<{
    id: string;
    status: string;
    attempts: number;
    interruptions: number;
    run_at: Date | string;
    last_error: string | null;
  }>('select id, status, attempts, interruptions, run_at, last_error from private.jobs where generation_id = $1', [params.generationId]);
  return row ?? null;
}

/**
 * A provider says its job is done (a webhook): the generation's job, if it is waiting in the
 * queue, is made due now. A job a worker is polling is woken in that worker's process.
 * Returns whether a generation of ours has that provider request id.
 */
export async function makeProviderJobDue(tx: Tx, params: { provider: string; providerRequestId: string }): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `with target as (
       select id from public.generations where provider = $1 and provider_request_id = $2
     ), due as (
       update private.jobs set run_at = now() where generation_id in (select id from target) and status = 'queued' returning id
     )
     select id from target`,
    [params.provider, params.providerRequestId],
  );
  return rows.length > 0;
}
