/** Where asset bytes live: local disk in the embedded default, Supabase Storage in production. */
export type ByteRange = { start: number; end: number };

export interface BlobStore {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The bytes (or a range of them, inclusive) as a web stream; null when missing. */
  get(key: string, range?: ByteRange): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  /** Removes a blob; a missing one is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are made by the server from ids; anything else is refused. */
export function assertSafeKey(key: string): void {
  if (!/^[a-z0-9][a-z0-9/_.-]*$/i.test(key) || key.includes('..') || key.startsWith('/')) {
    throw new Error(`Refusing blob key ${JSON.stringify(key)}`);
  }
}
