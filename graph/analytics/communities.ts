// Louvain communities on the undirected, confidence-weighted entity graph, with a seeded RNG.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import { cjsDefault } from './cjs.ts';
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency, STRUCTURAL_REL_TYPES } from './adjacency.ts';
import { rankGroups } from './components.ts';
import { seededRandom } from './random.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

const louvain = cjsDefault(louvainModule);

/** Louvain settings: modularity resolution and RNG seed. */
export interface CommunityParams { resolution: number; seed: number; excludeTypes: string[] }
export const COMMUNITY_DEFAULTS: CommunityParams = { resolution: 1, seed: 42, excludeTypes: [...STRUCTURAL_REL_TYPES] };

/** Community ids numbered by size (0 is the largest); isolated nodes get their own community. */
export function communities(graph: TupuGraph, params: Partial<CommunityParams> = {}): NodeMapping {
  const { resolution, seed, excludeTypes } = { ...COMMUNITY_DEFAULTS, ...params };
  const { keys, offsets, targets, weights } = buildAdjacency(graph, 'undirected', excludeTypes);
  const simple = new UndirectedGraph<Record<string, never>, { weight?: number }>({ allowSelfLoops: false });
  for (const k of keys) simple.addNode(k);
  for (let u = 0; u < keys.length; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) {
      const v = targets[e];
      if (v <= u) continue;
      simple.updateEdge(keys[u], keys[v], (a) => ({ weight: (a.weight ?? 0) + weights[e] }));
    }
  }
  const found = louvain(simple, { resolution, rng: seededRandom(seed), getEdgeWeight: 'weight' });
  const ranked = rankGroups(keys.map((k) => found[k]));
  const out: NodeMapping = {};
  keys.forEach((k, i) => { out[k] = ranked[i]; });
  return out;
}

export const communityMetric: MetricDefinition<CommunityParams> = {
  id: 'community', title: 'Louvain community', attribute: 'community', fn: communities,
  parameters: [
    { name: 'resolution', type: 'number', default: COMMUNITY_DEFAULTS.resolution, description: 'modularity resolution; higher gives smaller communities' },
    { name: 'seed', type: 'number', default: COMMUNITY_DEFAULTS.seed, description: 'RNG seed' },
    { name: 'excludeTypes', type: 'string[]', default: COMMUNITY_DEFAULTS.excludeTypes, description: 'relationship types ignored' },
  ],
};
