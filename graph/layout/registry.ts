// The one list of precomputed layouts the CLI, the API and the viewer read.
import type { TupuGraph } from '../export/graph-json.ts';
import { chainLayoutDefinition } from './chain.ts';
import { forceAtlas2Definition } from './forceatlas2.ts';
import type { LayoutDefinition, PositionMapping } from './types.ts';

/** Every layout a build computes, in order. */
export const LAYOUTS: readonly LayoutDefinition<never>[] = [forceAtlas2Definition, chainLayoutDefinition] as readonly LayoutDefinition<never>[];

/** Per-layout settings, keyed by layout id. */
export type LayoutParams = Partial<Record<string, Record<string, unknown>>>;

/** Positions for one layout, without touching the graph. */
export function computeLayout(graph: TupuGraph, id: string, params?: Record<string, unknown>): PositionMapping {
  const layout = LAYOUTS.find((l) => l.id === id);
  if (!layout) throw new Error(`graph/layout: unknown layout ${JSON.stringify(id)} (known: ${LAYOUTS.map((l) => l.id).join(', ')})`);
  return (layout.fn as (g: TupuGraph, p?: unknown) => PositionMapping)(graph, params);
}

/** Compute every layout and write its two attributes; returns milliseconds per layout. */
export function assignLayouts(graph: TupuGraph, params: LayoutParams = {}): Record<string, number> {
  const timings: Record<string, number> = {};
  for (const layout of LAYOUTS) {
    const started = performance.now();
    const positions = computeLayout(graph, layout.id, params[layout.id]);
    const [ax, ay] = layout.attributes;
    graph.updateEachNodeAttributes((key, attrs) => ({ ...attrs, [ax]: positions[key]?.x ?? 0, [ay]: positions[key]?.y ?? 0 }), { attributes: [ax, ay] });
    timings[layout.id] = Math.round(performance.now() - started);
  }
  return timings;
}
