// Derived state: sigma's reducers for the current stores, memoised on their inputs, and the live pair a renderer uses.
import { useSyncExternalStore } from 'react';
import { graphStore } from './graph-store.ts';
import { viewStore } from './view-store.ts';
import { selectionStore } from './selection-store.ts';
import { filterStore } from './filter-store.ts';
import { explorationStore } from './exploration-store.ts';
import { getVisible } from './derived.ts';
import { viewReducers, type ViewReducers } from '../graph/reducers.ts';
import { isLargeGraph } from '../controllers/sigma-settings.ts';

let memo: { inputs: unknown[]; value: ViewReducers | null } = { inputs: [], value: null };

/** The reducers for the current view state; a new pair only when something they read changed. */
export function getReducers(): ViewReducers | null {
  const { graph, facets } = graphStore.get();
  const { colourBy, lang, layout } = viewStore.get();
  const { node, edge, hovered, path } = selectionStore.get();
  const large = graph ? isLargeGraph(graph.order, graph.size) : false;
  // Hover emphasis re-runs both reducers over every item; on large graphs sigma's own hover highlight is enough.
  const focusHover = large ? null : hovered;
  const visible = getVisible();
  const inputs = [graph, facets, visible, colourBy, lang, layout, node, edge, focusHover, path];
  if (inputs.every((x, i) => x === memo.inputs[i])) return memo.value;
  const value = graph ? viewReducers(graph, { visible, colourBy, lang, node, edge, hovered: focusHover, path, maxPagerank: facets?.maxPagerank ?? 0, large, layout }) : null;
  memo = { inputs, value };
  return value;
}

const stores = [graphStore, viewStore, selectionStore, filterStore, explorationStore];
const subscribe = (listener: () => void) => {
  const offs = stores.map((s) => s.subscribe(listener));
  return () => offs.forEach((off) => off());
};

export const useReducers = (): ViewReducers | null => useSyncExternalStore(subscribe, getReducers);

/**
 * The reducers one renderer is created with. They delegate to the current pair, so sigma's constructor already
 * draws the view state and a change costs one refresh (setting both reducers through `setSetting` costs two
 * full passes over every node and edge).
 */
export interface LiveReducers extends ViewReducers {
  /** Switches to the current pair; false when the renderer already draws it. */
  update(): boolean;
}

export function liveReducers(): LiveReducers {
  let current = getReducers();
  return {
    nodeReducer: (id, a) => current?.nodeReducer(id, a) ?? {},
    edgeReducer: (id, a) => current?.edgeReducer(id, a) ?? {},
    update() {
      const next = getReducers();
      if (next === current) return false;
      current = next;
      return true;
    },
  };
}
