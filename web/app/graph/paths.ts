// Graph walks for exploration: N-hop neighbourhoods and the shortest path, ignoring edge direction.
import type { ViewerGraph } from './types.ts';

/** Nodes within `hops` of `start`, walking edges both ways. */
export function withinHops(graph: ViewerGraph, start: string, hops: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < hops && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) graph.forEachNeighbor(n, (m) => { if (!seen.has(m)) { seen.add(m); next.push(m); } });
    frontier = next;
  }
  return seen;
}

/** A path as node ids and the edge ids between them. */
export interface GraphPath { nodes: string[]; edges: string[] }

/** Breadth-first shortest path between two nodes among `allowed` ones (all when omitted); null if none. */
export function shortestPath(graph: ViewerGraph, from: string, to: string, allowed?: ReadonlySet<string>): GraphPath | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  const parent = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length && !parent.has(to)) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (parent.has(m) || (allowed && !allowed.has(m))) return;
        parent.set(m, n);
        next.push(m);
      });
    }
    frontier = next;
  }
  if (!parent.has(to)) return null;
  const nodes: string[] = [];
  for (let n: string | null = to; n !== null; n = parent.get(n) ?? null) nodes.unshift(n);
  const edges = nodes.slice(1).map((n, i) => graph.edges(nodes[i], n)[0] ?? graph.edges(n, nodes[i])[0]);
  return { nodes, edges };
}
