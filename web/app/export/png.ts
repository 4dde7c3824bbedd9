// Draws an export scene on a canvas at 1×/2×/4× with the same CJK font as the SVG, and encodes it as PNG.
import { edgeEnd, type ExportScene } from './scene.ts';
import { EXPORT_FONT_FAMILY } from './svg.ts';
import { LAYOUT, legendRows } from './decorations.ts';

/** Renders the scene; the PNG is exactly width×scale by height×scale pixels. */
export async function renderPng(scene: ExportScene, scale: number): Promise<Blob> {
  await document.fonts.load(`${LAYOUT.labelSize}px ${EXPORT_FONT_FAMILY}`, '图谱').catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(scene.width * scale);
  canvas.height = Math.round(scene.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('export: no 2D canvas available');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.lineCap = 'round';
  for (const e of scene.edges) {
    const { x: ex, y: ey, angle: a, length: len } = edgeEnd(e);
    ctx.strokeStyle = e.color; ctx.lineWidth = e.width;
    ctx.beginPath(); ctx.moveTo(e.x1, e.y1); ctx.lineTo(ex, ey); ctx.stroke();
    if (e.arrow && len > 12) {
      const s = 3 + e.width * 2;
      ctx.fillStyle = '#9aa0a6';
      ctx.beginPath(); ctx.moveTo(ex, ey);
      ctx.lineTo(ex - s * Math.cos(a - 0.45), ey - s * Math.sin(a - 0.45));
      ctx.lineTo(ex - s * Math.cos(a + 0.45), ey - s * Math.sin(a + 0.45));
      ctx.closePath(); ctx.fill();
    }
  }
  ctx.strokeStyle = '#ffffff'; ctx.lineWidth = 1;
  for (const nd of scene.nodes) {
    ctx.fillStyle = nd.color;
    ctx.beginPath(); ctx.arc(nd.x, nd.y, nd.r, 0, Math.PI * 2); ctx.fill(); ctx.stroke();
  }
  ctx.font = `${LAYOUT.labelSize}px ${EXPORT_FONT_FAMILY}`;
  ctx.lineJoin = 'round'; ctx.lineWidth = 3; ctx.strokeStyle = '#ffffff'; ctx.fillStyle = '#1f2328';
  for (const nd of scene.nodes) {
    if (!nd.label) continue;
    ctx.strokeText(nd.label, nd.x + nd.r + 3, nd.y + 4);
    ctx.fillText(nd.label, nd.x + nd.r + 3, nd.y + 4);
  }
  if (scene.title) {
    ctx.font = `700 ${LAYOUT.titleSize}px ${EXPORT_FONT_FAMILY}`; ctx.fillStyle = '#1f2328';
    ctx.fillText(scene.title, LAYOUT.margin, LAYOUT.margin + LAYOUT.titleSize);
  }
  const rows = legendRows(scene);
  if (rows.length) {
    const b = rows[0];
    ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.strokeStyle = '#d0d4da'; ctx.lineWidth = 1;
    ctx.beginPath(); ctx.roundRect(b.boxX, b.boxY, b.boxW, b.boxH, 4); ctx.fill(); ctx.stroke();
    ctx.font = `${LAYOUT.legendSize}px ${EXPORT_FONT_FAMILY}`;
    for (const r of rows) {
      ctx.fillStyle = r.color; ctx.beginPath(); ctx.arc(r.x + 5, r.y - 4, 5, 0, Math.PI * 2); ctx.fill();
      ctx.fillStyle = '#1f2328'; ctx.fillText(r.text, r.x + 15, r.y);
    }
  }
  if (scene.source) {
    ctx.font = `${LAYOUT.sourceSize}px ${EXPORT_FONT_FAMILY}`; ctx.fillStyle = '#57606a';
    ctx.fillText(scene.source, LAYOUT.margin, scene.height - LAYOUT.margin);
  }
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('export: PNG encoding failed'))), 'image/png'));
}
