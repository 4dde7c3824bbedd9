// Headless: turns derived state (visibility, colouring, selection, path) into sigma reducers.
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { useStore } from '../state/create-store.ts';
import { viewStore } from '../state/view-store.ts';
import { selectionStore } from '../state/selection-store.ts';
import { graphStore } from '../state/graph-store.ts';
import { useVisible } from '../state/derived.ts';
import { nodeColour, nodeSize, FADED_COLOUR, HIGHLIGHT_EDGE, EDGE_COLOUR } from '../graph/appearance.ts';
import { termOf } from '../i18n/use-t.ts';
import { isLargeGraph } from './sigma-settings.ts';
import type { NodeAttributes, EdgeAttributes, ViewerGraph } from '../graph/types.ts';

/** Nodes to emphasise: a path, else the selected or hovered node with its neighbours. */
function emphasised(graph: ViewerGraph, focus: string | null, pathNodes: string[] | undefined): Set<string> | null {
  if (pathNodes) return new Set(pathNodes);
  if (!focus || !graph.hasNode(focus)) return null;
  return new Set([focus, ...graph.neighbors(focus)]);
}

export function AppearanceController() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  const visible = useVisible();
  const { colourBy, lang } = useStore(viewStore, (s) => s);
  const { node, edge, hovered, path } = useStore(selectionStore, (s) => s);
  const facets = useStore(graphStore, (s) => s.facets);

  useEffect(() => {
    const graph = sigma.getGraph();
    const maxPagerank = facets?.maxPagerank ?? 0;
    const focus = node ?? hovered;
    const emph = emphasised(graph, focus, path?.nodes);
    const pathEdges = new Set(path?.edges ?? []);
    // Arrowheads are a second draw call per edge: plain lines on large graphs.
    const edgeType = isLargeGraph(graph.order, graph.size) ? 'line' : 'arrow';

    sigma.setSetting('nodeReducer', (id: string, a: NodeAttributes): Partial<NodeDisplayData> => {
      const out: Partial<NodeDisplayData> = {
        label: a.name,
        x: a.x,
        y: a.y,
        size: nodeSize(a, maxPagerank, graph.degree(id)),
        color: nodeColour(a, colourBy),
        zIndex: 1,
      };
      if (visible && !visible.nodes.has(id)) out.hidden = true;
      if (emph && !emph.has(id)) { out.color = FADED_COLOUR; out.label = ''; out.zIndex = 0; }
      if (emph?.has(id)) { out.zIndex = 2; out.forceLabel = emph.size <= 40; }
      if (id === node) { out.highlighted = true; out.forceLabel = true; out.zIndex = 3; }
      return out;
    });

    sigma.setSetting('edgeReducer', (id: string, a: EdgeAttributes): Partial<EdgeDisplayData> => {
      const [s, t] = graph.extremities(id);
      const out: Partial<EdgeDisplayData> = { type: edgeType, label: null, color: EDGE_COLOUR, size: 1.5 + 1.5 * a.confidence, zIndex: 0 };
      if (visible && !visible.edges.has(id)) out.hidden = true;
      if (path) {
        if (pathEdges.has(id)) Object.assign(out, { color: HIGHLIGHT_EDGE, size: 4, zIndex: 2, label: termOf(lang, a.type) });
        else out.hidden = true;
      } else if (emph && focus) {
        if (s === focus || t === focus) Object.assign(out, { color: '#7c8594', zIndex: 1, label: termOf(lang, a.type) });
        else out.hidden = true;
      }
      if (id === edge) Object.assign(out, { color: HIGHLIGHT_EDGE, size: 4, zIndex: 3, label: termOf(lang, a.type) });
      return out;
    });
  }, [sigma, visible, colourBy, lang, node, edge, hovered, path, facets]);

  return null;
}
