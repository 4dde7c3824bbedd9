// The stored property columns of nodes and relationships, shared by the CSV, Cypher and kuzu writers.
import type { EdgeAttributes, NodeAttributes } from '../../schema/index.ts';

/** A property's storage type; `string[]` becomes a list in Neo4j and kuzu. */
export type ColumnType = 'string' | 'string[]' | 'int' | 'double';

/** One stored property: its name and how every store types it. */
export interface Column { name: string; type: ColumnType }

const s = (name: string): Column => ({ name, type: 'string' });
const d = (name: string): Column => ({ name, type: 'double' });
const i = (name: string): Column => ({ name, type: 'int' });
const list = (name: string): Column => ({ name, type: 'string[]' });

/** Node properties after `id`; every label gets every column so any property reads on any label. */
export const NODE_COLUMNS: readonly Column[] = [
  s('label'), s('name'), list('aliases'), list('docs'), i('mentions'), s('code'), s('parent'),
  s('country'), s('kind'), s('role'), s('params'), s('releaseDate'), s('openSource'), s('modality'),
  s('contextLength'), s('date'), s('jurisdiction'), s('level'), s('title'), s('publisher'), s('file'),
  i('degree'), d('weightedDegree'), d('pagerank'), d('betweenness'), i('community'), i('component'),
  d('x'), d('y'), d('chainX'), d('chainY'),
];

/** Relationship properties; `evidence` is the evidence list as a JSON string, `docs` its distinct documents. */
export const EDGE_COLUMNS: readonly Column[] = [
  s('key'), d('confidence'), s('method'), s('evidence'), list('docs'), i('count'), s('note'),
];

/** A node's value for a column, or undefined when absent. */
export function nodeValue(attrs: NodeAttributes, column: Column): unknown {
  const value = (attrs as Record<string, unknown>)[column.name];
  if (column.type === 'int' && typeof value === 'number') return Math.round(value);
  return value;
}

/** A relationship's value for a column, derived where the stored form differs from graph.json. */
export function edgeValue(key: string, attrs: EdgeAttributes, column: Column): unknown {
  switch (column.name) {
    case 'key': return key;
    case 'evidence': return JSON.stringify(attrs.evidence ?? []);
    case 'docs': return [...new Set((attrs.evidence ?? []).map((e) => e.doc))].sort();
    default: return (attrs as Record<string, unknown>)[column.name];
  }
}
