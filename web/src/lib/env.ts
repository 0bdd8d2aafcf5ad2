import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The typed environment. Nothing else reads `process.env`: a wrong value stops the
 * start with the variable's name and what it expects. An empty string counts as unset.
 */

const optionalString = z.string().min(1).optional();
const optionalUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional();
const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1')
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce
    .number({ error: 'expected a port number' })
    .int('expected a whole port number')
    .min(1, 'expected a port between 1 and 65535')
    .max(65535, 'expected a port between 1 and 65535')
    .default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Everything the embedded default writes (PGlite data, blobs, generated secrets). */
  MEDIALAB_DATA_DIR: optionalString,
  /** A PostgreSQL server instead of the embedded PGlite, e.g. Supabase's pooler URL. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// connection URL')
    .optional(),
  /** Connections per process to DATABASE_URL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  NEXT_PUBLIC_APP_URL: optionalUrl,
  /** Secure cookies: on in production unless set to false (e.g. plain http on a LAN). */
  COOKIE_SECURE: booleanFlag,
  /** Run a generation worker inside each server process (turn off where separate workers or cron drain the queue). */
  MEDIALAB_INPROCESS_WORKER: booleanFlag,
  /** Days a login session lasts. */
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),

  // Production services (see docs/deployment.md). Validated now so that a typo is caught
  // at start, not on the first request that needs them.
  NEXT_PUBLIC_SUPABASE_URL: optionalUrl,
  NEXT_PUBLIC_SUPABASE_ANON_KEY: optionalString,
  SUPABASE_SERVICE_KEY: optionalString,
  ENCRYPTION_MASTER_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex characters (openssl rand -hex 32)')
    .optional(),
  ENCRYPTION_MASTER_KEY_PREVIOUS: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex characters (openssl rand -hex 32)')
    .optional(),
  /** Let provider base URLs reach private, loopback and link-local addresses (a local Ollama or LM Studio). */
  ALLOW_PRIVATE_PROVIDER_URLS: booleanFlag.default(false),
  /** Where fal's webhook signing keys are fetched (fal's JWKS by default). */
  FAL_WEBHOOK_JWKS_URL: optionalUrl,
  SENDGRID_API_KEY: optionalString,
  SENDGRID_FROM_EMAIL: z.email({ error: 'expected an email address' }).optional(),
  SENTRY_DSN: optionalUrl,
  NEXT_PUBLIC_POSTHOG_KEY: optionalString,
  NEXT_PUBLIC_GA_ID: optionalString,
  UPSTASH_REDIS_REST_URL: optionalUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalString,
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(100),
  RATE_LIMIT_WINDOW_MS: z.coerce.number().int().min(1000).default(60_000),
});

export type Env = z.infer<typeof envSchema> & {
  /** Absolute path of the data directory. */
  dataDir: string;
  /** Which database the process talks to. */
  databaseMode: 'pglite' | 'postgres';
  secureCookies: boolean;
  /**
   * Production on a PostgreSQL server must be given ENCRYPTION_MASTER_KEY; elsewhere the
   * embedded default generates one into the data directory.
   */
  requiresMasterKey: boolean;
};

export class EnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid environment:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** The repository root: the nearest folder upwards whose package.json declares workspaces. */
export function findRepositoryRoot(start: string): string {
  let directory = path.resolve(start);
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        const parsed = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { workspaces?: unknown };
        if (parsed.workspaces) return directory;
      } catch {
        // Not JSON we can read: keep walking up.
      }
    }
    const parent = path.dirname(directory);
    if (parent === directory) return path.resolve(start);
    directory = parent;
  }
}

/** Parses an environment object; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>, cwd = process.cwd()): Env {
  const cleaned: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value.trim() !== '') cleaned[key] = value.trim();
  }
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const shown = name in cleaned && !/KEY|TOKEN|SECRET|PASSWORD|DATABASE_URL/.test(name) ? ` (got "${cleaned[name]}")` : '';
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const parsed = result.data;
  const dataDir = path.resolve(/* turbopackIgnore: true */ parsed.MEDIALAB_DATA_DIR ?? path.join(findRepositoryRoot(cwd), '.data'));
  return {
    ...parsed,
    dataDir,
    databaseMode: parsed.DATABASE_URL ? 'postgres' : 'pglite',
    secureCookies: parsed.COOKIE_SECURE ?? parsed.NODE_ENV === 'production',
    requiresMasterKey: parsed.NODE_ENV === 'production' && Boolean(parsed.DATABASE_URL),
  };
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
