// Headless: canvas clicks and hovers become selection actions (Shift+click a second node: shortest path).
import { useEffect } from 'react';
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { selectionStore, selectNode, selectEdge, clearSelection } from '../state/selection-store.ts';
import { getVisible } from '../state/derived.ts';
import { shortestPath } from '../graph/paths.ts';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

/** Computes the shortest path from `pathFrom` (or the selected node) to `to` over visible nodes. */
export function showPathTo(graph: Parameters<typeof shortestPath>[0], to: string): void {
  const { pathFrom, node } = selectionStore.get();
  const from = pathFrom ?? node;
  if (!from || from === to) return;
  const path = shortestPath(graph, from, to, getVisible()?.nodes);
  selectionStore.set({ path: path ?? { nodes: [], edges: [] }, pathFrom: from, node: to, edge: null });
}

export function EventsController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const register = useRegisterEvents<NodeAttributes, EdgeAttributes>();

  useEffect(() => {
    register({
      clickNode: ({ node, event }) => {
        if (event.original.shiftKey && selectionStore.get().node) showPathTo(sigma.getGraph(), node);
        else { selectionStore.set({ path: null }); selectNode(node); }
      },
      clickEdge: ({ edge }) => selectEdge(edge),
      clickStage: () => clearSelection(),
      enterNode: ({ node }) => { selectionStore.set({ hovered: node }); sigma.getContainer().style.cursor = 'pointer'; },
      leaveNode: () => { selectionStore.set({ hovered: null }); sigma.getContainer().style.cursor = ''; },
      enterEdge: () => { sigma.getContainer().style.cursor = 'pointer'; },
      leaveEdge: () => { sigma.getContainer().style.cursor = ''; },
    });
  }, [register, sigma]);

  return null;
}
