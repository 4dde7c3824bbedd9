// graph.json in and out: validation with errors that name the node or edge, and graphology conversion.
import { readFile } from 'node:fs/promises';
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { GraphJson, type EdgeAttributes, type GraphAttributes, type NodeAttributes } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';

/** The in-memory graph every graph/ transform reads: graphology with the contract's attributes. */
export type TupuGraph = AbstractGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function describe(json: unknown, path: PropertyKey[]): string {
  const [section, index, ...rest] = path;
  const items = (json as Record<string, unknown> | null)?.[section as string];
  const where = rest.length ? `.${rest.join('.')}` : '';
  if ((section === 'nodes' || section === 'edges') && typeof index === 'number' && Array.isArray(items)) {
    const item = items[index] as Record<string, unknown> | undefined;
    const id = section === 'nodes' ? item?.key : item?.key ?? `${String(item?.source)}->${String(item?.target)}`;
    return `${section}[${index}] (${JSON.stringify(id)})${where}`;
  }
  return path.map(String).join('.') || '(root)';
}

/** Validate unknown input as graph.json; SCHEMA_INVALID names the first offending nodes/edges. */
export function parseGraphJson(input: unknown, source = 'graph.json'): GraphJson {
  const parsed = GraphJson.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.slice(0, 5).map((i) => `${describe(input, i.path)}: ${i.message}`);
    throw new TupuError('SCHEMA_INVALID', `${source}: ${lines.join('; ')}`);
  }
  const json = parsed.data;
  const keys = new Set<string>();
  json.nodes.forEach((n, i) => {
    if (keys.has(n.key)) throw new TupuError('SCHEMA_INVALID', `${source}: nodes[${i}] (${JSON.stringify(n.key)}): duplicate node key`);
    keys.add(n.key);
  });
  const pairs = new Set<string>(); const edgeKeys = new Set<string>();
  let parallel = false;
  json.edges.forEach((e, i) => {
    const where = `${source}: edges[${i}] (${JSON.stringify(e.key ?? `${e.source}->${e.target}`)})`;
    for (const end of [e.source, e.target]) {
      if (!keys.has(end)) throw new TupuError('SCHEMA_INVALID', `${where}: references missing node ${JSON.stringify(end)}`);
    }
    if (e.key !== undefined) {
      if (edgeKeys.has(e.key)) throw new TupuError('SCHEMA_INVALID', `${where}: duplicate edge key`);
      edgeKeys.add(e.key);
    }
    const pair = `${e.source}\u0000${e.target}`;
    if (pairs.has(pair)) parallel = true;
    pairs.add(pair);
  });
  // The ontology allows several relationship types between two entities (FOUNDED and AFFILIATED_WITH),
  // so a graph declared simple that holds parallel edges is read as the multigraph it is.
  if (parallel && json.options?.multi === false) return { ...json, options: { ...json.options, multi: true } };
  return json;
}

/** A build's graph.json read and validated: INPUT_NOT_FOUND when there is none, SCHEMA_INVALID when it is not a graph. */
export async function readGraphJsonFile(file: string): Promise<GraphJson> {
  const text = await readFile(file, 'utf8').catch(() => { throw new TupuError('INPUT_NOT_FOUND', `no graph at ${file}; run \`tupu build\` first`); });
  let data: unknown;
  try { data = JSON.parse(text); } catch (err) { throw new TupuError('SCHEMA_INVALID', `${file}: not JSON (${(err as Error).message})`); }
  return parseGraphJson(data, file);
}

/** A graphology graph from validated graph.json (edges keep their keys; missing keys are made stable). Always a multigraph, as in the server and the viewer. */
export function toGraphology(json: GraphJson): TupuGraph {
  const graph: TupuGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: json.options?.allowSelfLoops ?? true });
  graph.replaceAttributes({ ...json.attributes });
  for (const n of json.nodes) graph.addNode(n.key, { ...n.attributes });
  json.edges.forEach((e, i) => {
    graph.addEdgeWithKey(e.key ?? `${e.attributes.type}:${e.source}->${e.target}#${i}`, e.source, e.target, { ...e.attributes });
  });
  return graph;
}

/** graph.json from a graphology graph, in graphology's own `export()` shape. */
export function toGraphJson(graph: TupuGraph): GraphJson {
  const exported = graph.export();
  return {
    options: { type: 'directed', multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: exported.attributes as GraphAttributes,
    nodes: exported.nodes.map((n) => ({ key: n.key, attributes: n.attributes as NodeAttributes })),
    edges: exported.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes as EdgeAttributes })),
  };
}
