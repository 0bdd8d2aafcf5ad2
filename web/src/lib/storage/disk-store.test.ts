import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DiskBlobStore } from './disk-store';

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

describe('DiskBlobStore', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'disk-store-'));
  const store = new DiskBlobStore(root);
  // Several chunks' worth, each byte its offset modulo 251, so any misplaced byte shows.
  const data = Buffer.from(Array.from({ length: 200_000 }, (_, index) => index % 251));

  it('gives back what was put, and its size', async () => {
    await store.put('user/project/asset/original', data);
    const blob = await store.get('user/project/asset/original');
    expect(blob?.size).toBe(data.length);
    expect((await bytes(blob!.stream)).equals(data)).toBe(true);
  });

  it('reads a byte range, both ends included, across chunk edges', async () => {
    const blob = await store.get('user/project/asset/original', { start: 65_530, end: 131_080 });
    expect(blob?.size).toBe(data.length);
    expect((await bytes(blob!.stream)).equals(data.subarray(65_530, 131_081))).toBe(true);
  });

  it('lets a reader stop early, and still reads and deletes the file after', async () => {
    const blob = await store.get('user/project/asset/original');
    const reader = blob!.stream.getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    await reader.cancel();
    expect((await bytes((await store.get('user/project/asset/original'))!.stream)).length).toBe(data.length);
    await store.delete('user/project/asset/original');
    expect(await store.get('user/project/asset/original')).toBeNull();
  });

  it('closes the file of a reader that stops asking without cancelling, and reopens it if it comes back', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    await store.put('user/project/asset/idle', data);
    const before = openFiles();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const reader = (await store.get('user/project/asset/idle'))!.stream.getReader();
      const first = (await reader.read()).value!;
      expect(openFiles()).toBe(before + 1);
      // The stream may still be reading ahead in the background: let the quiet time pass after it.
      await vi.waitFor(async () => {
        await vi.advanceTimersByTimeAsync(15_000);
        expect(openFiles()).toBe(before);
      });
      const second = (await reader.read()).value!;
      expect(Buffer.from(second).equals(data.subarray(first.length, first.length + second.length))).toBe(true);
      await reader.cancel();
      // A read-ahead still under way when the reader cancelled closes the file as it ends.
      await vi.waitFor(() => expect(openFiles()).toBe(before));
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers null for a key with nothing stored, and refuses keys that leave the store', async () => {
    expect(await store.get('user/project/none/original')).toBeNull();
    await expect(store.get('../outside')).rejects.toThrow();
  });
});
