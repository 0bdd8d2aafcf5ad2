import 'server-only';
import { getDb } from './client';

const TIMEOUT_MS = 3000;

/** One `select 1` round trip, bounded in time. Never throws. */
export async function checkDatabase(): Promise<{ ok: true; latencyMs: number } | { ok: false; reason: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    await Promise.race([getDb().then((db) => db.query('select 1')), timeout]);
    return { ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
