// Sigma settings fixed at creation, and level-of-detail settings chosen by graph size.
import type { Settings } from 'sigma/settings';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

/** The font every label uses, on screen and in exports, so CJK renders with Noto Sans CJK SC. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Settings every renderer is created with; the reducers come from the view state (`state/appearance.ts`). */
const BASE_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: LABEL_FONT,
  edgeLabelFont: LABEL_FONT,
  labelSize: 12,
  edgeLabelSize: 10,
  enableEdgeEvents: true,
  zIndex: true,
  labelRenderedSizeThreshold: 6,
};

/** The settings for one graph: base settings plus its level of detail, so the very first frame is already cheap. */
export function initialSettings(order: number, size: number): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return { ...BASE_SETTINGS, ...levelOfDetail(order, size) };
}

/** Graphs above these sizes switch to level-of-detail rendering. */
export const LARGE_GRAPH = { nodes: 3000, edges: 10000 };

/** Whether a graph of this size is drawn with level of detail. */
export const isLargeGraph = (order: number, size: number): boolean => order > LARGE_GRAPH.nodes || size > LARGE_GRAPH.edges;

/** Level of detail for a graph of this size: edges hidden on move, no edge labels or arrowheads, sparser labels. */
function levelOfDetail(order: number, size: number): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = isLargeGraph(order, size);
  return {
    // The types `drawTypes` emits, added after sigma's own circle / arrow / line: programs draw in key order, so
    // emphasised items land on top.
    nodeProgramClasses: { point: NodePointProgram, focusCircle: NodeCircleProgram },
    edgeProgramClasses: { line: EdgeLineProgram, focusArrow: EdgeArrowProgram },
    hideEdgesOnMove: large,
    hideLabelsOnMove: order > 10000,
    renderEdgeLabels: size <= 2000,
    labelDensity: large ? 0.4 : 1,
    labelGridCellSize: large ? 150 : 80,
    labelRenderedSizeThreshold: order < 300 ? 0 : large ? 10 : 6,
    // Edge picking draws every edge a second time; large graphs open evidence from the details panel instead.
    enableEdgeEvents: !large,
  };
}
