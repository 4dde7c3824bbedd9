// Connected components (direction ignored), numbered by size: 0 is the largest.
import type { TupuGraph } from '../export/graph-json.ts';
import { buildAdjacency, STRUCTURAL_REL_TYPES, toMapping } from './adjacency.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

/** Component settings: which relationship types do not connect. */
export interface ComponentParams { excludeTypes: string[] }
export const COMPONENT_DEFAULTS: ComponentParams = { excludeTypes: [...STRUCTURAL_REL_TYPES] };

/** Renumber group ids by descending size, ties by first member, so ids are stable across runs. */
export function rankGroups(groups: ArrayLike<number>): Int32Array {
  const size = new Map<number, number>(); const first = new Map<number, number>();
  for (let i = 0; i < groups.length; i++) {
    size.set(groups[i], (size.get(groups[i]) ?? 0) + 1);
    if (!first.has(groups[i])) first.set(groups[i], i);
  }
  const ranked = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || first.get(a)! - first.get(b)!);
  const newId = new Map(ranked.map((g, i) => [g, i]));
  return Int32Array.from({ length: groups.length }, (_, i) => newId.get(groups[i])!);
}

export function components(graph: TupuGraph, params: Partial<ComponentParams> = {}): NodeMapping {
  const { excludeTypes } = { ...COMPONENT_DEFAULTS, ...params };
  const { keys, offsets, targets } = buildAdjacency(graph, 'undirected', excludeTypes);
  const label = new Int32Array(keys.length).fill(-1);
  const stack: number[] = [];
  for (let start = 0; start < keys.length; start++) {
    if (label[start] >= 0) continue;
    label[start] = start; stack.push(start);
    while (stack.length) {
      const v = stack.pop()!;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        if (label[targets[e]] < 0) { label[targets[e]] = start; stack.push(targets[e]); }
      }
    }
  }
  return toMapping(keys, rankGroups(label));
}

export const componentMetric: MetricDefinition<ComponentParams> = {
  id: 'component', title: 'Connected component', attribute: 'component', fn: components,
  parameters: [{ name: 'excludeTypes', type: 'string[]', default: COMPONENT_DEFAULTS.excludeTypes, description: 'relationship types that do not connect' }],
};
