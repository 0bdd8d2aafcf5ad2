'use client';

export type ArchiveResult = { ok: true; filename: string } | { ok: false; message: string };

const NETWORK_MESSAGE = 'MediaLab could not be reached. Check your connection and try again.';

function filenameFrom(disposition: string | null, count: number): string {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match?.[1] ?? `medialab-${count}-assets.zip`;
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // Not the JSON error envelope: fall through to the status.
  }
  return `Something went wrong (HTTP ${response.status}). Try again.`;
}

/** Hands a blob to the browser as a download, as a link with `download` would. */
function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Fetches the ZIP of `ids` (POST /api/assets/archive) and saves it. `onProgress` gets the
 * share received so far, measured against `expectedBytes` (the files' total: the archive is
 * about that size, a little less when text and WAV shrink).
 */
export async function downloadArchive(
  ids: readonly string[],
  options: { expectedBytes: number; onProgress: (fraction: number) => void; signal?: AbortSignal },
): Promise<ArchiveResult> {
  let response: Response;
  try {
    response = await fetch('/api/assets/archive', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/zip, application/json' },
      body: JSON.stringify({ ids }),
      credentials: 'same-origin',
      cache: 'no-store',
      signal: options.signal,
    });
  } catch {
    return { ok: false, message: NETWORK_MESSAGE };
  }
  if (!response.ok || !response.body) return { ok: false, message: await errorMessage(response) };

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      options.onProgress(Math.min(0.99, received / Math.max(1, options.expectedBytes)));
    }
  } catch {
    return { ok: false, message: 'The download was cut short. Try again.' };
  }
  const filename = filenameFrom(response.headers.get('content-disposition'), ids.length);
  save(new Blob(chunks, { type: 'application/zip' }), filename);
  options.onProgress(1);
  return { ok: true, filename };
}
