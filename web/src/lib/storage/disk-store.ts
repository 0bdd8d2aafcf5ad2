import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { assertSafeKey, type BlobStore } from './blob-store';

const CHUNK_BYTES = 64 * 1024;

/**
 * Bytes `start` to `end` (exclusive) of a file as a web stream, read a chunk per pull (so a
 * slow client slows the reading) and closed as soon as the reader is done or gives up.
 */
function fileStream(file: string, start: number, end: number): ReadableStream<Uint8Array> {
  let handle: fs.promises.FileHandle | null = null;
  let position = start;
  const release = async () => {
    const open = handle;
    handle = null;
    await open?.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        handle ??= await fs.promises.open(file, 'r');
        const length = Math.min(CHUNK_BYTES, end - position);
        const { bytesRead, buffer } = length > 0 ? await handle.read(Buffer.alloc(length), 0, length, position) : { bytesRead: 0, buffer: null };
        if (bytesRead === 0 || !buffer) {
          await release();
          controller.close();
          return;
        }
        position += bytesRead;
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
      cancel: release,
    },
    { highWaterMark: 1 },
  );
}

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
    return { stream: fileStream(file, range?.start ?? 0, range ? range.end + 1 : size), size };
  }

  async delete(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
