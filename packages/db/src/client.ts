import postgres from 'postgres';
import { DbError } from './errors.ts';
import { traceQueries } from './query-spans.ts';

export type Sql = postgres.Sql;
export type Tx = postgres.TransactionSql;
/** Anything that can run a query: the pool or an open transaction. */
export type Queryable = Sql | Tx;

export interface ConnectOptions {
  url: string;
  /** The service's own schema; it becomes the connection's search_path. */
  schema: string;
  max?: number;
  applicationName?: string;
}

export function connect(options: ConnectOptions): Sql {
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connection: {
      search_path: options.schema,
      application_name: options.applicationName ?? options.schema,
    },
  });
  // Spans for queries and the count of round trips per unit of work (the envelope's diagnostics).
  // Not postgres.js's `debug` hook: with it set, every query captures a stack trace.
  traceQueries(sql);
  return sql;
}

/** Quotes an identifier we build ourselves (schema and role names), refusing anything unusual. */
export function identifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new DbError('DB.BAD_IDENTIFIER', `"${name}" is not a lowercase SQL identifier`);
  }
  return `"${name}"`;
}
