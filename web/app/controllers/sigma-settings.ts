// Sigma settings fixed at creation, and level-of-detail settings chosen by graph size.
import type { Settings } from 'sigma/settings';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

/** The font every label uses, on screen and in exports, so CJK renders with Noto Sans CJK SC. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Settings the renderer is created with; reducers are replaced later by the appearance controller. The initial
 * reducers already map domain attributes away from sigma's reserved names (`label` is a node label, `type` a
 * relationship type).
 */
const BASE_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: LABEL_FONT,
  edgeLabelFont: LABEL_FONT,
  labelSize: 12,
  edgeLabelSize: 10,
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: 'arrow',
  labelRenderedSizeThreshold: 6,
  nodeReducer: (_, a) => ({ label: a.name, x: a.x, y: a.y, size: 4 }),
};

/** The settings for one graph: base settings plus its level of detail, so the very first frame is already cheap. */
export function initialSettings(order: number, size: number): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const edgeType = isLargeGraph(order, size) ? 'line' : 'arrow';
  return { ...BASE_SETTINGS, ...levelOfDetail(order, size), defaultEdgeType: edgeType, edgeReducer: () => ({ type: edgeType, label: null }) };
}

/** Graphs above these sizes switch to level-of-detail rendering. */
export const LARGE_GRAPH = { nodes: 3000, edges: 10000 };

/** Whether a graph of this size is drawn with level of detail. */
export const isLargeGraph = (order: number, size: number): boolean => order > LARGE_GRAPH.nodes || size > LARGE_GRAPH.edges;

/** Level of detail for a graph of this size: edges hidden on move, no edge labels or arrowheads, sparser labels. */
export function levelOfDetail(order: number, size: number): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = isLargeGraph(order, size);
  return {
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
