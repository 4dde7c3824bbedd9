// PageRank by power iteration over confidence-weighted directed relationships.
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency, STRUCTURAL_REL_TYPES, toMapping } from './adjacency.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

/** PageRank settings: damping `alpha`, iteration cap and L1 convergence tolerance. */
export interface PagerankParams { alpha: number; maxIterations: number; tolerance: number; excludeTypes: string[] }
export const PAGERANK_DEFAULTS: PagerankParams = { alpha: 0.85, maxIterations: 100, tolerance: 1e-9, excludeTypes: [...STRUCTURAL_REL_TYPES] };

/** Scores summing to 1; dangling nodes spread their rank uniformly. */
export function pagerank(graph: TupuGraph, params: Partial<PagerankParams> = {}): NodeMapping {
  const { alpha, maxIterations, tolerance, excludeTypes } = { ...PAGERANK_DEFAULTS, ...params };
  const { keys, offsets, targets, weights } = buildAdjacency(graph, 'directed', excludeTypes);
  const n = keys.length;
  if (n === 0) return {};
  const outWeight = new Float64Array(n);
  for (let u = 0; u < n; u++) for (let e = offsets[u]; e < offsets[u + 1]; e++) outWeight[u] += weights[e];
  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIterations; iter++) {
    let dangling = 0;
    for (let u = 0; u < n; u++) if (outWeight[u] === 0) dangling += rank[u];
    next.fill((1 - alpha) / n + (alpha * dangling) / n);
    for (let u = 0; u < n; u++) {
      if (outWeight[u] === 0) continue;
      const share = (alpha * rank[u]) / outWeight[u];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) next[targets[e]] += share * weights[e];
    }
    let delta = 0;
    for (let u = 0; u < n; u++) delta += Math.abs(next[u] - rank[u]);
    [rank, next] = [next, rank];
    if (delta < tolerance) break;
  }
  return toMapping(keys, rank);
}

export const pagerankMetric: MetricDefinition<PagerankParams> = {
  id: 'pagerank', title: 'PageRank', attribute: 'pagerank', fn: pagerank,
  parameters: [
    { name: 'alpha', type: 'number', default: PAGERANK_DEFAULTS.alpha, description: 'damping factor' },
    { name: 'maxIterations', type: 'number', default: PAGERANK_DEFAULTS.maxIterations, description: 'iteration cap' },
    { name: 'tolerance', type: 'number', default: PAGERANK_DEFAULTS.tolerance, description: 'L1 change at which iteration stops' },
    { name: 'excludeTypes', type: 'string[]', default: PAGERANK_DEFAULTS.excludeTypes, description: 'relationship types ignored' },
  ],
};
