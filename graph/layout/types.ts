// Shared shapes of the layout registry.
import type { TupuGraph } from '../export/graph-json.ts';
import type { ParameterSpec } from '../analytics/types.ts';

/** A position per node key. */
export type PositionMapping = Record<string, { x: number; y: number }>;

/** A registry entry: `fn` is pure; `attributes` are the two node attributes `assign` writes. */
export interface LayoutDefinition<P = Record<string, unknown>> {
  id: string;
  title: string;
  attributes: readonly ['x', 'y'] | readonly ['chainX', 'chainY'];
  parameters: readonly ParameterSpec[];
  fn: (graph: TupuGraph, params?: Partial<P>) => PositionMapping;
}

/** Two decimals: enough for a screen, and stable in diffs of graph.json. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;
