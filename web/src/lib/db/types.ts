/** A connection or transaction that runs parameterised SQL ($1, $2, …). */
export interface Queryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs one or more statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/** A transaction handle: what `withUser` and `asService` give their callback. */
export type Tx = Queryable;

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(callback: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
