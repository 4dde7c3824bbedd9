// What is visible: filters, hidden nodes, the explored scope and a Cypher overlay, as sets of ids.
import type { ViewerGraph } from './types.ts';
import type { GraphFacets } from './facets.ts';

/** The filter panel's state; empty lists mean "no restriction". */
export interface Filters {
  hiddenLabels: string[];
  hiddenRelTypes: string[];
  tiers: string[];
  layers: string[];
  regions: string[];
  docs: string[];
  minConfidence: number;
  dateFrom: string;
  dateTo: string;
}

export const NO_FILTERS: Filters = { hiddenLabels: [], hiddenRelTypes: [], tiers: [], layers: [], regions: [], docs: [], minConfidence: 0, dateFrom: '', dateTo: '' };

/** What the viewer opens with: report nodes hidden (their MENTIONED_IN edges would hide the structure; the details panel lists reports). */
export const DEFAULT_FILTERS: Filters = { ...NO_FILTERS, hiddenLabels: ['Document'] };

/** Restrictions beyond the filters: nodes hidden by hand, a focus/expand scope, a query result. */
export interface Exploration { hidden: ReadonlySet<string>; scope: ReadonlySet<string> | null; overlay: ReadonlySet<string> | null }

/** Visible node and edge ids; reducers hide everything else. */
export interface Visible { nodes: Set<string>; edges: Set<string> }

const anyOf = (want: string[], have: string[]) => want.length === 0 || have.some((h) => want.includes(h));

/** Applies filters and exploration to the graph; pure, linear in nodes + edges. */
export function computeVisible(graph: ViewerGraph, facets: GraphFacets, f: Filters, x: Exploration): Visible {
  const nodes = new Set<string>();
  const hiddenLabels = new Set(f.hiddenLabels);
  graph.forEachNode((id, a) => {
    if (hiddenLabels.has(a.label) || x.hidden.has(id)) return;
    if (x.scope && !x.scope.has(id)) return;
    if (x.overlay && !x.overlay.has(id)) return;
    const facet = facets.byNode.get(id);
    if (facet && !(anyOf(f.tiers, facet.tiers) && anyOf(f.layers, facet.layers) && anyOf(f.regions, facet.regions) && anyOf(f.docs, facet.docs))) return;
    if (a.releaseDate && ((f.dateFrom && a.releaseDate < f.dateFrom) || (f.dateTo && a.releaseDate.slice(0, f.dateTo.length) > f.dateTo))) return;
    nodes.add(id);
  });
  const edges = new Set<string>();
  const hiddenTypes = new Set(f.hiddenRelTypes);
  graph.forEachEdge((id, a, source, target) => {
    if (nodes.has(source) && nodes.has(target) && !hiddenTypes.has(a.type) && a.confidence >= f.minConfidence) edges.add(id);
  });
  return { nodes, edges };
}
