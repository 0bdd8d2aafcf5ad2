import 'server-only';
import postgres from 'postgres';
import type { Database, Queryable } from './types';

type Connection = postgres.Sql | postgres.TransactionSql;

function wrap(connection: Connection): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []) {
      const rows = await connection.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
      return rows as unknown as Row[];
    },
    async exec(text: string) {
      // Without parameters postgres.js uses the simple protocol, which runs several statements.
      await connection.unsafe(text);
    },
  };
}

/** A pool of connections to a PostgreSQL server (Supabase's pooler, or any Postgres ≥ 15). */
export function openPostgres(url: string, options: { max: number }): Database {
  const sql = postgres(url, {
    max: options.max,
    // Supabase's transaction pooler (port 6543) does not support prepared statements.
    prepare: false,
    onnotice: () => {},
    connection: { application_name: 'medialab' },
  });
  const base = wrap(sql);
  return {
    kind: 'postgres',
    ...base,
    transaction: (callback) => sql.begin((tx) => callback(wrap(tx))) as Promise<never>,
    close: () => sql.end({ timeout: 5 }),
  };
}
