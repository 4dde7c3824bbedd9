// Renders an export scene as a standalone SVG document; text is XML-escaped, fonts name Noto Sans CJK SC.
import { edgeEnd, type ExportScene } from './scene.ts';
import { LAYOUT, legendRows } from './decorations.ts';

/** Fonts for exported text: the CJK face Debian ships first, then common CJK fallbacks. */
export const EXPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 forbids even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const n = (v: number) => Math.round(v * 100) / 100;

export function renderSvg(scene: ExportScene): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" font-family="${EXPORT_FONT_FAMILY.replace(/"/g, '&quot;')}">`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#9aa0a6"/></marker></defs>');
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push('<g class="edges" stroke-linecap="round">');
  for (const e of scene.edges) {
    const end = edgeEnd(e);
    out.push(`<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(end.x)}" y2="${n(end.y)}" stroke="${escapeXml(e.color)}" stroke-width="${n(e.width)}"${e.arrow ? ' marker-end="url(#arrow)"' : ''}/>`);
  }
  out.push('</g><g class="nodes" stroke="#ffffff" stroke-width="1">');
  for (const nd of scene.nodes) out.push(`<circle cx="${n(nd.x)}" cy="${n(nd.y)}" r="${n(nd.r)}" fill="${escapeXml(nd.color)}"/>`);
  out.push(`</g><g class="labels" font-size="${LAYOUT.labelSize}" fill="#1f2328" stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round">`);
  for (const nd of scene.nodes) if (nd.label) out.push(`<text x="${n(nd.x + nd.r + 3)}" y="${n(nd.y + 4)}">${escapeXml(nd.label)}</text>`);
  out.push('</g>');
  if (scene.title) out.push(`<text x="${LAYOUT.margin}" y="${LAYOUT.margin + LAYOUT.titleSize}" font-size="${LAYOUT.titleSize}" font-weight="700" fill="#1f2328">${escapeXml(scene.title)}</text>`);
  const rows = legendRows(scene);
  if (rows.length) {
    const box = rows[0];
    out.push(`<g class="legend" font-size="${LAYOUT.legendSize}"><rect x="${box.boxX}" y="${box.boxY}" width="${box.boxW}" height="${box.boxH}" rx="4" fill="#ffffff" fill-opacity="0.9" stroke="#d0d4da"/>`);
    for (const r of rows) out.push(`<circle cx="${r.x + 5}" cy="${r.y - 4}" r="5" fill="${escapeXml(r.color)}"/><text x="${r.x + 15}" y="${r.y}" fill="#1f2328">${escapeXml(r.text)}</text>`);
    out.push('</g>');
  }
  if (scene.source) out.push(`<text x="${LAYOUT.margin}" y="${scene.height - LAYOUT.margin}" font-size="${LAYOUT.sourceSize}" fill="#57606a">${escapeXml(scene.source)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}
