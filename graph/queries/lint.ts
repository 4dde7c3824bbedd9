// Neo4j's own Cypher linter over our statements, with the ontology as the database schema.
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import { NODE_LABELS, REL_TYPES } from '../../schema/index.ts';
import { EDGE_COLUMNS, NODE_COLUMNS } from '../export/columns.ts';

/** One linter finding: `error` fails a test, `warning` names unknown labels, types or properties. */
export interface LintProblem { severity: 'error' | 'warning'; message: string; line: number }

/**
 * The ontology's labels, types and property keys, plus Neo4j 5's built-in function list
 * (shipped with the language-support package), so calls to non-Neo4j functions are errors.
 */
export function ontologyDbSchema(parameters: Record<string, unknown> = {}): DbSchema {
  return {
    functions: testData.mockSchema.functions,
    procedures: testData.mockSchema.procedures,
    labels: [...NODE_LABELS],
    relationshipTypes: [...REL_TYPES],
    propertyKeys: ['id', ...NODE_COLUMNS.map((c) => c.name), ...EDGE_COLUMNS.map((c) => c.name)],
    parameters,
  };
}

/** Lint one statement; parameters are declared so `$name` is not reported. */
export function lintCypher(cypher: string, parameters: Record<string, unknown> = {}): LintProblem[] {
  const { diagnostics } = lintCypherQuery(cypher, ontologyDbSchema(parameters));
  return diagnostics.map((d) => ({ severity: d.severity === 1 ? 'error' : 'warning', message: typeof d.message === 'string' ? d.message : d.message.value, line: d.range.start.line + 1 }));
}
