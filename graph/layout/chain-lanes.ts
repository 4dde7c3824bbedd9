// Which 产业链 lane (or side column) each node belongs to, and its band inside it.
import { CHAIN_LAYERS, TIER_CODES } from '../../schema/index.ts';
import type { TupuGraph } from '../export/graph-json.ts';

/** The five chain layers, left to right, then one side column whose bands are the groups outside the chain. */
export const CHAIN_LANES = ['infra', 'model', 'tool', 'ecosystem', 'app'] as const;
export const SIDE_BANDS = ['policy', 'region', 'people', 'unplaced', 'documents'] as const;
export type Lane = (typeof CHAIN_LANES)[number];
export type Column = Lane | 'side';

/**
 * A node's place: its column and its band, top to bottom (-1 is the lane's title rows; the model lane's bands
 * are the tiers L0/L1/L2 then untiered, the other lanes' are their sub-layers then the lane as a whole, the side
 * column's are `SIDE_BANDS`).
 * `head` orders the ChainLayer and Tier nodes that title a band; they get a row of their own.
 */
export interface Placement { column: Column; band: number; head?: number }

const isLane = (c: string): c is Lane => (CHAIN_LANES as readonly string[]).includes(c);
const SUB_LAYERS = new Map(CHAIN_LANES.map((lane) => [lane, CHAIN_LAYERS.filter((l) => 'parent' in l && l.parent === lane).map((l) => l.code as string)]));
const LAYER_ORDER = new Map(CHAIN_LAYERS.map((l, i) => [l.code as string, i]));
const SIDE_BY_LABEL: Partial<Record<string, (typeof SIDE_BANDS)[number]>> = { Policy: 'policy', Region: 'region', Person: 'people', Document: 'documents' };
const side = (band: (typeof SIDE_BANDS)[number]): Placement => ({ column: 'side', band: SIDE_BANDS.indexOf(band) });

/** The most frequent value, ties to the earliest in `order`. */
function majority<T extends string>(values: readonly string[], order: readonly T[]): T | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined; let bestCount = 0;
  for (const v of order) if ((counts.get(v) ?? 0) > bestCount) { best = v; bestCount = counts.get(v)!; }
  return best;
}

/** Band of an entity in a lane: its tier in the model lane, else its sub-layer (the lane itself comes last). */
function bandOf(lane: Lane, sub: string | undefined, tier: number | undefined): number {
  if (lane === 'model') return tier ?? TIER_CODES.length;
  const subs = SUB_LAYERS.get(lane)!;
  const i = sub ? subs.indexOf(sub) : -1;
  return i >= 0 ? i : subs.length;
}

/** Where a ChainLayer or Tier node titles its lane or band. */
function headPlacement(label: string, code: string): Placement | undefined {
  if (label === 'Tier') return TIER_CODES.includes(code as never) ? { column: 'model', band: TIER_CODES.indexOf(code as never), head: 0 } : undefined;
  const lane = code.split('.')[0];
  if (!isLane(lane)) return undefined;
  const order = LAYER_ORDER.get(code) ?? 0;
  return lane === 'model' || lane === code ? { column: lane, band: -1, head: order } : { column: lane, band: bandOf(lane, code, undefined), head: order };
}

/** The lane an entity without IN_LAYER belongs to by what it is, if that says. */
function laneByKind(label: string, kind: string | undefined): Lane | undefined {
  if (label === 'Model') return 'model';
  if (label === 'Product') return kind === 'platform' || kind === 'plugin' ? 'tool' : 'app';
  if (label === 'Institution' && kind === 'government') return 'ecosystem';
  return undefined;
}

/** Columns from IN_LAYER edges, then the label, then what an organisation builds or offers; bands from sub-layers and tiers. */
export function placeNodes(graph: TupuGraph): Map<string, Placement> {
  const placed = new Map<string, Placement>();
  const targets = (key: string, type: string) => graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === type).map((e) => graph.getNodeAttribute(graph.target(e), 'code') ?? '');
  graph.forEachNode((key, a) => {
    if (a.label === 'ChainLayer' || a.label === 'Tier') {
      placed.set(key, headPlacement(a.label, a.code ?? '') ?? side('unplaced'));
      return;
    }
    const group = SIDE_BY_LABEL[a.label];
    if (group) { placed.set(key, side(group)); return; }
    const tier = a.label === 'Model' ? TIER_CODES.findIndex((t) => targets(key, 'IN_TIER').includes(t)) : -1;
    const layers = targets(key, 'IN_LAYER');
    const lane = majority(layers.map((c) => c.split('.')[0]), CHAIN_LANES) ?? laneByKind(a.label, a.kind);
    const sub = lane && majority(layers.filter((c) => c.startsWith(`${lane}.`)), SUB_LAYERS.get(lane)!);
    placed.set(key, lane ? { column: lane, band: bandOf(lane, sub, tier >= 0 ? tier : undefined) } : side('unplaced'));
  });
  // Organisations without a layer go to the lane of what they develop or offer (as placed above, so order does not matter).
  const organisations = new Map<string, Placement>();
  const unplaced = SIDE_BANDS.indexOf('unplaced');
  graph.forEachNode((key, a) => {
    const p = placed.get(key)!;
    if (p.column !== 'side' || p.band !== unplaced || (a.label !== 'Company' && a.label !== 'Institution')) return;
    const lane = majority(graph.outNeighbors(key).map((n) => placed.get(n)!.column).filter(isLane), CHAIN_LANES);
    if (lane) organisations.set(key, { column: lane, band: bandOf(lane, undefined, undefined) });
  });
  for (const [key, p] of organisations) placed.set(key, p);
  return placed;
}
