// Compact adjacency arrays (CSR) of the graph, minus excluded relationship types, for fast metrics.
import type { TupuGraph } from '../export/graph-json.ts';

/** Relationship types that tie entities to documents, tiers and layers rather than to each other. */
export const STRUCTURAL_REL_TYPES: readonly string[] = ['MENTIONED_IN', 'IN_TIER', 'IN_LAYER'];

/** Nodes by index with CSR neighbour lists; `weights` are edge confidences. */
export interface Adjacency {
  keys: string[];
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Out-neighbours (`directed`) or both directions (`undirected`), skipping self-loops and `exclude` types. */
export function buildAdjacency(graph: TupuGraph, mode: 'directed' | 'undirected', exclude: readonly string[]): Adjacency {
  const keys = graph.nodes();
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const skip = new Set(exclude);
  const src: number[] = []; const dst: number[] = []; const wts: number[] = [];
  graph.forEachEdge((_e, attrs, s, t) => {
    if (skip.has(attrs.type) || s === t) return;
    const a = index.get(s)!; const b = index.get(t)!; const w = attrs.confidence ?? 1;
    src.push(a); dst.push(b); wts.push(w);
    if (mode === 'undirected') { src.push(b); dst.push(a); wts.push(w); }
  });
  const offsets = new Int32Array(keys.length + 1);
  for (const a of src) offsets[a + 1]++;
  for (let i = 0; i < keys.length; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, keys.length);
  const targets = new Int32Array(src.length); const weights = new Float64Array(src.length);
  for (let e = 0; e < src.length; e++) {
    const at = fill[src[e]]++;
    targets[at] = dst[e]; weights[at] = wts[e];
  }
  return { keys, offsets, targets, weights };
}

/** A mapping from per-index values. */
export function toMapping(keys: readonly string[], values: ArrayLike<number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = values[i];
  return out;
}
