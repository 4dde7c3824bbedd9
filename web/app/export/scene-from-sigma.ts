// Reads the current sigma view (after reducers: filters, colours, camera) into an export scene source.
import type { ViewerSigma } from '../state/sigma-ref.ts';
import type { SceneSource, ExportScene } from './scene.ts';

type NodeItem = ExportScene['nodes'][number];
type EdgeItem = Omit<ExportScene['edges'][number], 'arrow'>;

export function sceneSourceFromSigma(sigma: ViewerSigma): SceneSource {
  const { width, height } = sigma.getDimensions();
  const graph = sigma.getGraph();
  const labelled = sigma.getNodeDisplayedLabels();
  const screen = new Map<string, { x: number; y: number; r: number }>();
  const nodes: (NodeItem & { z: number })[] = [];
  graph.forEachNode((id) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return;
    const p = sigma.framedGraphToViewport(d);
    const r = sigma.scaleSize(d.size);
    screen.set(id, { ...p, r });
    nodes.push({ x: p.x, y: p.y, r, color: d.color, label: (labelled.has(id) || d.forceLabel) && d.label ? d.label : null, z: d.zIndex });
  });
  // Draw order as on screen: lower zIndex first.
  nodes.sort((a, b) => a.z - b.z);
  const edges: EdgeItem[] = [];
  graph.forEachEdge((id, _, s, t) => {
    const d = sigma.getEdgeDisplayData(id);
    const a = screen.get(s); const b = screen.get(t);
    if (!d || d.hidden || !a || !b) return;
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, color: d.color, width: Math.max(0.5, sigma.scaleSize(d.size)), targetR: b.r });
  });
  return { width, height, nodes: nodes.map(({ z: _z, ...n }) => n), edges };
}
