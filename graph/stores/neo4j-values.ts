// Neo4j records as plain rows and a ResultGraph (nodes, relationships and paths anywhere in a row).
import neo4j from 'neo4j-driver';
import type { QueryResult, ResultGraph } from './types.ts';

type N = { elementId: string; labels: string[]; properties: Record<string, unknown> };
type R = { elementId: string; type: string; startNodeElementId: string; endNodeElementId: string; properties: Record<string, unknown> };
type P = { segments: { start: N; relationship: R; end: N }[]; start: N };

/** A JSON-safe value: integers as numbers, nodes as properties plus `label`, rels plus `type`, paths as lists. */
export function neo4jPlain(v: unknown): unknown {
  if (neo4j.isInt(v as never)) return (v as { toNumber(): number }).toNumber();
  if (neo4j.isPath(v as never)) {
    const p = v as P;
    return { nodes: [p.start, ...p.segments.map((s) => s.end)].map(neo4jPlain), relationships: p.segments.map((s) => neo4jPlain(s.relationship)) };
  }
  if (neo4j.isNode(v as never)) { const n = v as N; return { ...neo4jPlain(n.properties) as object, label: n.labels[0] }; }
  if (neo4j.isRelationship(v as never)) { const r = v as R; return { type: r.type, ...neo4jPlain(r.properties) as object }; }
  if (Array.isArray(v)) return v.map(neo4jPlain);
  if (v && typeof v === 'object' && !(v instanceof Date)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, neo4jPlain(x)]));
  return v;
}

/** Rows (at most `rowLimit`) and the graph of the nodes and relationships they contain. */
export function neo4jResult(records: readonly { keys: PropertyKey[]; toObject(): Record<string, unknown> }[], rowLimit: number): QueryResult {
  const nodes = new Map<string, ResultGraph['nodes'][number]>(); const idOf = new Map<string, string>();
  const rels: R[] = [];
  const visit = (v: unknown): void => {
    if (neo4j.isPath(v as never)) { const p = v as P; visit(p.start); p.segments.forEach((s) => { visit(s.relationship); visit(s.end); }); return; }
    if (neo4j.isNode(v as never)) {
      const n = v as N; const props = neo4jPlain(n.properties) as Record<string, unknown>; const id = String(props.id ?? n.elementId);
      idOf.set(n.elementId, id);
      nodes.set(id, { id, label: n.labels[0] ?? '', name: String(props.name ?? id), properties: props });
      return;
    }
    if (neo4j.isRelationship(v as never)) { rels.push(v as R); return; }
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  const kept = records.slice(0, rowLimit);
  const rows = kept.map((r) => { const o = r.toObject(); Object.values(o).forEach(visit); return neo4jPlain(o) as Record<string, unknown>; });
  const edges = rels.flatMap((r) => {
    const source = idOf.get(r.startNodeElementId); const target = idOf.get(r.endNodeElementId);
    const props = neo4jPlain(r.properties) as Record<string, unknown>;
    return source && target ? [{ id: String(props.key ?? r.elementId), source, target, type: r.type, properties: props }] : [];
  });
  const columns = records[0]?.keys.map(String) ?? [];
  return { columns, rows, truncated: records.length > rowLimit, ...(nodes.size || edges.length ? { graph: { nodes: [...nodes.values()], edges } } : {}) };
}
