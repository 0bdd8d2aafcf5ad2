import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against a production build (`next build` + `next start`) with a fresh
 * embedded database. The build goes to .next-e2e so it can sit beside a dev server's .next.
 */
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://localhost:${port}`;

// The config is evaluated again in every worker process: reuse the main process's data
// directory (workers inherit its environment) instead of creating one each time.
// tests/global-teardown.ts removes it.
process.env.MEDIALAB_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'medialab-e2e-'));
const dataDir = process.env.MEDIALAB_E2E_DATA_DIR;

// E2E_DIST_DIR lets two runs (on two E2E_PORTs) build side by side.
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';
const distEnv = `NEXT_DIST_DIR=${distDir}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // One retry: the server is restarted if it crashes (scripts/start.mjs, as `npm start`), and
  // the test that was running then gets a second go. Playwright lists such tests as flaky.
  retries: 1,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // The machines running this have no internet: keep Chromium from calling home.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  globalTeardown: './tests/global-teardown.ts',
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `${distEnv} npx next build && ${distEnv} node scripts/start.mjs -p ${port}`,
    url: `${baseURL}/api/health`,
    // A production build: minutes on a small, busy machine.
    timeout: 900_000,
    reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NEXT_DIST_DIR: distDir,
      // The settings tests add an OpenAI-compatible server on 127.0.0.1 (a stub).
      ALLOW_PRIVATE_PROVIDER_URLS: 'true',
      MEDIALAB_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
