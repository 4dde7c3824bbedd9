// Betweenness centrality (Brandes, unweighted, undirected), sampled from seeded sources on large graphs.
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency, STRUCTURAL_REL_TYPES, toMapping } from './adjacency.ts';
import { seededRandom } from './random.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

/** Exact up to `exactUpTo` nodes; above it, `samples` seeded source nodes, scaled to the full graph. */
export interface BetweennessParams { exactUpTo: number; samples: number; seed: number; excludeTypes: string[] }
export const BETWEENNESS_DEFAULTS: BetweennessParams = { exactUpTo: 2000, samples: 100, seed: 42, excludeTypes: [...STRUCTURAL_REL_TYPES] };

function sources(n: number, { exactUpTo, samples, seed }: BetweennessParams): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  if (n <= exactUpTo || samples >= n) return all;
  const rand = seededRandom(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, samples);
}

/** Normalised betweenness in [0, 1]: the share of shortest paths between other pairs through a node. */
export function betweenness(graph: TupuGraph, params: Partial<BetweennessParams> = {}): NodeMapping {
  const settings = { ...BETWEENNESS_DEFAULTS, ...params };
  const { keys, offsets, targets } = buildAdjacency(graph, 'undirected', settings.excludeTypes);
  const n = keys.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n); const delta = new Float64Array(n);
  const dist = new Int32Array(n); const order = new Int32Array(n);
  const picked = sources(n, settings);
  for (const s of picked) {
    sigma.fill(0); delta.fill(0); dist.fill(-1);
    sigma[s] = 1; dist[s] = 0;
    let head = 0; let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (dist[w] < 0) { dist[w] = dist[v] + 1; order[tail++] = w; }
        if (dist[w] === dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = targets[e];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      score[w] += delta[w];
    }
  }
  const scale = (n / Math.max(picked.length, 1)) / Math.max((n - 1) * (n - 2), 1);
  for (let i = 0; i < n; i++) score[i] *= scale;
  return toMapping(keys, score);
}

export const betweennessMetric: MetricDefinition<BetweennessParams> = {
  id: 'betweenness', title: 'Betweenness (sampled on large graphs)', attribute: 'betweenness', fn: betweenness,
  parameters: [
    { name: 'exactUpTo', type: 'number', default: BETWEENNESS_DEFAULTS.exactUpTo, description: 'largest node count computed exactly' },
    { name: 'samples', type: 'number', default: BETWEENNESS_DEFAULTS.samples, description: 'source nodes sampled above exactUpTo' },
    { name: 'seed', type: 'number', default: BETWEENNESS_DEFAULTS.seed, description: 'sampling seed' },
    { name: 'excludeTypes', type: 'string[]', default: BETWEENNESS_DEFAULTS.excludeTypes, description: 'relationship types ignored' },
  ],
};
