// The kuzu schema from the ontology: one node table per label, one rel table per type with its FROM/TO pairs.
import { NODE_LABELS, REL_ENDPOINTS, REL_TYPES } from '../../schema/index.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export/columns.ts';

/** A (type, from label, to label) present in a graph: one COPY, and one FROM/TO pair of the type's rel table. */
export interface RelTriple { type: string; from: string; to: string }

/** kuzu column types for the shared column spec. */
export const KUZU_TYPE: Record<Column['type'], string> = { string: 'STRING', 'string[]': 'STRING[]', int: 'INT64', double: 'DOUBLE' };

const columnsDdl = (columns: readonly Column[]) => columns.map((c) => `\`${c.name}\` ${KUZU_TYPE[c.type]}`).join(', ');

/** FROM/TO pairs per type: the ontology's, plus any pair the data holds (curated or off-ontology edges still load). */
export function relPairs(groups: readonly RelTriple[]): Map<string, [string, string][]> {
  const pairs = new Map<string, [string, string][]>();
  const add = (type: string, from: string, to: string) => {
    const list = pairs.get(type) ?? [];
    if (!list.some(([f, t]) => f === from && t === to)) list.push([from, to]);
    pairs.set(type, list);
  };
  for (const type of REL_TYPES) for (const from of REL_ENDPOINTS[type].from) for (const to of REL_ENDPOINTS[type].to) add(type, from, to);
  for (const g of groups) add(g.type, g.from, g.to);
  return pairs;
}

/** CREATE statements: node tables keyed by `id`, rel tables with every FROM/TO pair. */
export function kuzuSchemaStatements(groups: readonly RelTriple[]): string[] {
  const labels = new Set<string>([...NODE_LABELS, ...groups.flatMap((g) => [g.from, g.to])]);
  const nodes = [...labels].map((l) => `CREATE NODE TABLE \`${l}\`(id STRING PRIMARY KEY, ${columnsDdl(NODE_COLUMNS)})`);
  const rels = [...relPairs(groups)].map(([type, pairs]) =>
    `CREATE REL TABLE \`${type}\`(${pairs.map(([f, t]) => `FROM \`${f}\` TO \`${t}\``).join(', ')}, ${columnsDdl(EDGE_COLUMNS)})`);
  return [...nodes, ...rels];
}
