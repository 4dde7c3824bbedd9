// What the user picked: a node, an edge, hover, and a shortest path between two nodes.
import { createStore } from './create-store.ts';
import type { GraphPath } from '../graph/paths.ts';

export interface SelectionState {
  node: string | null;
  edge: string | null;
  hovered: string | null;
  /** Where a shortest path starts; set by Shift+click or the details panel. */
  pathFrom: string | null;
  path: GraphPath | null;
  /** Bumped to ask the camera to centre on `node` (search, links), not on every canvas click. */
  centreRequest: number;
}

export const selectionStore = createStore<SelectionState>({ node: null, edge: null, hovered: null, pathFrom: null, path: null, centreRequest: 0 });

export const selectNode = (node: string | null, centre = false): void =>
  selectionStore.set((s) => ({ node, edge: null, centreRequest: centre ? s.centreRequest + 1 : s.centreRequest }));
export const selectEdge = (edge: string | null): void => selectionStore.set({ edge });
export const clearSelection = (): void => selectionStore.set({ node: null, edge: null, path: null, pathFrom: null });
