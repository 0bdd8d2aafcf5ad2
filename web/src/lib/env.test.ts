import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, findRepositoryRoot, parseEnv } from './env';

const root = findRepositoryRoot(process.cwd());

function issuesOf(source: Record<string, string>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.issues;
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  it('needs no configuration: embedded database in .data at the repository root, port 3000', () => {
    const env = parseEnv({});
    expect(env.databaseMode).toBe('pglite');
    expect(env.dataDir).toBe(path.join(root, '.data'));
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.secureCookies).toBe(false);
  });

  it('finds the repository root from inside the web workspace', () => {
    expect(findRepositoryRoot(path.join(root, 'web', 'src'))).toBe(root);
  });

  it('treats empty strings as unset', () => {
    const env = parseEnv({ DATABASE_URL: '', PORT: '  ', MEDIALAB_DATA_DIR: '' });
    expect(env.databaseMode).toBe('pglite');
    expect(env.PORT).toBe(3000);
  });

  it('switches to a PostgreSQL server with DATABASE_URL and honours the data dir and port', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u:p@db:5432/x', MEDIALAB_DATA_DIR: '/tmp/ml', PORT: '4100' });
    expect(env.databaseMode).toBe('postgres');
    expect(env.dataDir).toBe('/tmp/ml');
    expect(env.PORT).toBe(4100);
  });

  it('uses Secure cookies in production unless told not to', () => {
    expect(parseEnv({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(parseEnv({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).secureCookies).toBe(false);
  });

  it('names every wrong variable and what it expects, without echoing secrets', () => {
    const issues = issuesOf({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://root:secret@db/x',
      ENCRYPTION_MASTER_KEY: 'tooshort',
      NEXT_PUBLIC_APP_URL: 'ftp://example.com',
    });
    expect(issues).toHaveLength(5);
    expect(issues.find((issue) => issue.startsWith('PORT:'))).toMatch(/expected a port number.*"eighty"/);
    expect(issues.find((issue) => issue.startsWith('LOG_LEVEL:'))).toMatch(/"loud"/);
    expect(issues.find((issue) => issue.startsWith('DATABASE_URL:'))).toBe(
      'DATABASE_URL: expected a postgres:// or postgresql:// connection URL',
    );
    expect(issues.find((issue) => issue.startsWith('ENCRYPTION_MASTER_KEY:'))).toBe(
      'ENCRYPTION_MASTER_KEY: expected 64 hex characters (openssl rand -hex 32)',
    );
    expect(issues.find((issue) => issue.startsWith('NEXT_PUBLIC_APP_URL:'))).toMatch(/expected an http\(s\) URL/);
    expect(issues.join('\n')).not.toContain('secret');
  });

  it('refuses a port out of range', () => {
    expect(issuesOf({ PORT: '70000' })).toEqual(['PORT: expected a port between 1 and 65535 (got "70000")']);
  });
});
