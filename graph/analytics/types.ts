// Shared shapes of the analytics registry: metric definitions, their parameters and results.
import type { TupuGraph } from '../export/graph-json.ts';

/** A value per node key: what every metric returns before it is written as an attribute. */
export type NodeMapping = Record<string, number>;

/** One tunable setting of a metric or layout, described for the CLI, API and viewer. */
export interface ParameterSpec {
  name: string;
  type: 'number' | 'boolean' | 'string[]';
  default: number | boolean | string[];
  description: string;
}

/** A registry entry: `fn` is pure (graph in, mapping out); `attribute` is where `assign` writes it. */
export interface MetricDefinition<P = Record<string, unknown>> {
  id: string;
  title: string;
  attribute: 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community' | 'component';
  parameters: readonly ParameterSpec[];
  fn: (graph: TupuGraph, params?: Partial<P>) => NodeMapping;
}
