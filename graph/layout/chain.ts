// The 产业链 layout: five lanes 基础层 → 应用层 left to right, bands inside them (L0/L1/L2 for models), then
// a side column with policies, regions, people, the unplaced and documents.
import type { TupuGraph } from '../export/graph-json.ts';
import { CHAIN_LANES, placeNodes, type Column } from './chain-lanes.ts';
import { nodeRadius } from './node-radius.ts';
import { round2, type LayoutDefinition, type PositionMapping } from './types.ts';

/**
 * Spacing in the viewer's pixels at zoom 1 (node radii are the viewer's): `gap` between two nodes, `bandGap`
 * between bands, `laneGap` between columns (twice that before the side column); right of each node a row keeps
 * room for its label at `labelSize` (the viewer's), at most `labelRoom` except for titles; `aspect` is the width / height the
 * columns are balanced to (the viewer's canvas is about 16:10).
 */
export interface ChainLayoutParams { gap: number; bandGap: number; laneGap: number; labelSize: number; labelRoom: number; aspect: number }
export const CHAIN_LAYOUT_DEFAULTS: ChainLayoutParams = { gap: 8, bandGap: 24, laneGap: 40, labelSize: 12, labelRoom: 96, aspect: 1.6 };

/** A node to pack: its radius, its width with its label, its band, and whether it titles the band (then it has a row of its own). */
interface Item { key: string; name: string; r: number; width: number; band: number; head?: number }

/** Approximate drawn width of a label: CJK and other wide characters are a full em, the rest about half. */
function labelWidth(name: string, size: number): number {
  let ems = 0;
  for (const ch of name) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.55;
  return ems * size;
}

const COLUMNS: readonly Column[] = [...CHAIN_LANES, 'side'];

/** Title nodes first, then larger nodes, then by name: rows then start with their largest node. */
const byBandThenSize = (a: Item, b: Item): number => a.band - b.band || (a.head ?? Infinity) - (b.head ?? Infinity)
  || b.r - a.r || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.key < b.key ? -1 : 1);

/**
 * Shelf-packs sorted items into rows of at most `width`: a new row for each band (after `bandGap`) and around
 * each title node. Calls `place` with each centre (y downwards) when given; returns the height.
 */
function packColumn(items: Item[], width: number, p: ChainLayoutParams, place?: (item: Item, x: number, y: number) => void): number {
  let top = 0; let x = 0; let rowHeight = 0; let band = items[0]?.band; let lastHead = false;
  for (const item of items) {
    const d = 2 * item.r;
    const newBand = item.band !== band;
    if (rowHeight > 0 && (newBand || item.head !== undefined || lastHead || x + item.width > width)) {
      top += rowHeight + p.gap + (newBand ? p.bandGap : 0);
      x = 0; rowHeight = 0;
    }
    if (rowHeight === 0) rowHeight = d;
    place?.(item, x + item.r, top + rowHeight / 2);
    x += item.width + p.gap; band = item.band; lastHead = item.head !== undefined;
  }
  return top + rowHeight;
}

/** Column widths for a target height: each column's area spread over that height, at least its minimum. */
function widthsFor(height: number, areas: number[], minWidths: number[]): number[] {
  return areas.map((a, i) => Math.max(minWidths[i], a / height));
}

/** chainX/chainY per node; the whole is balanced to `aspect` by searching the height the columns share. */
export function chainLayout(graph: TupuGraph, params: Partial<ChainLayoutParams> = {}): PositionMapping {
  const p = { ...CHAIN_LAYOUT_DEFAULTS, ...params };
  let maxPagerank = 0;
  graph.forEachNode((_, a) => { maxPagerank = Math.max(maxPagerank, a.pagerank ?? 0); });
  const groups = new Map<Column, Item[]>();
  for (const [key, place] of placeNodes(graph)) {
    const a = graph.getNodeAttributes(key);
    if (!groups.has(place.column)) groups.set(place.column, []);
    const r = nodeRadius(a.pagerank, maxPagerank, graph.degree(key));
    // A title has its row to itself, so its whole label fits; the column is at least that wide.
    const width = 2 * r + Math.min(place.head === undefined ? p.labelRoom : Infinity, labelWidth(a.name, p.labelSize));
    groups.get(place.column)!.push({ key, name: a.name, r, width, band: place.band, head: place.head });
  }
  const columns = COLUMNS.filter((c) => groups.has(c)).map((c) => ({ column: c, items: groups.get(c)!.sort(byBandThenSize) }));
  const areas = columns.map(({ items }) => items.reduce((s, it) => s + (it.width + p.gap) * (2 * it.r + p.gap), 0));
  const minWidths = columns.map(({ items }) => items.reduce((m, it) => Math.max(m, it.width), 0));
  const gaps = columns.reduce((s, { column }, i) => s + (i === 0 ? 0 : column === 'side' ? 2 : 1) * p.laneGap, 0);
  const aspectAt = (height: number) => {
    const widths = widthsFor(height, areas, minWidths);
    const tallest = Math.max(...columns.map(({ items }, i) => packColumn(items, widths[i], p)));
    return (widths.reduce((s, w) => s + w, gaps)) / Math.max(tallest, 1);
  };
  // Taller columns are narrower, so the aspect falls as the height grows: bisect (in log space) for the target.
  let lo = 1; let hi = Math.max(2, areas.reduce((s, a) => s + a, 0));
  for (let i = 0; i < 30 && hi / lo > 1.01; i++) {
    const mid = Math.sqrt(lo * hi);
    if (aspectAt(mid) > p.aspect) lo = mid; else hi = mid;
  }
  const widths = widthsFor(hi, areas, minWidths);
  const out: PositionMapping = {};
  let left = 0;
  columns.forEach(({ column, items }, i) => {
    if (i > 0) left += (column === 'side' ? 2 : 1) * p.laneGap;
    packColumn(items, widths[i], p, (item, x, y) => { out[item.key] = { x: round2(left + x), y: round2(-y) }; });
    left += widths[i];
  });
  return out;
}

export const chainLayoutDefinition: LayoutDefinition<ChainLayoutParams> = {
  id: 'chain', title: '产业链 (industry chain)', attributes: ['chainX', 'chainY'], fn: chainLayout,
  parameters: [
    { name: 'gap', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.gap, description: 'space between two nodes, in pixels at zoom 1' },
    { name: 'bandGap', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.bandGap, description: 'extra space between the bands of a lane' },
    { name: 'laneGap', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.laneGap, description: 'space between two lanes (twice that before the side column)' },
    { name: 'labelSize', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.labelSize, description: 'font size of the labels the viewer draws' },
    { name: 'labelRoom', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.labelRoom, description: 'most room kept for a label right of its node' },
    { name: 'aspect', type: 'number', default: CHAIN_LAYOUT_DEFAULTS.aspect, description: 'width / height the lanes are balanced to' },
  ],
};
