import 'server-only';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import type { BlobStore } from './blob-store';
import { DiskBlobStore } from './disk-store';

const globalForStorage = globalThis as unknown as { medialabBlobStore?: BlobStore };

/** The process's blob store (disk under the data dir; Supabase Storage comes with production). */
export function getBlobStore(): BlobStore {
  globalForStorage.medialabBlobStore ??= new DiskBlobStore(path.join(getEnv().dataDir, 'storage'));
  return globalForStorage.medialabBlobStore;
}

export type { BlobStore } from './blob-store';
