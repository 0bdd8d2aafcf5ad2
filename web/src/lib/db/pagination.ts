import { AppError } from '@/lib/errors';

/**
 * Keyset cursors over (created_at desc, id desc). The timestamp travels as Postgres's own
 * microsecond text, not a JS Date, so no row is skipped or repeated at a page edge.
 */
export type Keyset = { createdAt: string; id: string };

/** SQL for the cursor column: created_at in UTC with microseconds. */
export const SORT_KEY_SQL = `to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const KEYSET_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(`${keyset.createdAt}|${keyset.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  const match = KEYSET_PATTERN.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new AppError('validation_failed', 'cursor is not one this API returned.', { field: 'cursor' });
  return { createdAt: match[1]!, id: match[2]! };
}

/** Given limit + 1 rows, the page and the cursor for the next one. */
export function toPage<Row extends { sort_key: string; id: string }, Item>(
  rows: Row[],
  limit: number,
  toItem: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.sort_key, id: last.id }) : null,
  };
}
