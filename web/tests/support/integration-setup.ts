import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

// Each test file (its own process) gets its own embedded database, unless the run is
// against a PostgreSQL server.
if (!process.env.DATABASE_URL && !process.env.MEDIALAB_DATA_DIR) {
  process.env.MEDIALAB_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'medialab-test-'));
}
process.env.LOG_LEVEL ??= 'silent';

afterAll(async () => {
  const { closeDb } = await import('@/lib/db/client');
  await closeDb();
});
