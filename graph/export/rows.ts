// Nodes and relationships as flat property rows grouped by label and by (type, from label, to label).
import type { TupuGraph } from './graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeValue, nodeValue, type Column } from './columns.ts';

/** A stored node: its id and its properties (absent values left out). */
export interface NodeRow { id: string; props: Record<string, unknown> }
/** A stored relationship between two node ids. */
export interface RelRow { from: string; to: string; props: Record<string, unknown> }
/** Relationships of one type between one pair of labels: the unit a store loads in one statement shape. */
export interface RelGroup { type: string; from: string; to: string; rows: RelRow[] }

const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'number' && !Number.isFinite(v));

function props(columns: readonly Column[], value: (c: Column) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = value(c);
    if (present(v)) out[c.name] = v;
  }
  return out;
}

/** Node rows per label, in graph order; `props` includes `id`. */
export function nodeRowsByLabel(graph: TupuGraph): Map<string, NodeRow[]> {
  const out = new Map<string, NodeRow[]>();
  graph.forEachNode((key, attrs) => {
    if (!out.has(attrs.label)) out.set(attrs.label, []);
    out.get(attrs.label)!.push({ id: key, props: { id: key, ...props(NODE_COLUMNS, (c) => nodeValue(attrs, c)) } });
  });
  return out;
}

/** Relationship rows grouped by type and endpoint labels, sorted by group name. */
export function relGroups(graph: TupuGraph): RelGroup[] {
  const groups = new Map<string, RelGroup>();
  graph.forEachEdge((key, attrs, source, target, sa, ta) => {
    const id = `${attrs.type}|${sa.label}|${ta.label}`;
    if (!groups.has(id)) groups.set(id, { type: attrs.type, from: sa.label, to: ta.label, rows: [] });
    groups.get(id)!.rows.push({ from: source, to: target, props: props(EDGE_COLUMNS, (c) => edgeValue(key, attrs, c)) });
  });
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}

/** A graph's node rows and relationship groups, each built on first use and then shared (readers do not modify them). */
export interface GraphRows { nodes(): Map<string, NodeRow[]>; rels(): RelGroup[] }

export function graphRows(graph: TupuGraph): GraphRows {
  let nodes: Map<string, NodeRow[]> | undefined;
  let rels: RelGroup[] | undefined;
  return { nodes: () => (nodes ??= nodeRowsByLabel(graph)), rels: () => (rels ??= relGroups(graph)) };
}

/** Split rows into batches of at most `size`. */
export function batches<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += Math.max(1, size)) out.push(rows.slice(i, i + Math.max(1, size)));
  return out;
}
