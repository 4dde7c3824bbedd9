// Headless: exposes read-only screen positions of nodes and edges on `window.__tupu`, for browser tests
// and scripted screenshots to click the canvas where a person would.
import { useEffect } from 'react';
import { useSigma } from '@react-sigma/core';
import type { NodeAttributes, EdgeAttributes } from '../graph/types.ts';
import '../test-handle.ts';


export function TestHandle() {
  const sigma = useSigma<NodeAttributes, EdgeAttributes>();
  useEffect(() => {
    // Sigma's constructor has drawn once already. Its frame is on screen once the browser has produced the next
    // frames: software WebGL executes the draw calls only when the frame is composited.
    let frames = 1;
    let first: number | null = null;
    let raf = requestAnimationFrame(() => { raf = requestAnimationFrame(() => { first = performance.now(); }); });
    const count = () => { frames++; };
    sigma.on('afterRender', count);
    const pos = (id: string) => {
      const d = sigma.getNodeDisplayData(id);
      if (!d || d.hidden) return null;
      const rect = sigma.getContainer().getBoundingClientRect();
      const p = sigma.framedGraphToViewport(d);
      return { x: rect.left + p.x, y: rect.top + p.y };
    };
    window.__tupu = {
      nodePosition: pos,
      edgePoint(id, t) {
        const g = sigma.getGraph();
        if (!g.hasEdge(id)) return null;
        const a = pos(g.source(id)); const b = pos(g.target(id));
        if (!a || !b) return null;
        const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        // A click there would pick the node drawn over the edge.
        const covered = g.someNode((n) => {
          const c = pos(n);
          return !!c && Math.hypot(c.x - p.x, c.y - p.y) <= sigma.scaleSize(sigma.getNodeDisplayData(n)?.size ?? 0) + 2;
        });
        return covered ? null : p;
      },
      visibleEdges: () => sigma.getGraph().filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden),
      renderedFrames: () => frames,
      firstFrameAt: () => first,
    };
    return () => { cancelAnimationFrame(raf); sigma.off('afterRender', count); delete window.__tupu; };
  }, [sigma]);
  return null;
}
