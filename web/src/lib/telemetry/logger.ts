import 'server-only';
import pino from 'pino';
import { getEnv } from '@/lib/env';

/**
 * Structured JSON logs on stdout, one object a line, at `LOG_LEVEL`. Secrets are
 * redacted by key wherever they appear, so a careless `logger.info({ body })` cannot
 * leak a password, a token or an API key.
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'apiKey',
  'token',
  'secret',
  'authorization',
  'cookie',
  'encryptedKey',
  'DATABASE_URL',
];

function createLogger() {
  const env = getEnv();
  return pino({
    level: env.LOG_LEVEL,
    base: { service: 'medialab' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: '[redacted]',
    },
  });
}

type Logger = ReturnType<typeof createLogger>;

const globalForLogger = globalThis as unknown as { medialabLogger?: Logger };

export function getLogger(): Logger {
  globalForLogger.medialabLogger ??= createLogger();
  return globalForLogger.medialabLogger;
}

export type { Logger };
