// One open kuzu database and a small pool of connections, with results always closed (kuzu 0.11 crashes on exit otherwise).
import kuzu from 'kuzu';
import type { QueryResult as KuzuResult } from 'kuzu';

type Connection = InstanceType<typeof kuzu.Connection>;

/** Rows of the last statement, and its column names. */
export interface KuzuRows { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean }

/** How one statement runs: its parameters, the most rows to read, and a timeout (the connection's last one when absent). */
export interface RunOptions { params?: Record<string, unknown>; limit?: number; timeoutMs?: number }

/**
 * Connections a read-only database opens. kuzu 0.11 crashes (SIGSEGV) when statements overlap on one
 * connection, but separate connections on one database run concurrently (stress-tested in kuzu.spec.ts).
 */
export const READ_CONNECTIONS = 4;

/**
 * An open database; each statement borrows a connection of its own. Writable databases get one connection,
 * so writes stay in order. `close` waits for running statements and must be awaited before files are moved.
 */
export class KuzuSession {
  private readonly db: InstanceType<typeof kuzu.Database>;
  private readonly idle: Connection[];
  private readonly waiting: ((conn: Connection) => void)[] = [];
  private readonly size: number;
  private closing = false;
  constructor(readonly file: string, readonly readOnly: boolean, bufferBytes = 256 * 1024 * 1024) {
    this.db = new kuzu.Database(file, bufferBytes, true, readOnly);
    this.size = readOnly ? READ_CONNECTIONS : 1;
    this.idle = Array.from({ length: this.size }, () => new kuzu.Connection(this.db));
  }

  private acquire(): Promise<Connection> {
    if (this.closing) return Promise.reject(new Error('kuzu: the database is closing; run the statement again'));
    return this.take();
  }

  private take(): Promise<Connection> {
    const conn = this.idle.pop();
    return conn ? Promise.resolve(conn) : new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(conn: Connection): void {
    const next = this.waiting.shift();
    if (next) next(conn); else this.idle.push(conn);
  }

  /** Run one statement (or `;`-separated statements); read at most `limit` rows of the last result. */
  async run(statement: string, { params, limit = Infinity, timeoutMs }: RunOptions = {}): Promise<KuzuRows> {
    const conn = await this.acquire();
    try {
      if (timeoutMs) conn.setQueryTimeout(timeoutMs);
      let raw: KuzuResult | KuzuResult[];
      if (params && Object.keys(params).length) {
        const prepared = await conn.prepare(statement);
        if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
        raw = await conn.execute(prepared, params as Record<string, never>);
      } else {
        raw = await conn.query(statement);
      }
      return readRows(Array.isArray(raw) ? raw : [raw], limit);
    } finally {
      this.release(conn);
    }
  }

  /** Waits for every borrowed connection to come back, then closes them and the database. */
  async close(): Promise<void> {
    this.closing = true;
    const all = await Promise.all(Array.from({ length: this.size }, () => this.take()));
    for (const conn of all) await conn.close();
    await this.db.close();
  }
}

function readRows(results: KuzuResult[], limit: number): KuzuRows {
  try {
    const last = results[results.length - 1];
    const columns = last.getColumnNamesSync();
    const rows: Record<string, unknown>[] = [];
    // getNextSync: the async variant costs a thread-pool round trip per row (~20 ms per 1000 rows; 2 ms synchronously).
    while (rows.length < limit && last.hasNext()) rows.push(last.getNextSync() as Record<string, unknown>);
    return { columns, rows, truncated: last.hasNext() };
  } finally {
    for (const r of results) r.close();
  }
}
