// Sigma's node and edge reducers for one view state: visibility, colouring, sizes, selection, hover and path.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import { nodeColour, nodeSize, FADED_COLOUR, HIGHLIGHT_EDGE, EDGE_COLOUR, type ColourMode } from './appearance.ts';
import type { Visible } from './visibility.ts';
import type { GraphPath } from './paths.ts';
import { termOf } from '../i18n/use-t.ts';
import type { Lang } from '../i18n/dictionary.ts';
import type { LayoutMode } from '../state/view-store.ts';
import type { ViewerGraph, NodeAttributes, EdgeAttributes } from './types.ts';

/** The sigma program types a view draws with: most items, and emphasised ones (selection, neighbours, path). */
export interface DrawTypes { node: string; edge: string; focusNode: string; focusEdge: string }

/**
 * Large graphs draw most items with sigma's non-instanced GL points and lines (one draw call each, no
 * arrowheads): software WebGL (SwiftShader) runs an instanced draw instance by instance, ~20 µs apiece even for
 * hidden items, which made every frame of a 20k/100k graph cost seconds. Emphasised items always get full-detail
 * circles and arrows, under their own type names so they draw after (on top of) the rest.
 */
export const drawTypes = (large: boolean): DrawTypes => ({
  ...(large ? { node: 'point', edge: 'line' } : { node: 'circle', edge: 'arrow' }),
  focusNode: 'focusCircle', focusEdge: 'focusArrow',
});

/** Everything the drawing depends on besides the graph. */
export interface ViewInputs {
  visible: Visible | null;
  colourBy: ColourMode;
  lang: Lang;
  node: string | null;
  edge: string | null;
  hovered: string | null;
  path: GraphPath | null;
  maxPagerank: number;
  /** Level-of-detail drawing (see `drawTypes`); faded nodes shrink so a dense graph does not bury the emphasis. */
  large: boolean;
  /** In the 产业链 layout the ChainLayer and Tier nodes title the lanes and bands, so their labels always show. */
  layout: LayoutMode;
}

export interface ViewReducers {
  nodeReducer(id: string, a: NodeAttributes): Partial<NodeDisplayData>;
  edgeReducer(id: string, a: EdgeAttributes): Partial<EdgeDisplayData>;
}

/** Nodes to emphasise: a path, else the selected or hovered node with its neighbours. */
function emphasised(graph: ViewerGraph, focus: string | null, pathNodes: string[] | undefined): Set<string> | null {
  if (pathNodes) return new Set(pathNodes);
  if (!focus || !graph.hasNode(focus)) return null;
  return new Set([focus, ...graph.neighbors(focus)]);
}

/** Reducers for one view state; display attributes are derived here and never written to the graph. */
export function viewReducers(graph: ViewerGraph, v: ViewInputs): ViewReducers {
  const focus = v.node ?? v.hovered;
  const emph = emphasised(graph, focus, v.path?.nodes);
  const pathEdges = new Set(v.path?.edges ?? []);
  const types = drawTypes(v.large);
  return {
    nodeReducer(id, a) {
      const out: Partial<NodeDisplayData> = {
        type: types.node,
        label: a.name,
        x: a.x,
        y: a.y,
        size: nodeSize(a, v.maxPagerank, graph.degree(id)),
        color: nodeColour(a, v.colourBy),
        zIndex: 1,
        forceLabel: v.layout === 'chain' && (a.label === 'ChainLayer' || a.label === 'Tier'),
      };
      if (v.visible && !v.visible.nodes.has(id)) out.hidden = true;
      if (emph && !emph.has(id)) { out.color = FADED_COLOUR; out.label = ''; out.zIndex = 0; if (v.large) out.size = 1; }
      if (emph?.has(id)) { out.type = types.focusNode; out.zIndex = 2; out.forceLabel = emph.size <= 40; }
      if (id === v.node) { out.highlighted = true; out.forceLabel = true; out.zIndex = 3; }
      return out;
    },
    edgeReducer(id, a) {
      const out: Partial<EdgeDisplayData> = { type: types.edge, label: null, color: EDGE_COLOUR, size: 1.5 + 1.5 * a.confidence, zIndex: 0 };
      if (v.visible && !v.visible.edges.has(id)) out.hidden = true;
      const label = () => termOf(v.lang, a.type);
      if (v.path) {
        if (pathEdges.has(id)) Object.assign(out, { type: types.focusEdge, color: HIGHLIGHT_EDGE, size: 4, zIndex: 2, label: label() });
        else out.hidden = true;
      } else if (emph && focus) {
        const [s, t] = graph.extremities(id);
        if (s === focus || t === focus) Object.assign(out, { type: types.focusEdge, color: '#7c8594', zIndex: 1, label: label() });
        else out.hidden = true;
      }
      if (id === v.edge) Object.assign(out, { type: types.focusEdge, color: HIGHLIGHT_EDGE, size: 4, zIndex: 3, label: label() });
      return out;
    },
  };
}
