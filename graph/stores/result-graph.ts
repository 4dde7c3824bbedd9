// Turn store values (kuzu nodes, rels and paths) into plain row values and a drawable ResultGraph.
import type { ResultGraph } from './types.ts';

type Raw = Record<string, unknown>;
const isNode = (v: unknown): v is Raw => !!v && typeof v === 'object' && '_label' in v && '_id' in v && !('_src' in v);
const isRel = (v: unknown): v is Raw => !!v && typeof v === 'object' && '_src' in v && '_dst' in v;
const isPath = (v: unknown): v is { _nodes: Raw[]; _rels: Raw[] } => !!v && typeof v === 'object' && '_nodes' in v && '_rels' in v;
const internalId = (id: unknown) => { const i = id as { table: number; offset: number }; return `${i.table}:${i.offset}`; };

function properties(raw: Raw): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) if (!k.startsWith('_') && v !== null) out[k] = plain(v);
  return out;
}

/** A JSON-safe value: bigints as numbers, nodes as their properties plus `label`, rels plus `type`, paths as lists. */
export function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (value instanceof Date) return value.toISOString();
  if (isPath(value)) return { nodes: value._nodes.map(plain), relationships: value._rels.map(plain) };
  if (isNode(value)) return { ...properties(value), label: value._label };
  if (isRel(value)) return { type: value._label, ...properties(value) };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Nodes and relationships anywhere in the rows (including inside paths and lists); rels need both ends present. */
export function kuzuResultGraph(rows: readonly Record<string, unknown>[]): ResultGraph | undefined {
  const nodes = new Map<string, ResultGraph['nodes'][number]>(); const byInternal = new Map<string, string>();
  const rels: Raw[] = [];
  const visit = (v: unknown): void => {
    if (isPath(v)) { v._nodes.forEach(visit); v._rels.forEach(visit); return; }
    if (isNode(v)) {
      const props = properties(v); const id = String(props.id ?? internalId(v._id));
      byInternal.set(internalId(v._id), id);
      if (!nodes.has(id)) nodes.set(id, { id, label: String(v._label), name: String(props.name ?? id), properties: props });
      return;
    }
    if (isRel(v)) { rels.push(v); return; }
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  rows.forEach((r) => Object.values(r).forEach(visit));
  if (nodes.size === 0 && rels.length === 0) return undefined;
  const edges = new Map<string, ResultGraph['edges'][number]>();
  for (const r of rels) {
    const source = byInternal.get(internalId(r._src)); const target = byInternal.get(internalId(r._dst));
    if (!source || !target) continue;
    const props = properties(r); const id = String(props.key ?? internalId(r._id));
    edges.set(id, { id, source, target, type: String(r._label), properties: props });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
