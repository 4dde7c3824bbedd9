// load.cypher: constraints first, then parameter-free UNWIND-batched MERGE statements for `cypher-shell -f`.
import type { TupuGraph } from './graph-json.ts';
import { batches, graphRows, type GraphRows } from './rows.ts';
import { constraintStatements, cypherLiteral, nodeMergeStatement, relMergeStatement } from './cypher-text.ts';

/** The statements of load.cypher (without trailing semicolons) and how many are data batches. */
export interface LoadCypher { statements: string[]; constraints: number; batches: number }

/** Idempotent statements: running them twice on any database leaves the same graph. */
export function buildLoadCypher(graph: TupuGraph, batchSize = 1000, rows: GraphRows = graphRows(graph)): LoadCypher {
  const constraints = constraintStatements();
  const statements = [...constraints];
  for (const [label, nodeRows] of rows.nodes()) {
    for (const batch of batches(nodeRows, batchSize)) statements.push(nodeMergeStatement(label, cypherLiteral(batch)));
  }
  for (const group of rows.rels()) {
    for (const batch of batches(group.rows, batchSize)) statements.push(relMergeStatement(group.type, group.from, group.to, cypherLiteral(batch)));
  }
  return { statements, constraints: constraints.length, batches: statements.length - constraints.length };
}

/** The file text: a header comment, then one statement per line, each ending with `;`. */
export function renderLoadCypher(load: LoadCypher, meta: { builtAt?: string } = {}): string {
  const header = [
    '// Tupu graph for Neo4j 5. Run: cypher-shell -u neo4j -p "$NEO4J_PASSWORD" -f load.cypher',
    `// ${load.constraints} constraints, then ${load.batches} UNWIND/MERGE batches; safe to run again (idempotent).`,
    ...(meta.builtAt ? [`// built ${meta.builtAt}`] : []),
  ];
  return `${header.join('\n')}\n${load.statements.map((s) => `${s};`).join('\n')}\n`;
}
