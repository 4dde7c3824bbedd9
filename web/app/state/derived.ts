// Derived state: the visible subgraph, memoised on the identity of its inputs (graph, filters, exploration).
import { useSyncExternalStore } from 'react';
import { graphStore } from './graph-store.ts';
import { filterStore } from './filter-store.ts';
import { explorationStore } from './exploration-store.ts';
import { computeVisible, type Visible } from '../graph/visibility.ts';

let memo: { inputs: unknown[]; value: Visible | null } = { inputs: [], value: null };

/** The visible node and edge ids now; recomputed only when an input changed. */
export function getVisible(): Visible | null {
  const { graph, facets } = graphStore.get();
  const filters = filterStore.get();
  const x = explorationStore.get();
  const inputs = [graph, facets, filters, x.hidden, x.scope, x.overlay];
  if (inputs.every((v, i) => v === memo.inputs[i])) return memo.value;
  const value = graph && facets ? computeVisible(graph, facets, filters, x) : null;
  memo = { inputs, value };
  return value;
}

const subscribe = (listener: () => void) => {
  const offs = [graphStore.subscribe(listener), filterStore.subscribe(listener), explorationStore.subscribe(listener)];
  return () => offs.forEach((off) => off());
};

export const useVisible = (): Visible | null => useSyncExternalStore(subscribe, getVisible);
