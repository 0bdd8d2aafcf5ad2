import 'server-only';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './types';

type PGliteLike = Pick<PGlite, 'query' | 'exec'>;

function wrap(connection: PGliteLike): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const result = await connection.query<Row>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await connection.exec(text);
    },
  };
}

/**
 * Postgres in WASM on disk. IMPORTANT: one instance per data directory per process;
 * PGlite serialises queries and transactions internally, which is what a single
 * connection needs.
 */
export async function openPglite(directory: string): Promise<Database> {
  fs.mkdirSync(directory, { recursive: true });
  const pglite = await PGlite.create(directory);
  const base = wrap(pglite);
  return {
    kind: 'pglite',
    ...base,
    transaction: (callback) => pglite.transaction((tx) => callback(wrap(tx))),
    close: () => pglite.close(),
  };
}
