import 'server-only';
import { AppError } from '@/lib/errors';
import { MemorySlidingWindow, type EventLimiter } from './sliding-window';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

type Limiters = { byKey: EventLimiter; byIp: EventLimiter };

const globalForThrottles = globalThis as unknown as { medialabFailureThrottles?: Map<string, Limiters> };

/**
 * Failed attempts at a secret, throttled per key (guessing one account's password: 5 in 15
 * minutes) and per IP (trying many accounts: 20 in 15 minutes). Only failures count; a
 * success clears the key's count. `failures` names them in the 429's message.
 */
export function failureThrottle(name: string, failures: string) {
  const limiters = (): Limiters => {
    globalForThrottles.medialabFailureThrottles ??= new Map();
    let found = globalForThrottles.medialabFailureThrottles.get(name);
    if (!found) {
      found = {
        byKey: new MemorySlidingWindow({ limit: 5, windowMs: FIFTEEN_MINUTES }),
        byIp: new MemorySlidingWindow({ limit: 20, windowMs: FIFTEEN_MINUTES }),
      };
      globalForThrottles.medialabFailureThrottles.set(name, found);
    }
    return found;
  };
  return {
    async assertAllowed(params: { key: string; ip: string }): Promise<void> {
      const { byKey, byIp } = limiters();
      const wait = Math.max(await byKey.retryAfterSeconds(params.key), await byIp.retryAfterSeconds(params.ip));
      if (wait > 0) {
        throw new AppError(
          'rate_limited',
          `Too many ${failures}. Try again in ${wait < 60 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`,
          { retryAfterSeconds: wait },
          { 'Retry-After': String(wait) },
        );
      }
    },
    async recordFailure(params: { key: string; ip: string }): Promise<void> {
      const { byKey, byIp } = limiters();
      await Promise.all([byKey.record(params.key), byIp.record(params.ip)]);
    },
    async recordSuccess(params: { key: string }): Promise<void> {
      await limiters().byKey.reset(params.key);
    },
    /** For tests: forget every count. */
    reset(): void {
      globalForThrottles.medialabFailureThrottles?.delete(name);
    },
  };
}
