// The 产业链 layout: five lanes 基础层 → 应用层, L0/L1/L2 bands for models, policies and regions to the side.
import { CHAIN_LAYERS } from '../../schema/index.ts';
import type { TupuGraph } from '../export/graph-json.ts';
import { CHAIN_LANES, SIDE_COLUMNS, placeNodes, type Column } from './chain-lanes.ts';
import { round2, type LayoutDefinition, type PositionMapping } from './types.ts';

/** Geometry of the lanes: lane width and grid cell size, in layout units. */
export interface ChainLayoutParams { laneWidth: number; cell: number }
export const CHAIN_LAYOUT_DEFAULTS: ChainLayoutParams = { laneWidth: 1000, cell: 40 };

/** Left edge of a column: the five lanes, then policy and region to the right, people and the rest to the left. */
function columnX(column: Column, laneWidth: number): number {
  const lane = (CHAIN_LANES as readonly string[]).indexOf(column);
  if (lane >= 0) return lane * laneWidth;
  const side: Record<(typeof SIDE_COLUMNS)[number], number> = { policy: 5, region: 6, people: -1, unplaced: -2, documents: -3 };
  return side[column as (typeof SIDE_COLUMNS)[number]] * laneWidth;
}

/** chainX/chainY per node; within a lane, bands stack top to bottom and nodes sort by importance, then name. */
export function chainLayout(graph: TupuGraph, params: Partial<ChainLayoutParams> = {}): PositionMapping {
  const { laneWidth, cell } = { ...CHAIN_LAYOUT_DEFAULTS, ...params };
  const placed = placeNodes(graph);
  const out: PositionMapping = {};
  const groups = new Map<Column, string[]>();
  for (const [key, p] of placed) {
    if (!groups.has(p.column)) groups.set(p.column, []);
    groups.get(p.column)!.push(key);
  }
  const weight = (k: string) => graph.getNodeAttribute(k, 'pagerank') ?? graph.getNodeAttribute(k, 'degree') ?? 0;
  const bandTops = new Map<number, number>();
  for (const [column, keys] of groups) {
    keys.sort((a, b) => placed.get(a)!.band - placed.get(b)!.band || weight(b) - weight(a)
      || graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name')) || (a < b ? -1 : 1));
    const cols = Math.max(1, Math.min(Math.floor((laneWidth * 0.8) / cell), Math.ceil(Math.sqrt(keys.length / 3))));
    const x0 = columnX(column, laneWidth) + laneWidth * 0.1;
    let y = 0; let band = -1; let slot = 0;
    for (const key of keys) {
      const b = placed.get(key)!.band;
      if (b !== band) {
        if (band >= 0) y += (Math.ceil(slot / cols) + 2) * cell;
        band = b; slot = 0;
        if (column === 'model') bandTops.set(b, y);
      }
      out[key] = { x: round2(x0 + (slot % cols) * cell), y: round2(y + Math.floor(slot / cols) * cell) };
      slot++;
    }
  }
  for (const layer of CHAIN_LAYERS) {
    const key = `ChainLayer:${layer.code}`;
    if (!graph.hasNode(key)) continue;
    const top = layer.code.split('.')[0] as Column;
    const sub = CHAIN_LAYERS.filter((l) => 'parent' in l && l.parent === top).findIndex((l) => l.code === layer.code);
    out[key] = { x: round2(columnX(top, laneWidth) + laneWidth * (sub < 0 ? 0.5 : 0.1 + 0.2 * sub)), y: sub < 0 ? -6 * cell : -3 * cell };
  }
  graph.forEachNode((key, a) => {
    if (out[key]) return;
    if (a.label === 'Tier') {
      out[key] = { x: round2(columnX('model', laneWidth) + laneWidth * 0.02), y: bandTops.get({ L0: 0, L1: 1, L2: 2 }[a.code ?? ''] ?? -1) ?? 0 };
    } else {
      out[key] = { x: columnX('unplaced', laneWidth), y: -6 * cell };
    }
  });
  return out;
}

export const chainLayoutDefinition: LayoutDefinition<ChainLayoutParams> = {
  id: 'chain', title: '产业链 (industry chain)', attributes: ['chainX', 'chainY'], fn: chainLayout,
  parameters: [
    { name: 'laneWidth', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.laneWidth, description: 'width of one chain-layer lane' },
    { name: 'cell', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.cell, description: 'grid spacing of nodes inside a lane' },
  ],
};
