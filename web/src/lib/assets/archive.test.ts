import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { BlobStore } from '@/lib/storage/blob-store';
import { archiveEntryNames, archiveFilename, archiveStream, isCompressible, type ArchiveEntry } from './archive';

/** A blob store in memory that hands its bytes out in small chunks and counts the reads. */
class MemoryStore implements BlobStore {
  readonly blobs = new Map<string, Uint8Array>();
  opened: string[] = [];

  async put(key: string, data: Buffer) {
    this.blobs.set(key, new Uint8Array(data));
  }

  async get(key: string) {
    const data = this.blobs.get(key);
    if (!data) return null;
    this.opened.push(key);
    let offset = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (offset >= data.length) return controller.close();
        controller.enqueue(data.slice(offset, offset + 1000));
        offset += 1000;
      },
    });
    return { stream, size: data.length };
  }

  async delete(key: string) {
    this.blobs.delete(key);
  }
}

async function collect(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Compression method of each entry, from the central directory (0 stored, 8 deflated). */
function compressionMethods(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const methods: Record<string, number> = {};
  for (let offset = 0; offset + 46 <= zip.length; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    methods[name] = view.getUint16(offset + 10, true);
  }
  return methods;
}

const random = (length: number) => Uint8Array.from({ length }, (_, index) => (index * 7919 + 13) % 251);

describe('archiveEntryNames', () => {
  it('makes readable, safe names with the extension of the type and numbers repeats', () => {
    expect(
      archiveEntryNames([
        { name: 'A Café at Dawn.png', mimeType: 'image/png', type: 'image' },
        { name: 'a cafe at dawn', mimeType: 'image/png', type: 'image' },
        { name: 'A café at dawn!!', mimeType: 'image/png', type: 'image' },
        { name: 'a-cafe-at-dawn-2.png', mimeType: 'image/png', type: 'image' },
        { name: '../../etc/passwd', mimeType: 'text/markdown', type: 'text' },
        { name: '夜の海.wav', mimeType: 'audio/wav', type: 'audio' },
        { name: '夜の海', mimeType: 'audio/mpeg', type: 'audio' },
        { name: 'CON', mimeType: 'video/webm', type: 'video' },
        { name: 'Odd thing', mimeType: 'application/x-unknown', type: 'image' },
        { name: 'x'.repeat(200), mimeType: 'text/markdown; charset=utf-8', type: 'text' },
      ]),
    ).toEqual([
      'a-cafe-at-dawn.png',
      'a-cafe-at-dawn-2.png',
      'a-cafe-at-dawn-3.png',
      'a-cafe-at-dawn-2-2.png',
      'etc-passwd.md',
      'audio.wav',
      'audio.mp3',
      'con-file.webm',
      'odd-thing.bin',
      `${'x'.repeat(80)}.md`,
    ]);
  });

  it('names the download after the count', () => {
    expect(archiveFilename(3)).toBe('medialab-3-assets.zip');
  });
});

describe('archiveStream', () => {
  it('zips every blob in order, storing compressed media and deflating WAV and text', async () => {
    const store = new MemoryStore();
    const png = random(5000);
    const wav = new Uint8Array(20_000).fill(7);
    const text = new TextEncoder().encode('# Notes\n'.repeat(500));
    await store.put('u/p/1/original.png', Buffer.from(png));
    await store.put('u/p/2/original.wav', Buffer.from(wav));
    await store.put('u/p/3/original.md', Buffer.from(text));
    const entries: ArchiveEntry[] = [
      { assetId: '1', filename: 'cover.png', mimeType: 'image/png', storageKey: 'u/p/1/original.png', modifiedAt: new Date('2026-03-01T10:00:00Z') },
      { assetId: '2', filename: 'drone.wav', mimeType: 'audio/wav', storageKey: 'u/p/2/original.wav', modifiedAt: new Date('2026-03-01T10:00:00Z') },
      { assetId: '3', filename: 'notes.md', mimeType: 'text/markdown', storageKey: 'u/p/3/original.md', modifiedAt: new Date('2026-03-01T10:00:00Z') },
    ];
    const zip = await collect(archiveStream(entries, { store }));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['cover.png', 'drone.wav', 'notes.md']);
    expect(files['cover.png']).toEqual(png);
    expect(files['drone.wav']).toEqual(wav);
    expect(files['notes.md']).toEqual(text);
    expect(compressionMethods(zip)).toEqual({ 'cover.png': 0, 'drone.wav': 8, 'notes.md': 8 });
    expect(zip.length).toBeLessThan(png.length + wav.length / 10);
  });

  it('opens the next blob only when the reader has taken the previous one', async () => {
    const store = new MemoryStore();
    await store.put('a', Buffer.from(random(3000)));
    await store.put('b', Buffer.from(random(3000)));
    const entries: ArchiveEntry[] = ['a', 'b'].map((key) => ({ assetId: key, filename: `${key}.png`, mimeType: 'image/png', storageKey: key, modifiedAt: new Date() }));
    const reader = archiveStream(entries, { store }).getReader();
    await reader.read();
    expect(store.opened).toEqual(['a']);
    await reader.cancel();
  });

  it('fails the stream when a stored file is missing, naming the asset', async () => {
    const store = new MemoryStore();
    await store.put('a', Buffer.from(random(10)));
    const entries: ArchiveEntry[] = [
      { assetId: 'first', filename: 'a.png', mimeType: 'image/png', storageKey: 'a', modifiedAt: new Date() },
      { assetId: 'gone', filename: 'b.png', mimeType: 'image/png', storageKey: 'b', modifiedAt: new Date() },
    ];
    await expect(collect(archiveStream(entries, { store }))).rejects.toThrow('The stored file of asset gone is missing.');
  });

  it('knows which types are worth deflating', () => {
    expect(['image/png', 'image/webp', 'audio/mpeg', 'video/webm', 'video/mp4'].map(isCompressible)).toEqual([false, false, false, false, false]);
    expect(['audio/wav', 'audio/x-wav', 'text/markdown', 'text/plain; charset=utf-8'].map(isCompressible)).toEqual([true, true, true, true]);
  });
});
