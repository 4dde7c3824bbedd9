// The visible view as a flat scene of circles, lines and text in screen pixels, drawn by the SVG and PNG exporters.

/** A drawable snapshot of the view; coordinates are CSS pixels of the canvas, before any export scale. */
export interface ExportScene {
  width: number;
  height: number;
  nodes: { x: number; y: number; r: number; color: string; label: string | null }[];
  edges: { x1: number; y1: number; x2: number; y2: number; color: string; width: number; targetR: number; arrow: boolean }[];
  title: string | null;
  legend: { color: string; text: string }[] | null;
  source: string | null;
}

/** What the view offers the scene builder; implemented over sigma in `scene-from-sigma.ts`. */
export interface SceneSource {
  width: number;
  height: number;
  nodes: Iterable<{ x: number; y: number; r: number; color: string; label: string | null }>;
  edges: Iterable<{ x1: number; y1: number; x2: number; y2: number; color: string; width: number; targetR: number }>;
}

const inside = (x: number, y: number, w: number, h: number, m: number) => x >= -m && y >= -m && x <= w + m && y <= h + m;

/** Keeps what is on screen and adds the decorations the report writer chose. */
export function buildScene(src: SceneSource, deco: { title?: string; legend?: { color: string; text: string }[]; source?: string }): ExportScene {
  const { width, height } = src;
  return {
    width, height,
    nodes: [...src.nodes].filter((n) => inside(n.x, n.y, width, height, n.r)),
    edges: [...src.edges].filter((e) => inside(e.x1, e.y1, width, height, 0) || inside(e.x2, e.y2, width, height, 0)).map((e) => ({ ...e, arrow: true })),
    title: deco.title?.trim() || null,
    legend: deco.legend?.length ? deco.legend : null,
    source: deco.source?.trim() || null,
  };
}

/** Where an edge's arrow ends: at the target circle's rim, not its centre. */
export function edgeEnd(e: { x1: number; y1: number; x2: number; y2: number; targetR: number }): { x: number; y: number; angle: number; length: number } {
  const dx = e.x2 - e.x1; const dy = e.y2 - e.y1;
  const length = Math.hypot(dx, dy) || 1;
  return { x: e.x2 - (dx / length) * e.targetR, y: e.y2 - (dy / length) * e.targetR, angle: Math.atan2(dy, dx), length };
}
