/**
 * The connection to a state on PostgreSQL (node-postgres): a small pool, BIGINT columns
 * read as numbers (epoch milliseconds fit a double exactly), server errors turned into
 * typed ones, and the address shown without its password.
 */
import { createHash } from 'node:crypto';
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

/** Statements are prepared once per connection, under a name made from their text. */
const names = new Map<string, string>();
function prepared(text: string, values: unknown[]): { name: string; text: string; values: unknown[] } {
  let name = names.get(text);
  if (!name) {
    name = `copydesk_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    names.set(text, name);
  }
  return { name, text, values };
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
    options: { synchronousCommit?: boolean } = {},
  ) {
    // synchronous_commit off: a commit is acknowledged before it reaches the disk; a server crash may lose the last few, in order, never half of one.
    const settings = options.synchronousCommit === false ? { options: '-c synchronous_commit=off' } : {};
    this.pool = new pg.Pool({ connectionString: url, max, types, connectionTimeoutMillis: 10_000, application_name: 'copydesk', ...settings });
    // An idle connection the server drops is replaced on the next query; it must not crash the run.
    this.pool.on('error', () => undefined);
  }

  async query<R extends QueryResultRow = QueryResultRow>(sql: string, params: unknown[] = []): Promise<QueryResult<R>> {
    try {
      return await this.pool.query<R>(prepared(sql, params));
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
          return await client.query<R>(prepared(sql, params));
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
