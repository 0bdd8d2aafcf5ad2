import 'server-only';
import { AppError } from '@/lib/errors';
import { MemorySlidingWindow, type EventLimiter } from './sliding-window';

/**
 * Failed logins are throttled per email (guessing one account's password) and per IP
 * (trying many accounts). Only failures count; a success clears the email's count.
 */
const FIFTEEN_MINUTES = 15 * 60 * 1000;

type Limiters = { byEmail: EventLimiter; byIp: EventLimiter };

const globalForThrottle = globalThis as unknown as { medialabLoginThrottle?: Limiters };

function limiters(): Limiters {
  globalForThrottle.medialabLoginThrottle ??= {
    byEmail: new MemorySlidingWindow({ limit: 5, windowMs: FIFTEEN_MINUTES }),
    byIp: new MemorySlidingWindow({ limit: 20, windowMs: FIFTEEN_MINUTES }),
  };
  return globalForThrottle.medialabLoginThrottle;
}

export async function assertLoginAllowed(params: { email: string; ip: string }): Promise<void> {
  const { byEmail, byIp } = limiters();
  const wait = Math.max(await byEmail.retryAfterSeconds(params.email), await byIp.retryAfterSeconds(params.ip));
  if (wait > 0) {
    throw new AppError(
      'rate_limited',
      `Too many failed logins. Try again in ${wait < 60 ? `${wait} seconds` : `${Math.ceil(wait / 60)} minutes`}.`,
      { retryAfterSeconds: wait },
      { 'Retry-After': String(wait) },
    );
  }
}

export async function recordLoginFailure(params: { email: string; ip: string }): Promise<void> {
  const { byEmail, byIp } = limiters();
  await Promise.all([byEmail.record(params.email), byIp.record(params.ip)]);
}

export async function recordLoginSuccess(params: { email: string }): Promise<void> {
  await limiters().byEmail.reset(params.email);
}

/** For tests: forget every count. */
export function resetLoginThrottle(): void {
  globalForThrottle.medialabLoginThrottle = undefined;
}
