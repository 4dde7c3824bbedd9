// The embedded store: kuzu on disk at OUT/tupu.kuzu, read-only unless a query asks to write.
import { existsSync } from 'node:fs';
import { TupuError } from '../../common/errors.ts';
import type { GraphJson } from '../../schema/index.ts';
import { parseGraphJson, toGraphology, type TupuGraph } from '../export/graph-json.ts';
import { kuzuError } from './kuzu-errors.ts';
import { loadKuzu, type LoadHooks } from './kuzu-load.ts';
import { KuzuSession } from './kuzu-session.ts';
import { kuzuResultGraph, plain } from './result-graph.ts';
import { QUERY_DEFAULTS, type GraphStore, type LoadSummary, type QueryOptions, type QueryResult } from './types.ts';

/** File name of the embedded store inside a build's output folder. */
export const KUZU_FILE = 'tupu.kuzu';

export class KuzuStore implements GraphStore {
  readonly target = 'kuzu' as const;
  /** The open database, shared by concurrent queries; replaced when a query needs the other mode. */
  private session?: { readOnly: boolean; ready: Promise<KuzuSession> };
  constructor(readonly file: string) {}

  /** Rebuild the store from a graph (atomic swap); closes any open handle first. */
  async load(graph: GraphJson | TupuGraph, hooks?: LoadHooks): Promise<LoadSummary> {
    await this.close();
    const g = 'forEachNode' in graph ? graph : toGraphology(parseGraphJson(graph));
    return loadKuzu(g, this.file, hooks);
  }

  private open(write: boolean): Promise<KuzuSession> {
    if (this.session?.readOnly === !write) return this.session.ready;
    const previous = this.session;
    const entry = { readOnly: !write, ready: this.openSession(previous?.ready, write) };
    this.session = entry;
    entry.ready.catch(() => { if (this.session === entry) this.session = undefined; });
    return entry.ready;
  }

  private async openSession(previous: Promise<KuzuSession> | undefined, write: boolean): Promise<KuzuSession> {
    await previous?.then((s) => s.close(), () => undefined);
    if (!existsSync(this.file)) {
      throw new TupuError('STORE_UNAVAILABLE', `kuzu: no embedded store at ${this.file}; run \`tupu build\` or \`tupu load\` first`);
    }
    try {
      return new KuzuSession(this.file, !write);
    } catch (err) {
      throw kuzuError(err, `kuzu open ${this.file}`);
    }
  }

  /** Queries may overlap: each borrows one of the session's connections. */
  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const { write = false, timeoutMs = QUERY_DEFAULTS.timeoutMs, rowLimit = QUERY_DEFAULTS.rowLimit } = options;
    const session = await this.open(write);
    try {
      const { columns, rows, truncated } = await session.run(cypher, { params, limit: rowLimit, timeoutMs });
      const graph = kuzuResultGraph(rows);
      return { columns, rows: rows.map((r) => plain(r) as Record<string, unknown>), truncated, ...(graph ? { graph } : {}) };
    } catch (err) {
      throw kuzuError(err, 'kuzu query');
    }
  }

  /** Closes the database once its running queries finish. */
  async close(): Promise<void> {
    const s = this.session;
    this.session = undefined;
    await s?.ready.then((session) => session.close(), () => undefined);
  }
}
