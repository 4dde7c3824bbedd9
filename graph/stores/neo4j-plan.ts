// The statements a Neo4j load runs: constraints, then one `UNWIND $rows` shape per label and per (type, from, to).
import neo4j from 'neo4j-driver';
import type { TupuGraph } from '../export/graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS } from '../export/columns.ts';
import { constraintStatements, nodeMergeStatement, relMergeStatement } from '../export/cypher-text.ts';
import { batches, nodeRowsByLabel, relGroups } from '../export/rows.ts';

/** One write: a statement with `$rows`, the rows, and what it loads. */
export interface LoadBatch { kind: 'node' | 'relationship'; name: string; statement: string; rows: Record<string, unknown>[] }

/** Constraints and batches; `batchSize` rows per `UNWIND $rows` (default 10 000). */
export interface LoadPlan { constraints: string[]; batches: LoadBatch[] }

const INT_KEYS = new Set([...NODE_COLUMNS, ...EDGE_COLUMNS].filter((c) => c.type === 'int').map((c) => c.name));

/** Integers must travel as Neo4j integers, or the driver sends them as floats. */
function typed(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = INT_KEYS.has(k) && typeof v === 'number' ? neo4j.int(v) : v;
  return out;
}

export function neo4jLoadPlan(graph: TupuGraph, batchSize = 10_000): LoadPlan {
  const plan: LoadPlan = { constraints: constraintStatements(), batches: [] };
  for (const [label, rows] of nodeRowsByLabel(graph)) {
    for (const batch of batches(rows, batchSize)) {
      plan.batches.push({ kind: 'node', name: label, statement: nodeMergeStatement(label, '$rows'), rows: batch.map((r) => ({ id: r.id, props: typed(r.props) })) });
    }
  }
  for (const g of relGroups(graph)) {
    for (const batch of batches(g.rows, batchSize)) {
      plan.batches.push({ kind: 'relationship', name: g.type, statement: relMergeStatement(g.type, g.from, g.to, '$rows'), rows: batch.map((r) => ({ from: r.from, to: r.to, props: typed(r.props) })) });
    }
  }
  return plan;
}
