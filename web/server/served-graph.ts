// The graph a server serves: loaded and validated once, with its search index and pre-compressed JSON.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { GraphJson, type NodeAttributes, type EdgeAttributes, type GraphAttributes } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';
import { escapeJsonForHtml } from './json-escape.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

/** The in-memory graph type the server answers from. */
export type TupuGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Everything the read routes need, computed once at start-up. */
export interface ServedGraph {
  graph: TupuGraph;
  search: SearchIndex;
  /** The whole graph as JSON, raw and gzip-compressed, so `/api/graph` costs nothing per request. */
  json: Buffer;
  gzipped: Buffer;
  /** Report titles by document file name. */
  titles: Map<string, string>;
}

/** Builds the served graph from a validated graph.json. */
export function serveGraph(json: GraphJson): ServedGraph {
  const options = { allowSelfLoops: json.options?.allowSelfLoops ?? true };
  // Relationships of different types may link the same two nodes, whatever `options.multi` says.
  const graph: TupuGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>(options);
  graph.import(json);
  const titles = new Map<string, string>();
  graph.forEachNode((_, a) => {
    if (a.label === 'Document') titles.set(a.file ?? a.name, a.title ?? a.name);
  });
  const search = buildSearchIndex(graph.mapNodes((id, a) => ({ id, name: a.name, label: a.label, aliases: a.aliases, weight: a.pagerank ?? a.degree ?? graph.degree(id) })));
  const raw = Buffer.from(escapeJsonForHtml(JSON.stringify(graph.export())));
  return { graph, search, json: raw, gzipped: gzipSync(raw, { level: 6 }), titles };
}

/** Reads `graph.json` from a build's output directory; a missing or invalid file is an error with a code. */
export async function loadServedGraph(outDir: string): Promise<ServedGraph> {
  const file = join(outDir, 'graph.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new TupuError('INPUT_NOT_FOUND', `serve: no graph at ${file}; run \`tupu build --out ${outDir}\` first`, { cause });
  }
  const parsed = GraphJson.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new TupuError('SCHEMA_INVALID', `serve: ${file} does not match the graph.json contract: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return serveGraph(parsed.data);
}
