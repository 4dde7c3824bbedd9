// What browser tests may ask the running viewer through `window.__tupu` (read-only screen positions).

/** Screen positions and frame count, so tests click the canvas where a person would. */
export interface TupuTestHandle {
  nodePosition(id: string): { x: number; y: number } | null;
  /** The point a fraction `t` of the way along an edge (0.5: its midpoint), or null off screen or under a node. */
  edgePoint(id: string, t: number): { x: number; y: number } | null;
  visibleEdges(): string[];
  renderedFrames(): number;
  /** performance.now() when the renderer's first frame is on screen (ms since navigation started), or null before it. */
  firstFrameAt(): number | null;
}

declare global { interface Window { __tupu?: TupuTestHandle } }
