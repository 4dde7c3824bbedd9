// `tupu export`: write graph.json, GEXF, GraphML, Neo4j import CSVs and load.cypher from a build's graph.json.
import path from 'node:path';
import { UsageError, defineCommand } from '../command.ts';

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'Export the built graph as graph.json, GEXF, GraphML, Neo4j CSVs or load.cypher',
  usage: '[--out DIR] [--format json,gexf,graphml,neo4j,cypher] [--to DIR]',
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'build output holding graph.json', defaultText: 'out' },
    format: { type: 'string', valueName: 'LIST', description: 'comma-separated formats', defaultText: 'all' },
    to: { type: 'string', valueName: 'DIR', description: 'where to write', defaultText: 'the --out directory' },
    json: { type: 'boolean', description: 'print what was written as JSON' },
  },
  details: 'Formats: json (graph.json), gexf (Gephi), graphml, neo4j (neo4j/ CSVs + README with the import command), cypher (load.cypher).',
  async run({ values }) {
    const { EXPORT_FORMATS, writeExports, readGraphJsonFile, toGraphology } = await import('../../graph/export/index.ts');
    const out = path.resolve(values.out ?? 'out');
    const formats = values.format ? values.format.split(',').map((f) => f.trim()).filter(Boolean) : EXPORT_FORMATS.map((f) => f.id);
    const unknown = formats.filter((f) => !EXPORT_FORMATS.some((e) => e.id === f));
    if (unknown.length) throw new UsageError(`unknown format ${unknown.join(', ')} (known: ${EXPORT_FORMATS.map((f) => f.id).join(', ')})`);
    const graph = toGraphology(await readGraphJsonFile(path.join(out, 'graph.json')));
    const reports = await writeExports(graph, path.resolve(values.to ?? out), formats);
    if (values.json) process.stdout.write(`${JSON.stringify(reports)}\n`);
    else for (const r of reports) process.stdout.write(`${r.format}: ${r.files.length} file${r.files.length === 1 ? '' : 's'}, ${r.files.reduce((n, f) => n + f.bytes, 0)} bytes in ${r.ms} ms\n`);
    return 0;
  },
});
