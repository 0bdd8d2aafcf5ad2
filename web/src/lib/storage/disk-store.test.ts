import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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

  it('answers null for a key with nothing stored, and refuses keys that leave the store', async () => {
    expect(await store.get('user/project/none/original')).toBeNull();
    await expect(store.get('../outside')).rejects.toThrow();
  });
});
