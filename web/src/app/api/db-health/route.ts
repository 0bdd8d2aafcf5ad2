import { json, withPublic } from '@/lib/http';
import { checkDatabase } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

/** Readiness: a round trip to the database, or 503. */
export const GET = withPublic(async ({ logger }) => {
  const result = await checkDatabase();
  if (!result.ok) {
    logger.warn({ reason: result.reason }, 'database health check failed');
    return json(
      { status: 'unavailable', error: { code: 'service_unavailable', message: 'The database is unreachable.' } },
      { status: 503, headers: { 'Retry-After': '5' } },
    );
  }
  return json({ status: 'ok', latencyMs: result.latencyMs });
});
