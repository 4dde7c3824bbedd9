// The export formats `tupu export` and `tupu build` write, as one registry, and the writer that runs them.
import path from 'node:path';
import { writeFileAtomic } from '../../common/atomic-write.ts';
import { toGraphJson, type TupuGraph } from './graph-json.ts';
import { toGexf } from './gexf.ts';
import { toGraphml } from './graphml.ts';
import { buildLoadCypher, renderLoadCypher } from './load-cypher.ts';
import { buildNeo4jImport, type ExportFile } from './neo4j-import.ts';
import { graphRows, type GraphRows } from './rows.ts';

/**
 * A format: its id, what it is for, and the files it produces (paths relative to the output folder). `rows`, when
 * given, are the graph's rows shared with the other formats of the same run.
 */
export interface ExportFormat { id: string; description: string; render: (graph: TupuGraph, rows?: GraphRows) => ExportFile[] }

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'json', description: 'graph.json (graphology; the viewer and API read it)', render: (g) => [{ path: 'graph.json', content: JSON.stringify(toGraphJson(g)) }] },
  { id: 'gexf', description: 'graph.gexf for Gephi', render: (g) => [{ path: 'graph.gexf', content: toGexf(g) }] },
  { id: 'graphml', description: 'graph.graphml for yEd, Cytoscape, NetworkX', render: (g) => [{ path: 'graph.graphml', content: toGraphml(g) }] },
  { id: 'neo4j', description: 'neo4j/ CSVs for neo4j-admin database import, with README', render: (g, rows) => buildNeo4jImport(g, rows).files.map((f) => ({ ...f, path: `neo4j/${f.path}` })) },
  { id: 'cypher', description: 'load.cypher for cypher-shell (idempotent MERGE)', render: (g, rows) => [{ path: 'load.cypher', content: renderLoadCypher(buildLoadCypher(g, undefined, rows), { builtAt: g.getAttribute('builtAt') }) }] },
];

/** What one format wrote. */
export interface ExportReport { format: string; files: { path: string; bytes: number }[]; ms: number }

/** Write the chosen formats (default: all) under `outDir`, each file atomically. */
export async function writeExports(graph: TupuGraph, outDir: string, formats: readonly string[] = EXPORT_FORMATS.map((f) => f.id)): Promise<ExportReport[]> {
  const unknown = formats.filter((f) => !EXPORT_FORMATS.some((e) => e.id === f));
  if (unknown.length) throw new Error(`graph/export: unknown format ${unknown.join(', ')} (known: ${EXPORT_FORMATS.map((f) => f.id).join(', ')})`);
  const reports: ExportReport[] = [];
  const rows = graphRows(graph);
  for (const format of EXPORT_FORMATS.filter((f) => formats.includes(f.id))) {
    const started = performance.now();
    const files = format.render(graph, rows);
    for (const f of files) await writeFileAtomic(path.join(outDir, f.path), f.content);
    reports.push({ format: format.id, files: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content) })), ms: Math.round(performance.now() - started) });
  }
  return reports;
}
