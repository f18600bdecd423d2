/**
 * The connection to a state on PostgreSQL (node-postgres): a small pool, BIGINT columns
 * read as numbers (epoch milliseconds fit a double exactly), server errors turned into
 * typed ones, and the address shown without its password.
 */
import pg from 'pg';
import type { CustomTypesConfig, PoolClient, QueryResult, QueryResultRow } from 'pg';
import { CopydeskError } from '../errors.js';

const INT8_OID = 20;
const types: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID && format !== 'binary' ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format))) as CustomTypesConfig['getTypeParser'],
};

/** Errors that mean the server was not reached (as opposed to one it answered with). */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOENT', '28000', '28P01', '3D000', '57P01', '57P03']);

export function mapPgError(err: unknown, where: string): CopydeskError {
  if (err instanceof CopydeskError) return err;
  const code = (err as { code?: string }).code ?? '';
  const message = (err as Error).message || String(err);
  if (UNREACHABLE.has(code) || /timeout|terminated|Connection terminated/i.test(message)) {
    return new CopydeskError('STATE_UNREACHABLE', `cannot reach the state database ${where}: ${message || code}`, { cause: err });
  }
  if (code === '53100') return new CopydeskError('STATE', `cannot write the state database ${where}: disk full`, { cause: err });
  return new CopydeskError('STATE', `state database ${where}: ${message}`, { cause: err });
}

/** Runs statements; transaction() gives one connection for the length of fn. */
export interface PgRunner {
  query<R extends QueryResultRow = QueryResultRow>(sql: string, params?: unknown[]): Promise<QueryResult<R>>;
  transaction<T>(fn: (tx: PgRunner) => Promise<T>): Promise<T>;
}

export class PgConnection implements PgRunner {
  readonly pool: pg.Pool;

  constructor(
    url: string,
    readonly where: string,
    max = 4,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 10_000, application_name: 'copydesk' });
    // An idle connection the server drops is replaced on the next query; it must not crash the run.
    this.pool.on('error', () => undefined);
  }

  async query<R extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
    try {
      return await this.pool.query<R>(sql, params);
    } catch (err) {
      throw mapPgError(err, this.where);
    }
  }

  async client(): Promise<PoolClient> {
    try {
      return await this.pool.connect();
    } catch (err) {
      throw mapPgError(err, this.where);
    }
  }

  async transaction<T>(fn: (tx: PgRunner) => Promise<T>): Promise<T> {
    const client = await this.client();
    const where = this.where;
    const tx: PgRunner = {
      async query<R extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
        try {
          return await client.query<R>(sql, params);
        } catch (err) {
          throw mapPgError(err, where);
        }
      },
      transaction: (inner) => inner(tx),
    };
    let broken = false;
    try {
      await tx.query('BEGIN');
      const result = await fn(tx);
      await tx.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw mapPgError(err, where);
    } finally {
      client.release(broken);
    }
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}
