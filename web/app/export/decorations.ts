// Placement of the title, legend and source line, shared by the SVG and PNG exporters.
import type { ExportScene } from './scene.ts';

export const LAYOUT = { margin: 16, titleSize: 20, legendSize: 12, labelSize: 12, sourceSize: 11, legendRow: 18 };

/** Legend rows (bottom-right box), each with its position; empty without a legend. */
export function legendRows(scene: ExportScene): { x: number; y: number; color: string; text: string; boxX: number; boxY: number; boxW: number; boxH: number }[] {
  if (!scene.legend) return [];
  const widest = Math.max(...scene.legend.map((l) => [...l.text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0)));
  const boxW = widest + 34; const boxH = scene.legend.length * LAYOUT.legendRow + 12;
  const boxX = scene.width - boxW - LAYOUT.margin;
  const boxY = scene.height - boxH - LAYOUT.margin - (scene.source ? LAYOUT.sourceSize + 8 : 0);
  return scene.legend.map((l, i) => ({ ...l, x: boxX + 10, y: boxY + 6 + (i + 1) * LAYOUT.legendRow - 4, boxX, boxY, boxW, boxH }));
}
