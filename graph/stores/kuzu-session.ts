// One open kuzu database and connection, with results always closed (kuzu 0.11 crashes on exit otherwise).
import kuzu from 'kuzu';
import type { QueryResult as KuzuResult } from 'kuzu';

/** Rows of the last statement, and its column names. */
export interface KuzuRows { columns: string[]; rows: Record<string, unknown>[]; truncated: boolean }

/** An open database; `close` must be awaited before the files are moved. */
export class KuzuSession {
  private readonly db: InstanceType<typeof kuzu.Database>;
  private readonly conn: InstanceType<typeof kuzu.Connection>;
  constructor(readonly file: string, readonly readOnly: boolean, bufferBytes = 256 * 1024 * 1024) {
    this.db = new kuzu.Database(file, bufferBytes, true, readOnly);
    this.conn = new kuzu.Connection(this.db);
  }

  setTimeout(ms: number): void { this.conn.setQueryTimeout(ms); }

  /** Run one statement (or `;`-separated statements); read at most `limit` rows of the last result. */
  async run(statement: string, params?: Record<string, unknown>, limit = Infinity): Promise<KuzuRows> {
    let raw: KuzuResult | KuzuResult[];
    if (params && Object.keys(params).length) {
      const prepared = await this.conn.prepare(statement);
      if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
      raw = await this.conn.execute(prepared, params as Record<string, never>);
    } else {
      raw = await this.conn.query(statement);
    }
    const results = Array.isArray(raw) ? raw : [raw];
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

  async close(): Promise<void> {
    await this.conn.close();
    await this.db.close();
  }
}
