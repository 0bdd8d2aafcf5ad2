import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { assertSafeKey, type BlobStore } from './blob-store';

/** Blobs as files under a directory; writes go to a temp file first, then rename. */
export class DiskBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertSafeKey(key);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.promises.writeFile(temporary, data);
    await fs.promises.rename(temporary, target);
  }

  async get(key: string, range?: { start: number; end: number }) {
    const file = this.pathOf(key);
    let size: number;
    try {
      size = (await fs.promises.stat(file)).size;
    } catch {
      return null;
    }
    const nodeStream = fs.createReadStream(file, range ? { start: range.start, end: range.end } : undefined);
    return { stream: Readable.toWeb(nodeStream) as ReadableStream<Uint8Array>, size };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
