// A GraphStore double for tests before a real engine is at hand: it answers a few query shapes over a
// graph JSON and behaves like a read-only engine (writes refused, timeouts, row cap, syntax errors).
import type { GraphJson } from '../../schema/index.ts';
import type { GraphStore, QueryOptions, QueryResult } from '../../graph/index.ts';
import { TupuError } from '../../common/errors.ts';

const WRITE = /\b(CREATE|MERGE|DELETE|SET|REMOVE|DROP|ALTER|COPY|LOAD)\b/i;
const PAIR = /^\s*MATCH\s*\((\w+):(\w+)\)\s*-\[:(\w+)\]->\s*\((\w+):(\w+)\)\s*RETURN\s+(\w+)\.name\s*,\s*(\w+)\.name(?:\s+LIMIT\s+(\d+))?\s*$/i;
const NODES = /^\s*MATCH\s*\((\w+)(?::(\w+))?\)\s*RETURN\s+\1(?:\s+LIMIT\s+(\d+))?\s*$/i;

/** The store double; `SLEEP` queries hang (for timeouts), `FAIL` ones throw an unexpected error. */
export function scriptedStore(json: GraphJson): GraphStore {
  const byKey = new Map(json.nodes.map((n) => [n.key, n]));
  return {
    target: 'kuzu',
    async load() { throw new TupuError('STORE_FAILED', 'scripted store: load is not supported'); },
    async close() {},
    async query(cypher: string, _params?: Record<string, unknown>, options: QueryOptions = {}): Promise<QueryResult> {
      const rowLimit = options.rowLimit ?? 5000;
      if (WRITE.test(cypher)) throw new TupuError('CYPHER_WRITE_REFUSED', 'kuzu: Cannot execute write operations in a read-only database!');
      if (/SLEEP/.test(cypher)) {
        await new Promise((r) => setTimeout(r, options.timeoutMs ?? 10_000));
        throw new TupuError('CYPHER_TIMEOUT', `kuzu: query exceeded ${options.timeoutMs} ms`, { retriable: true });
      }
      if (/FAIL/.test(cypher)) throw new Error('secret internal detail at /srv/kuzu/db: stack follows');
      const rows = /^\s*UNWIND\s+range\(1,\s*(\d+)\)/i.exec(cypher);
      if (rows) {
        const all = Array.from({ length: Number(rows[1]) }, (_, i) => ({ i: i + 1 }));
        return { columns: ['i'], rows: all.slice(0, rowLimit), truncated: all.length > rowLimit };
      }
      const pair = PAIR.exec(cypher);
      if (pair) {
        const [, a, la, type, b, lb, ra, rb, limit] = pair;
        const out = json.edges.filter((e) => e.attributes.type === type && byKey.get(e.source)?.attributes.label === la && byKey.get(e.target)?.attributes.label === lb)
          .slice(0, Math.min(Number(limit ?? rowLimit), rowLimit))
          .map((e) => ({ [`${ra}.name`]: byKey.get(ra === a ? e.source : e.target)!.attributes.name, [`${rb}.name`]: byKey.get(rb === b ? e.target : e.source)!.attributes.name }));
        return { columns: [`${ra}.name`, `${rb}.name`], rows: out, truncated: false };
      }
      const nodes = NODES.exec(cypher);
      if (nodes) {
        const [, v, label, limit] = nodes;
        const all = json.nodes.filter((n) => !label || n.attributes.label === label);
        const hit = all.slice(0, Math.min(Number(limit ?? rowLimit), rowLimit));
        return {
          columns: [v], rows: hit.map((n) => ({ [v]: { id: n.key, ...n.attributes } })), truncated: hit.length < all.length && !limit,
          graph: { nodes: hit.map((n) => ({ id: n.key, label: n.attributes.label, name: n.attributes.name, properties: {} })), edges: [] },
        };
      }
      throw new TupuError('CYPHER_SYNTAX', `kuzu: Parser exception: cannot parse ${JSON.stringify(cypher.slice(0, 40))}`);
    },
  };
}
