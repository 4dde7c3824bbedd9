// Runs read-only Cypher for the API: limits, a timeout backstop, and rows made safe for JSON.
import type { CypherResponse } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';
import type { GraphStore } from '../../graph/index.ts';

/** Limits every API query runs under. */
export interface CypherLimits { timeoutMs: number; rowLimit: number }
export const DEFAULT_CYPHER_LIMITS: CypherLimits = { timeoutMs: 10_000, rowLimit: 5_000 };

/** Turns engine values (bigint, Date, nested objects) into plain JSON values. */
export function toJsonValue(v: unknown, depth = 0): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString();
  if (depth > 8) return String(v);
  if (Array.isArray(v)) return v.map((x) => toJsonValue(x, depth + 1));
  if (typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toJsonValue(x, depth + 1);
    return out;
  }
  return String(v);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    // A little slack so the store's own timeout, with its better message, fires first.
    timer = setTimeout(() => reject(new TupuError('CYPHER_TIMEOUT', `cypher: query exceeded ${ms} ms and was abandoned`, { retriable: true })), ms + 250);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one query read-only; write refusal is the store's job (the engine opens the graph read-only). */
export async function runReadOnly(store: GraphStore | null, query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResponse> {
  if (!store) throw new TupuError('STORE_UNAVAILABLE', 'cypher: this server has no graph store; build one with `tupu build` (kuzu) or start with --target neo4j', { retriable: false });
  const started = performance.now();
  const result = await withTimeout(store.query(query, params, { write: false, timeoutMs: limits.timeoutMs, rowLimit: limits.rowLimit }), limits.timeoutMs);
  const capped = result.rows.length > limits.rowLimit;
  const rows = (capped ? result.rows.slice(0, limits.rowLimit) : result.rows).map((r) => toJsonValue(r) as Record<string, unknown>);
  const graph = result.graph ? toJsonValue(result.graph) as CypherResponse['graph'] : undefined;
  return {
    columns: result.columns, rows, truncated: result.truncated || capped, rowLimit: limits.rowLimit,
    ms: Math.round(performance.now() - started), ...(graph && (graph.nodes.length || graph.edges.length) ? { graph } : {}),
  };
}
