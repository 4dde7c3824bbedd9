// neo4j-admin import CSVs: one file per label and per relationship type, typed headers, arrays split by `;`.
import type { TupuGraph } from './graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from './columns.ts';
import { csvLine } from './csv.ts';
import { graphRows, type GraphRows } from './rows.ts';

/** One output file: a path relative to the export folder, and its text. */
export interface ExportFile { path: string; content: string }

const NEO4J_TYPE: Record<Column['type'], string> = { string: '', 'string[]': ':string[]', int: ':long', double: ':double' };
const header = (c: Column) => (c.name === 'confidence' ? 'confidence:float' : `${c.name}${NEO4J_TYPE[c.type]}`);

/** `;` unless some list element contains it; then U+001F, which the README command then names. */
export function pickArrayDelimiter(graph: TupuGraph): string {
  let clash = false;
  graph.forEachNode((_k, a) => { if (!clash && [...a.aliases, ...a.docs].some((s) => s.includes(';'))) clash = true; });
  graph.forEachEdge((_k, a) => { if (!clash && a.evidence.some((e) => e.doc.includes(';'))) clash = true; });
  return clash ? '\u001f' : ';';
}

function cell(value: unknown, c: Column, delimiter: string): unknown {
  return c.type === 'string[]' && Array.isArray(value) ? (value.length ? value.join(delimiter) : undefined) : value;
}

/** The CSV files and the README with the exact import command. */
export function buildNeo4jImport(graph: TupuGraph, rows: GraphRows = graphRows(graph)): { files: ExportFile[]; delimiter: string } {
  const delimiter = pickArrayDelimiter(graph);
  const files: ExportFile[] = [];
  for (const [label, nodeRows] of rows.nodes()) {
    let text = csvLine(['id:ID', ...NODE_COLUMNS.map(header), ':LABEL']);
    for (const row of nodeRows) text += csvLine([row.id, ...NODE_COLUMNS.map((c) => cell(row.props[c.name], c, delimiter)), label]);
    files.push({ path: `nodes-${label}.csv`, content: text });
  }
  const byType = new Map<string, string>();
  for (const group of rows.rels()) {
    let text = byType.get(group.type) ?? csvLine([':START_ID', ':END_ID', ':TYPE', ...EDGE_COLUMNS.map(header)]);
    for (const row of group.rows) text += csvLine([row.from, row.to, group.type, ...EDGE_COLUMNS.map((c) => cell(row.props[c.name], c, delimiter))]);
    byType.set(group.type, text);
  }
  for (const [type, content] of byType) files.push({ path: `rels-${type}.csv`, content });
  files.push({ path: 'README.md', content: importReadme(files.map((f) => f.path), delimiter) });
  return { files, delimiter };
}

/** The exact `neo4j-admin database import full` command line for these files. */
export function importCommand(paths: readonly string[], delimiter: string, dir = 'import'): string {
  const arg = delimiter === ';' ? '";"' : `"U+${delimiter.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"`;
  return [
    'bin/neo4j-admin database import full neo4j',
    '--overwrite-destination=true', `--array-delimiter=${arg}`, '--multiline-fields=true', '--id-type=string',
    ...paths.filter((p) => p.startsWith('nodes-')).map((p) => `--nodes=${dir}/${p}`),
    ...paths.filter((p) => p.startsWith('rels-')).map((p) => `--relationships=${dir}/${p}`),
  ].join(' \\\n  ');
}

function importReadme(paths: readonly string[], delimiter: string): string {
  return `# Tupu graph: Neo4j bulk import

One CSV per label (\`nodes-*.csv\`: \`id:ID\`, typed properties, \`:LABEL\`) and per relationship type
(\`rels-*.csv\`: \`:START_ID\`, \`:END_ID\`, \`:TYPE\`, properties). List properties (\`aliases\`, \`docs\`)
are split on ${delimiter === ';' ? '`;`' : 'U+001F (some values contain `;`)'}; \`evidence\` is a JSON string.

Stop Neo4j 5, copy these files into \`$NEO4J_HOME/import/\`, then from \`$NEO4J_HOME\` run:

\`\`\`sh
${importCommand(paths, delimiter)}
\`\`\`

Then start Neo4j and create the uniqueness constraints (the first statements of \`../load.cypher\`).
With the repository's docker-compose.yml (which mounts \`./out/neo4j\` at \`/import\`):

\`\`\`sh
docker compose stop neo4j
docker compose run --rm neo4j ${importCommand(paths, delimiter, '/import').replace('bin/neo4j-admin', 'neo4j-admin').replace(/ \\\n {2}/g, ' ')}
docker compose start neo4j
\`\`\`

To load into a running database instead (slower, idempotent): \`cypher-shell -f ../load.cypher\`, or
\`tupu load --target neo4j --uri bolt://localhost:7687 --user neo4j\` with \`NEO4J_PASSWORD\` set.
`;
}
