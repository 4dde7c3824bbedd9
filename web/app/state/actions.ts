// Cross-store actions the components dispatch: revealing a node, keyboard escape.
import { graphStore } from './graph-store.ts';
import { explorationStore } from './exploration-store.ts';
import { selectionStore, selectNode, clearSelection } from './selection-store.ts';

/** Selects a node and centres on it, making sure it is not hidden by hand or outside the scope. */
export function revealNode(id: string): void {
  const graph = graphStore.get().graph;
  if (!graph?.hasNode(id)) return;
  const { hidden, scope } = explorationStore.get();
  if (hidden.has(id) || (scope && !scope.has(id))) {
    const h = new Set(hidden); h.delete(id);
    explorationStore.set({ hidden: h, scope: scope ? new Set([...scope, id]) : null });
  }
  selectionStore.set({ path: null, pathFrom: null });
  selectNode(id, true);
}

/** Esc: close the evidence first, then the selection. */
export function escape(): void {
  const { edge } = selectionStore.get();
  if (edge) selectionStore.set({ edge: null });
  else clearSelection();
}
