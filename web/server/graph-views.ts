// Read views over the served graph: a node's neighbourhood, its details, an edge's evidence.
import type { GraphJson, NodeDetails, NodeRef, Neighbour, ReportRef, EdgeEvidence } from '../../schema/index.ts';
import { TupuError } from '../../common/errors.ts';
import type { ServedGraph, TupuGraph } from './served-graph.ts';

/** Most neighbours listed for one node; hubs like a Tier node would otherwise send thousands. */
export const MAX_NEIGHBOURS = 500;

const refOf = (graph: TupuGraph, id: string): NodeRef => {
  const a = graph.getNodeAttributes(id);
  return { id, name: a.name, label: a.label };
};

function requireNode(graph: TupuGraph, id: string): void {
  if (!graph.hasNode(id)) throw new TupuError('NOT_FOUND', `graph: no node with id ${JSON.stringify(id)}`);
}

/** Nodes within `depth` hops of `focus` (either direction) and the edges between them, as graph JSON. */
export function neighbourhood(graph: TupuGraph, focus: string, depth: number): GraphJson {
  requireNode(graph, focus);
  const seen = new Set([focus]);
  let frontier = [focus];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const n of frontier) {
      graph.forEachNeighbor(n, (m) => {
        if (!seen.has(m)) { seen.add(m); next.push(m); }
      });
    }
    frontier = next;
  }
  const out: GraphJson = { options: { type: 'directed', multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, attributes: graph.getAttributes(), nodes: [], edges: [] };
  for (const id of seen) out.nodes.push({ key: id, attributes: graph.getNodeAttributes(id) });
  graph.forEachEdge((key, attributes, source, target) => {
    if (seen.has(source) && seen.has(target)) out.edges.push({ key, source, target, attributes });
  });
  return out;
}

/** Reports named with their titles, for evidence and the details panel. */
function reportOf(served: ServedGraph, doc: string): ReportRef {
  const key = `Document:${doc}`;
  const a = served.graph.hasNode(key) ? served.graph.getNodeAttributes(key) : undefined;
  return { doc, title: served.titles.get(doc) ?? a?.title ?? doc, ...(a?.publisher ? { publisher: a.publisher } : {}), ...(a?.date ? { date: a.date } : {}) };
}

/** Properties, tier, layer, region, neighbours and reports of one node. */
export function nodeDetails(served: ServedGraph, id: string): NodeDetails {
  const { graph } = served;
  requireNode(graph, id);
  const tiers: NodeRef[] = []; const layers: NodeRef[] = []; const regions: NodeRef[] = []; const neighbours: Neighbour[] = [];
  const visit = (direction: 'out' | 'in') => (edge: string, a: { type: string; confidence: number }, source: string, target: string) => {
    const other = direction === 'out' ? target : source;
    if (direction === 'out' && a.type === 'IN_TIER') tiers.push(refOf(graph, other));
    if (direction === 'out' && a.type === 'IN_LAYER') layers.push(refOf(graph, other));
    if (direction === 'out' && a.type === 'LOCATED_IN') regions.push(refOf(graph, other));
    if (neighbours.length < MAX_NEIGHBOURS) neighbours.push({ edge, type: a.type, direction, confidence: a.confidence, node: refOf(graph, other) });
  };
  graph.forEachOutEdge(id, visit('out'));
  graph.forEachInEdge(id, visit('in'));
  const attributes = graph.getNodeAttributes(id);
  return { id, attributes, tiers, layers, regions, neighbours, reports: attributes.docs.map((d) => reportOf(served, d)) };
}

/** The sentences that state one relationship, each with its report's title. */
export function edgeEvidence(served: ServedGraph, id: string): EdgeEvidence {
  const { graph } = served;
  if (!graph.hasEdge(id)) throw new TupuError('NOT_FOUND', `graph: no relationship with id ${JSON.stringify(id)}`);
  const a = graph.getEdgeAttributes(id);
  return {
    id, type: a.type, confidence: a.confidence, method: a.method,
    source: refOf(graph, graph.source(id)), target: refOf(graph, graph.target(id)),
    evidence: a.evidence.map((e) => ({ ...e, title: reportOf(served, e.doc).title })),
  };
}
