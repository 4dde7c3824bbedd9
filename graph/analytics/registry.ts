// The one list of node metrics that the CLI, the API and the viewer read, and the functions that run it.
import type { TupuGraph } from '../export/graph-json.ts';
import { betweennessMetric } from './betweenness.ts';
import { communityMetric } from './communities.ts';
import { componentMetric } from './components.ts';
import { degreeMetric, weightedDegreeMetric } from './degree.ts';
import { pagerankMetric } from './pagerank.ts';
import type { MetricDefinition, NodeMapping } from './types.ts';

/** Every metric, in the order a build computes them. */
export const METRICS: readonly MetricDefinition<never>[] = [
  degreeMetric, weightedDegreeMetric, pagerankMetric, betweennessMetric, communityMetric, componentMetric,
] as readonly MetricDefinition<never>[];

/** Per-metric settings, keyed by metric id. */
export type AnalyticsParams = Partial<Record<string, Record<string, unknown>>>;

/** What a run of the metrics produced: a mapping per metric id, and milliseconds per metric. */
export interface AnalyticsResult { values: Record<string, NodeMapping>; timingsMs: Record<string, number> }

/** Run metrics (all, or `only`) without touching the graph. */
export function computeAnalytics(graph: TupuGraph, params: AnalyticsParams = {}, only?: readonly string[]): AnalyticsResult {
  const values: Record<string, NodeMapping> = {}; const timingsMs: Record<string, number> = {};
  for (const metric of METRICS) {
    if (only && !only.includes(metric.id)) continue;
    const started = performance.now();
    values[metric.id] = (metric.fn as (g: TupuGraph, p?: unknown) => NodeMapping)(graph, params[metric.id]);
    timingsMs[metric.id] = Math.round(performance.now() - started);
  }
  return { values, timingsMs };
}

/** Run metrics and write each as its node attribute; returns the timings. */
export function assignAnalytics(graph: TupuGraph, params: AnalyticsParams = {}, only?: readonly string[]): Record<string, number> {
  const { values, timingsMs } = computeAnalytics(graph, params, only);
  for (const metric of METRICS) {
    const mapping = values[metric.id];
    if (!mapping) continue;
    graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, [metric.attribute]: mapping[key] }), { attributes: [metric.attribute] });
  }
  return timingsMs;
}
