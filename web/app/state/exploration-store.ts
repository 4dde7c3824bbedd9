// Hand-made exploration: hidden nodes, the focus/expand scope, and a Cypher result drawn on the canvas.
import { createStore } from './create-store.ts';
import { graphStore } from './graph-store.ts';
import { withinHops } from '../graph/paths.ts';

export interface ExplorationState {
  hidden: ReadonlySet<string>;
  /** When set, only these nodes are shown (focus N hops, then expand/collapse). */
  scope: ReadonlySet<string> | null;
  /** Node ids of a Cypher result drawn on the canvas. */
  overlay: ReadonlySet<string> | null;
  /** The node and hop count the scope was focused on, for the URL. */
  focus: { id: string; hops: number } | null;
}

export const explorationStore = createStore<ExplorationState>({ hidden: new Set(), scope: null, overlay: null, focus: null });

const graph = () => graphStore.get().graph;

export function hideNode(id: string): void {
  explorationStore.set((s) => ({ hidden: new Set([...s.hidden, id]) }));
}

export function focusOn(id: string, hops: number): void {
  const g = graph();
  if (g?.hasNode(id)) explorationStore.set({ scope: withinHops(g, id, hops), overlay: null, focus: { id, hops } });
}

/** Adds the neighbours of a node to the scope (no-op when the whole graph is shown). */
export function expandNode(id: string): void {
  const g = graph(); const { scope, hidden } = explorationStore.get();
  if (!g || !scope) return;
  const next = new Set(scope);
  g.forEachNeighbor(id, (m) => next.add(m));
  const unhidden = new Set(hidden);
  g.forEachNeighbor(id, (m) => unhidden.delete(m));
  explorationStore.set({ scope: next, hidden: unhidden });
}

/** Removes neighbours that only this node connects to the rest of the visible graph. */
export function collapseNode(id: string): void {
  const g = graph(); const { scope } = explorationStore.get();
  if (!g) return;
  const base = scope ?? new Set(g.nodes());
  const next = new Set(base);
  g.forEachNeighbor(id, (m) => {
    const others = g.neighbors(m).filter((k) => k !== id && base.has(k));
    if (others.length === 0) next.delete(m);
  });
  explorationStore.set({ scope: next });
}

export const showEverything = (): void => explorationStore.set({ hidden: new Set(), scope: null, overlay: null, focus: null });
export const setOverlay = (ids: ReadonlySet<string> | null): void => explorationStore.set({ overlay: ids });
