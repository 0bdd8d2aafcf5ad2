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
  'ENCRYPTION_MASTER_KEY',
  'ENCRYPTION_MASTER_KEY_PREVIOUS',
  'masterKey',
  'dataKey',
  'token',
  'secret',
  'authorization',
  'cookie',
  'encryptedKey',
  'DATABASE_URL',
];

/** A JSON logger at `level`, writing to stdout unless a destination is given (tests). */
export function createLogger(level: string, destination?: pino.DestinationStream) {
  return pino({
    level,
    base: { service: 'medialab' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: {
      paths: REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]),
      censor: '[redacted]',
    },
  }, destination);
}

type Logger = ReturnType<typeof createLogger>;

const globalForLogger = globalThis as unknown as { medialabLogger?: Logger };

export function getLogger(): Logger {
  globalForLogger.medialabLogger ??= createLogger(getEnv().LOG_LEVEL);
  return globalForLogger.medialabLogger;
}

export type { Logger };
