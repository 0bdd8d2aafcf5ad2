import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { decodeCursor, encodeCursor, toPage } from './pagination';

describe('keyset cursors', () => {
  it('round-trips the microsecond timestamp and id', () => {
    const keyset = { createdAt: '2026-11-23T10:11:12.123456Z', id: '4f0c2a8e-1b2c-4d5e-8f90-123456789abc' };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('refuses a cursor it did not make', () => {
    for (const bad of ['', 'abc', Buffer.from("2026-01-01|'; drop table x").toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(AppError);
    }
  });

  it('returns limit items and a next cursor only when there is more', () => {
    const rows = [1, 2, 3].map((n) => ({ id: `00000000-0000-4000-8000-00000000000${n}`, sort_key: `2026-11-23T00:00:0${n}.000000Z` }));
    const more = toPage(rows, 2, (row) => row.id);
    expect(more.items).toHaveLength(2);
    expect(decodeCursor(more.nextCursor!)).toEqual({ createdAt: rows[1]!.sort_key, id: rows[1]!.id });
    expect(toPage(rows, 3, (row) => row.id).nextCursor).toBeNull();
  });
});
