// Cypher literals and statement shapes shared by load.cypher (literal rows) and the Neo4j driver ($rows).
import { NODE_LABELS } from '../../schema/index.ts';

/** A Cypher string literal: single-quoted, with backslash escapes for quotes, backslashes and controls. */
export function cypherString(text: string): string {
  return `'${text.replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  })}'`;
}

/** Any row value as a Cypher literal (strings, finite numbers, booleans, lists, maps; others become null). */
export function cypherLiteral(value: unknown): string {
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${identifier(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  return 'null';
}

/** A label, type or key, backticked unless it is a plain identifier. */
export function identifier(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

/** One uniqueness constraint on `id` per ontology label, created only if missing. */
export function constraintStatements(labels: readonly string[] = NODE_LABELS): string[] {
  return labels.map((l) => `CREATE CONSTRAINT ${identifier(`${l.toLowerCase()}_id`)} IF NOT EXISTS FOR (n:${identifier(l)}) REQUIRE n.id IS UNIQUE`);
}

/** MERGE a batch of nodes of one label; `rows` is `$rows` or a literal list of `{id, props}` maps. */
export function nodeMergeStatement(label: string, rows: string): string {
  return `UNWIND ${rows} AS row MERGE (n:${identifier(label)} {id: row.id}) SET n = row.props`;
}

/** MERGE a batch of relationships of one type between two labels, matched by relationship `key`. */
export function relMergeStatement(type: string, from: string, to: string, rows: string): string {
  return `UNWIND ${rows} AS row MATCH (a:${identifier(from)} {id: row.from}) MATCH (b:${identifier(to)} {id: row.to}) `
    + `MERGE (a)-[r:${identifier(type)} {key: row.props.key}]->(b) SET r = row.props`;
}
