import 'server-only';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { EXTENSION_BY_MIME } from '@/lib/media/mime';
import { getBlobStore, type BlobStore } from '@/lib/storage';
import type { Logger } from '@/lib/telemetry/logger';

/** One file of a ZIP download: the stored blob and how it is named inside the archive. */
export type ArchiveEntry = { assetId: string; filename: string; mimeType: string; storageKey: string; modifiedAt: Date | string };

// Windows will not create files with these names, whatever the extension.
const RESERVED_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_BASE_LENGTH = 80;
const DEFLATE_LEVEL = 6;

/** The download's name: `medialab-3-assets.zip`. */
export function archiveFilename(count: number): string {
  return `medialab-${count}-assets.zip`;
}

function baseMime(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

/**
 * Worth deflating: text and uncompressed audio. PNG, WebP, JPEG, MP3, MP4 and WebM are
 * compressed already; deflating them again costs CPU and saves nothing, so they are stored.
 */
export function isCompressible(mimeType: string): boolean {
  const mime = baseMime(mimeType);
  return mime.startsWith('text/') || ['audio/wav', 'audio/x-wav', 'audio/wave', 'application/json', 'image/svg+xml', 'image/bmp'].includes(mime);
}

/** "A Café at Dawn.png" → "a-cafe-at-dawn": lower-case ASCII letters, digits and hyphens only. */
function slug(name: string, fallback: string): string {
  const title = name.replace(/\.[a-z0-9]{2,5}$/i, '') || name;
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
  const base = words || fallback;
  return RESERVED_NAMES.test(base) ? `${base}-file` : base;
}

/**
 * Readable, unique, safe names for the files of an archive, in order: the asset's name as a
 * slug plus the extension of its type; a repeated name gets -2, -3… before the extension.
 */
export function archiveEntryNames(items: ReadonlyArray<{ name: string; mimeType: string; type: string }>): string[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = slug(item.name, item.type);
    const extension = EXTENSION_BY_MIME[baseMime(item.mimeType)] ?? 'bin';
    let candidate = `${base}.${extension}`;
    for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${base}-${suffix}.${extension}`;
    used.add(candidate);
    return candidate;
  });
}

/**
 * The ZIP of `entries` as a web stream. Blobs are read one after another, a chunk per pull,
 * so memory holds about one chunk whatever the archive's size, and a slow client slows the
 * reading down. A blob that has gone missing errors the stream: the download fails rather
 * than arriving without a file.
 */
export function archiveStream(entries: readonly ArchiveEntry[], options: { store?: BlobStore; logger?: Logger } = {}): ReadableStream<Uint8Array> {
  const store = options.store ?? getBlobStore();
  let zip: Zip;
  let index = 0;
  let file: ZipPassThrough | ZipDeflate | null = null;
  let reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  let produced = 0;
  let finished = false;

  const openNext = async () => {
    const entry = entries[index]!;
    const blob = await store.get(entry.storageKey);
    if (!blob) {
      options.logger?.warn({ assetId: entry.assetId }, 'archive: stored file missing');
      throw new Error(`The stored file of asset ${entry.assetId} is missing.`);
    }
    file = isCompressible(entry.mimeType) ? new ZipDeflate(entry.filename, { level: DEFLATE_LEVEL }) : new ZipPassThrough(entry.filename);
    file.mtime = entry.modifiedAt;
    zip.add(file);
    reader = blob.stream.getReader();
  };

  // One step: open the next blob, move one chunk into the archive, or finish it.
  const step = async () => {
    if (!file) {
      if (index === entries.length) {
        zip.end();
        finished = true;
        return;
      }
      await openNext();
    }
    const { done, value } = await reader!.read();
    if (!done) {
      file!.push(value);
      return;
    }
    file!.push(new Uint8Array(0), true);
    file = null;
    reader = null;
    index += 1;
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      zip = new Zip((error, chunk, final) => {
        if (error) {
          controller.error(error);
          return;
        }
        produced += 1;
        controller.enqueue(chunk);
        if (final) controller.close();
      });
    },
    async pull() {
      // A pull must hand over something (deflate may hold a small chunk back), or the reader waits for ever.
      const before = produced;
      while (produced === before && !finished) await step();
    },
    async cancel(reason) {
      finished = true;
      await reader?.cancel(reason);
      zip.terminate();
    },
  });
}
