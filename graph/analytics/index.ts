// Analytics, public door: the metric registry and the pure metric functions.
export { METRICS, computeAnalytics, assignAnalytics, type AnalyticsParams, type AnalyticsResult } from './registry.ts';
export { degree, weightedDegree } from './degree.ts';
export { pagerank } from './pagerank.ts';
export { betweenness } from './betweenness.ts';
export { communities } from './communities.ts';
export { components } from './components.ts';
export { STRUCTURAL_REL_TYPES } from './adjacency.ts';
export { seededRandom, hashString } from './random.ts';
export type { MetricDefinition, NodeMapping, ParameterSpec } from './types.ts';
