// Per-node facets (tier, chain layer, region, reports) derived once from the graph for filtering.
import type { ViewerGraph } from './types.ts';

/** What the filters test a node against; derived from its IN_TIER / IN_LAYER / LOCATED_IN edges. */
export interface NodeFacets { tiers: string[]; layers: string[]; regions: string[]; docs: string[] }

/** Facets of every node plus the values present, for the filter controls. */
export interface GraphFacets {
  byNode: Map<string, NodeFacets>;
  values: { tiers: string[]; layers: string[]; regions: string[]; docs: string[]; relTypes: string[]; labels: string[]; communities: number[] };
  dateRange: [string, string] | null;
  maxPagerank: number;
}

const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'zh'));

/** Layer codes include their parents, so filtering on 模型层 also keeps 通用基础大模型. */
const withParents = (code: string): string[] => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'));

export function computeFacets(graph: ViewerGraph): GraphFacets {
  const byNode = new Map<string, NodeFacets>();
  const all = { tiers: new Set<string>(), layers: new Set<string>(), regions: new Set<string>(), docs: new Set<string>(), relTypes: new Set<string>(), labels: new Set<string>() };
  const communities = new Set<number>();
  let minDate = ''; let maxDate = ''; let maxPagerank = 0;
  graph.forEachNode((id, a) => {
    byNode.set(id, { tiers: [], layers: [], regions: [], docs: a.docs });
    for (const d of a.docs) all.docs.add(d);
    all.labels.add(a.label);
    if (a.community !== undefined) communities.add(a.community);
    if (a.releaseDate) {
      if (!minDate || a.releaseDate < minDate) minDate = a.releaseDate;
      if (!maxDate || a.releaseDate > maxDate) maxDate = a.releaseDate;
    }
    maxPagerank = Math.max(maxPagerank, a.pagerank ?? 0);
  });
  graph.forEachEdge((_, a, source, target) => {
    all.relTypes.add(a.type);
    const f = byNode.get(source)!;
    const t = graph.getNodeAttributes(target);
    if (a.type === 'IN_TIER') { f.tiers.push(t.code ?? target); all.tiers.add(t.code ?? target); }
    if (a.type === 'IN_LAYER') for (const c of withParents(t.code ?? target)) { f.layers.push(c); all.layers.add(c); }
    if (a.type === 'LOCATED_IN') { f.regions.push(t.name); all.regions.add(t.name); }
  });
  return {
    byNode,
    values: { tiers: sorted(all.tiers), layers: sorted(all.layers), regions: sorted(all.regions), docs: sorted(all.docs), relTypes: sorted(all.relTypes), labels: sorted(all.labels), communities: [...communities].sort((a, b) => a - b) },
    dateRange: minDate ? [minDate, maxDate] : null,
    maxPagerank,
  };
}
