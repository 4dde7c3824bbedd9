// Cross-store actions the components dispatch: revealing a node, fitting the view, keyboard escape.
import { graphStore } from './graph-store.ts';
import { explorationStore } from './exploration-store.ts';
import { selectionStore, selectNode, clearSelection } from './selection-store.ts';
import { sigmaRef } from './sigma-ref.ts';

/** Selects a node and centres on it, making sure it is not hidden by hand or outside the scope. */
export function revealNode(id: string): void {
  const graph = graphStore.get().graph;
  if (!graph?.hasNode(id)) return;
  const { hidden, scope } = explorationStore.get();
  if (hidden.has(id) || (scope && !scope.has(id))) {
    const h = new Set(hidden); h.delete(id);
    explorationStore.set({ hidden: h, scope: scope ? new Set([...scope, id]) : null });
  }
  selectionStore.set({ path: null });
  selectNode(id, true);
}

/** Shows the whole graph in the view again. */
export function fitView(): void {
  void sigmaRef.get().sigma?.getCamera().animatedReset({ duration: 300 });
}

/** Esc: close the evidence first, then the selection. */
export function escape(): void {
  const { edge } = selectionStore.get();
  if (edge) selectionStore.set({ edge: null });
  else clearSelection();
}
