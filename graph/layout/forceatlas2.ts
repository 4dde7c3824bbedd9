// Seeded ForceAtlas2 for a fixed number of iterations (Barnes-Hut on large graphs): same input, same picture.
import { MultiUndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency } from '../analytics/adjacency.ts';
import { cjsDefault } from '../analytics/cjs.ts';
import { hashString } from '../analytics/random.ts';
import { round2, type LayoutDefinition, type PositionMapping } from './types.ts';

const forceAtlas2 = cjsDefault(forceAtlas2Module);

/** FA2 settings; `iterations: 0` picks a count by graph size. */
export interface ForceAtlas2Params { iterations: number; seed: number; barnesHutAbove: number; excludeTypes: string[] }
// Barnes-Hut from 500 nodes, as Gephi approximates repulsion by default: on the corpus graph (~850 nodes) it halves
// the layout's time; exact repulsion is quadratic in the node count.
export const FORCEATLAS2_DEFAULTS: ForceAtlas2Params = { iterations: 0, seed: 42, barnesHutAbove: 500, excludeTypes: ['MENTIONED_IN'] };

/** Iterations that keep a build's layout time bounded as graphs grow. */
export function defaultIterations(order: number): number {
  if (order <= 500) return 300;
  if (order <= 2000) return 150;
  if (order <= 20000) return 60;
  return 20;
}

/** Initial positions from a hash of each key and the seed: independent of node order. */
function seededStart(key: string, seed: number, radius: number): { x: number; y: number } {
  const a = (hashString(key, seed) / 4294967296) * 2 * Math.PI;
  const r = Math.sqrt(hashString(key, seed ^ 0x9e3779b9) / 4294967296) * radius;
  return { x: r * Math.cos(a), y: r * Math.sin(a) };
}

/** x/y per node from ForceAtlas2 run on the relationship graph (mentions excluded by default). */
export function forceAtlas2Layout(graph: TupuGraph, params: Partial<ForceAtlas2Params> = {}): PositionMapping {
  const { iterations, seed, barnesHutAbove, excludeTypes } = { ...FORCEATLAS2_DEFAULTS, ...params };
  const { keys, offsets, targets, weights } = buildAdjacency(graph, 'directed', excludeTypes);
  const work = new MultiUndirectedGraph<{ x: number; y: number }, { weight: number }>({ allowSelfLoops: false });
  const radius = Math.sqrt(keys.length) * 10;
  for (const k of keys) work.addNode(k, seededStart(k, seed, radius));
  for (let u = 0; u < keys.length; u++) {
    for (let e = offsets[u]; e < offsets[u + 1]; e++) work.addEdge(keys[u], keys[targets[e]], { weight: weights[e] });
  }
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: work.order > barnesHutAbove };
  const positions = forceAtlas2(work, { iterations: iterations || defaultIterations(work.order), settings, getEdgeWeight: 'weight' });
  const out: PositionMapping = {};
  for (const k of keys) out[k] = { x: round2(positions[k].x), y: round2(positions[k].y) };
  return out;
}

export const forceAtlas2Definition: LayoutDefinition<ForceAtlas2Params> = {
  id: 'forceatlas2', title: 'ForceAtlas2', attributes: ['x', 'y'], fn: forceAtlas2Layout,
  parameters: [
    { name: 'iterations', type: 'number', default: FORCEATLAS2_DEFAULTS.iterations, description: 'iterations; 0 = by size (300 / 150 / 60 / 20)' },
    { name: 'seed', type: 'number', default: FORCEATLAS2_DEFAULTS.seed, description: 'seed of the initial positions' },
    { name: 'barnesHutAbove', type: 'number', default: FORCEATLAS2_DEFAULTS.barnesHutAbove, description: 'node count above which Barnes-Hut is used' },
    { name: 'excludeTypes', type: 'string[]', default: FORCEATLAS2_DEFAULTS.excludeTypes, description: 'relationship types without attraction' },
  ],
};
