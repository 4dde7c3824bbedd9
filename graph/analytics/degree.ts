// Degree and weighted degree (sum of confidences), counting both directions.
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency, toMapping } from './adjacency.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

/** Settings of both degree metrics. */
export interface DegreeParams { excludeTypes: string[] }
export const DEGREE_DEFAULTS: DegreeParams = { excludeTypes: ['MENTIONED_IN'] };

/** Number of relationships per node (self-loops and excluded types ignored). */
export function degree(graph: TupuGraph, params: Partial<DegreeParams> = {}): NodeMapping {
  const { excludeTypes } = { ...DEGREE_DEFAULTS, ...params };
  const adj = buildAdjacency(graph, 'undirected', excludeTypes);
  const values = adj.keys.map((_k, i) => adj.offsets[i + 1] - adj.offsets[i]);
  return toMapping(adj.keys, values);
}

/** Sum of the confidences of a node's relationships. */
export function weightedDegree(graph: TupuGraph, params: Partial<DegreeParams> = {}): NodeMapping {
  const { excludeTypes } = { ...DEGREE_DEFAULTS, ...params };
  const adj = buildAdjacency(graph, 'undirected', excludeTypes);
  const values = adj.keys.map((_k, i) => {
    let sum = 0;
    for (let e = adj.offsets[i]; e < adj.offsets[i + 1]; e++) sum += adj.weights[e];
    return Math.round(sum * 1e6) / 1e6;
  });
  return toMapping(adj.keys, values);
}

const excludeParam = { name: 'excludeTypes', type: 'string[]', default: DEGREE_DEFAULTS.excludeTypes, description: 'relationship types not counted' } as const;

export const degreeMetric: MetricDefinition<DegreeParams> = { id: 'degree', title: 'Degree', attribute: 'degree', parameters: [excludeParam], fn: degree };
export const weightedDegreeMetric: MetricDefinition<DegreeParams> = { id: 'weightedDegree', title: 'Weighted degree (confidence)', attribute: 'weightedDegree', parameters: [excludeParam], fn: weightedDegree };
