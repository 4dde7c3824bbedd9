// The loaded graph and what is derived from it once: facets. Loading goes through `loadGraph`.
import { MultiDirectedGraph } from 'graphology';
import { createStore } from './create-store.ts';
import type { ViewerGraph, NodeAttributes, EdgeAttributes } from '../graph/types.ts';
import { computeFacets, type GraphFacets } from '../graph/facets.ts';
import { fetchGraph } from '../api/client.ts';
import type { GraphJson, GraphAttributes } from '../../../schema/index.ts';

export interface GraphState {
  status: 'loading' | 'ready' | 'error';
  error: { code: string; message: string } | null;
  graph: ViewerGraph | null;
  facets: GraphFacets | null;
}

export const graphStore = createStore<GraphState>({ status: 'loading', error: null, graph: null, facets: null });

/** Positions for nodes the graph stage did not lay out: a circle, so the view is never empty. */
function ensurePositions(graph: ViewerGraph): void {
  const missing = graph.filterNodes((_, a) => typeof a.x !== 'number' || typeof a.y !== 'number');
  const n = missing.length;
  const r = Math.max(10, Math.sqrt(n) * 10);
  missing.forEach((id, i) => graph.mergeNodeAttributes(id, { x: r * Math.cos((2 * Math.PI * i) / n), y: r * Math.sin((2 * Math.PI * i) / n) }));
}

/** Builds the viewer graph from graph JSON: `import` straight from graphology's serialisation. */
export function graphFromJson(json: GraphJson): ViewerGraph {
  // Relationships of different types may link the same two nodes, whatever `options.multi` says.
  const graph: ViewerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: json.options?.allowSelfLoops ?? true });
  graph.import(json);
  ensurePositions(graph);
  return graph;
}

export async function loadGraph(): Promise<void> {
  graphStore.set({ status: 'loading', error: null });
  try {
    const json = await fetchGraph();
    performance.mark('tupu:graph-validated');
    const graph = graphFromJson(json);
    performance.mark('tupu:graph-imported');
    const facets = computeFacets(graph);
    performance.mark('tupu:facets');
    graphStore.set({ status: 'ready', graph, facets });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    graphStore.set({ status: 'error', error: { code: err.code ?? 'INTERNAL', message: err.message ?? String(e) } });
  }
}
