import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { assertSafeKey, type BlobStore } from './blob-store';

const CHUNK_BYTES = 64 * 1024;
/** A reader that has not asked for more in this long has most likely gone (a player seeking elsewhere). */
const IDLE_CLOSE_MS = 15_000;

/**
 * Bytes `start` to `end` (exclusive) of a file as a web stream, read a chunk per pull (so a
 * slow client slows the reading). The file is open only while it is being read: it closes
 * at the end, when the reader cancels, and when the reader goes quiet — a reader the server
 * drops without cancelling must not hold a file open — and opens again if it comes back.
 */
function fileStream(file: string, start: number, end: number): ReadableStream<Uint8Array> {
  let handle: fs.promises.FileHandle | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let position = start;
  let cancelled = false;
  const release = async () => {
    clearTimeout(idle);
    const open = handle;
    handle = null;
    await open?.close();
  };
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        clearTimeout(idle);
        const length = Math.min(CHUNK_BYTES, end - position);
        let bytesRead = 0;
        let buffer = Buffer.alloc(0);
        if (length > 0) {
          handle ??= await fs.promises.open(file, 'r');
          if (!cancelled) ({ bytesRead, buffer } = await handle.read(Buffer.alloc(length), 0, length, position));
          // Cancelled while opening or reading: this pull's answer is not wanted.
          if (cancelled) return release();
        }
        if (bytesRead === 0) {
          await release();
          controller.close();
          return;
        }
        position += bytesRead;
        idle = setTimeout(() => void release(), IDLE_CLOSE_MS);
        idle.unref();
        controller.enqueue(new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead));
      },
      cancel: () => {
        cancelled = true;
        return release();
      },
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
