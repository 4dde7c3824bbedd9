// Which 产业链 lane (or side column) each node belongs to, and its band inside the lane.
import type { TupuGraph } from '../export/graph-json.ts';

/** The five chain layers, left to right, then the side columns. */
export const CHAIN_LANES = ['infra', 'model', 'tool', 'ecosystem', 'app'] as const;
export const SIDE_COLUMNS = ['policy', 'region', 'people', 'unplaced', 'documents'] as const;
export type Column = (typeof CHAIN_LANES)[number] | (typeof SIDE_COLUMNS)[number];

/** A node's place: its column and a band (tier for models; 0 otherwise). */
export interface Placement { column: Column; band: number }

const TIER_BAND: Record<string, number> = { L0: 0, L1: 1, L2: 2 };

function majority(codes: string[]): Column | undefined {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: Column | undefined; let bestCount = 0;
  for (const lane of CHAIN_LANES) {
    const n = counts.get(lane) ?? 0;
    if (n > bestCount) { best = lane; bestCount = n; }
  }
  return best;
}

function topCode(code: string | undefined): string { return (code ?? '').split('.')[0]; }

/** Columns from IN_LAYER edges, then the label, then what an organisation builds or offers. */
export function placeNodes(graph: TupuGraph): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  const layerOf = (key: string): Column | undefined => majority(
    graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'IN_LAYER').map((e) => topCode(graph.getNodeAttribute(graph.target(e), 'code'))),
  );
  const tierOf = (key: string): number => {
    const tiers = graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'IN_TIER').map((e) => TIER_BAND[graph.getNodeAttribute(graph.target(e), 'code') ?? ''] ?? 3);
    return tiers.length ? Math.min(...tiers) : 3;
  };
  graph.forEachNode((key, a) => {
    const byLabel: Partial<Record<string, Column>> = { Policy: 'policy', Region: 'region', Person: 'people', Document: 'documents', Model: 'model' };
    if (a.label === 'ChainLayer' || a.label === 'Tier') return;
    let column = a.label === 'Policy' || a.label === 'Region' || a.label === 'Person' || a.label === 'Document' ? byLabel[a.label] : layerOf(key);
    column ??= byLabel[a.label];
    if (!column && a.label === 'Product') column = a.kind === 'platform' || a.kind === 'plugin' ? 'tool' : 'app';
    if (!column && a.label === 'Institution' && a.kind === 'government') column = 'ecosystem';
    placed.set(key, { column: column ?? 'unplaced', band: a.label === 'Model' ? tierOf(key) : 0 });
  });
  graph.forEachNode((key, a) => {
    const p = placed.get(key);
    if (!p || p.column !== 'unplaced' || (a.label !== 'Company' && a.label !== 'Institution')) return;
    const built = graph.outNeighbors(key).map((n) => placed.get(n)?.column).filter((c): c is Column => !!c && (CHAIN_LANES as readonly string[]).includes(c));
    const lane = majority(built);
    if (lane) p.column = lane;
  });
  return placed;
}
