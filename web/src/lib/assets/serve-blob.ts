import 'server-only';
import { AppError, notFound } from '@/lib/errors';
import { getBlobStore } from '@/lib/storage';

/** Parses a single `bytes=` range against a size; null when absent, 'invalid' when unsatisfiable. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || end < start) return 'invalid';
  return { start, end };
}

function contentDisposition(filename: string, download: boolean): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${download ? 'attachment' : 'inline'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * The bytes of a stored blob with Range support (206) for seeking in audio and video.
 * Served as an inert download: nosniff and a sandboxing CSP, so a file can never run as
 * a page of this site.
 */
export async function serveBlob(
  request: Request,
  blob: { key: string; mimeType: string; filename: string; download?: boolean; cacheSeconds?: number },
): Promise<Response> {
  const store = getBlobStore();
  const whole = await store.get(blob.key);
  if (!whole) throw notFound('Stored file');
  const size = whole.size;
  const headers = new Headers({
    'content-type': blob.mimeType,
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'content-disposition': contentDisposition(blob.filename, blob.download ?? false),
    'cache-control': `private, max-age=${blob.cacheSeconds ?? 3600}`,
  });
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'invalid') {
    await whole.stream.cancel();
    headers.set('content-range', `bytes */${size}`);
    throw new AppError('range_not_satisfiable', `The range is outside the file's ${size} bytes.`, undefined, {
      'content-range': `bytes */${size}`,
    });
  }
  if (!range) {
    headers.set('content-length', String(size));
    return new Response(request.method === 'HEAD' ? null : whole.stream, { status: 200, headers });
  }
  await whole.stream.cancel();
  const part = await store.get(blob.key, range);
  if (!part) throw notFound('Stored file');
  headers.set('content-range', `bytes ${range.start}-${range.end}/${size}`);
  headers.set('content-length', String(range.end - range.start + 1));
  return new Response(request.method === 'HEAD' ? null : part.stream, { status: 206, headers });
}
