import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Removes the throwaway data directory playwright.config.ts made for the e2e server. */
export default function globalTeardown(): void {
  const directory = process.env.MEDIALAB_E2E_DATA_DIR;
  if (!directory) return;
  const resolved = path.resolve(directory);
  // Only ever a directory the config created.
  if (path.dirname(resolved) !== path.resolve(os.tmpdir()) || !path.basename(resolved).startsWith('medialab-e2e-')) return;
  fs.rmSync(resolved, { recursive: true, force: true });
}
