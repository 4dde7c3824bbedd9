// Sigma settings fixed at creation, and level-of-detail settings chosen by graph size.
import type { Settings } from 'sigma/settings';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';

/** The font every label uses, on screen and in exports, so CJK renders with Noto Sans CJK SC. */
export const LABEL_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Created once; reducers are replaced later by the appearance controller. The initial reducers already
 * map domain attributes away from sigma's reserved names (`label` is a node label, `type` a relationship type).
 */
export const INITIAL_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
  labelFont: LABEL_FONT,
  edgeLabelFont: LABEL_FONT,
  labelSize: 12,
  edgeLabelSize: 10,
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: 'arrow',
  labelRenderedSizeThreshold: 6,
  nodeReducer: (_, a) => ({ label: a.name, x: a.x, y: a.y, size: 4 }),
  edgeReducer: () => ({ type: 'arrow', label: null }),
};

/** Graphs above these sizes switch to level-of-detail rendering. */
export const LARGE_GRAPH = { nodes: 3000, edges: 10000 };

/** Level of detail for a graph of this size: edges hidden on move, no edge labels, sparser labels. */
export function levelOfDetail(order: number, size: number): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  const large = order > LARGE_GRAPH.nodes || size > LARGE_GRAPH.edges;
  return {
    hideEdgesOnMove: large,
    hideLabelsOnMove: order > 10000,
    renderEdgeLabels: size <= 2000,
    labelDensity: large ? 0.4 : 1,
    labelGridCellSize: large ? 150 : 80,
    labelRenderedSizeThreshold: large ? 10 : 6,
    enableEdgeEvents: size <= 50000,
  };
}
