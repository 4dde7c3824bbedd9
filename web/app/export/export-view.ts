// Export actions: the current view as PNG/SVG with decorations, the visible subgraph as JSON/GEXF/CSV.
import { sigmaRef } from '../state/sigma-ref.ts';
import { graphStore } from '../state/graph-store.ts';
import { viewStore } from '../state/view-store.ts';
import { getVisible } from '../state/derived.ts';
import { LABEL_COLOURS, communityColour } from '../graph/appearance.ts';
import { termOf, translate } from '../i18n/use-t.ts';
import { buildScene, type ExportScene } from './scene.ts';
import { sceneSourceFromSigma } from './scene-from-sigma.ts';
import { renderSvg } from './svg.ts';
import { renderPng } from './png.ts';
import { visibleSubgraph, toGexf, toCsvTables } from './subgraph.ts';
import { downloadBlob, downloadText } from './download.ts';

/** What the report writer chose in the export panel. */
export interface ExportChoices { title: string; legend: boolean; source: boolean }

/** The legend entries and the report titles of what is visible. */
function decorations(choices: ExportChoices) {
  const { graph } = graphStore.get();
  const visible = getVisible();
  const { lang, colourBy } = viewStore.get();
  const labels = new Set<string>(); const communities = new Set<number>(); const docs = new Set<string>();
  for (const id of visible?.nodes ?? []) {
    const a = graph!.getNodeAttributes(id);
    labels.add(a.label);
    if (a.community !== undefined) communities.add(a.community);
    for (const d of a.docs) docs.add(d);
  }
  const legend = colourBy === 'label'
    ? [...labels].sort().map((l) => ({ color: LABEL_COLOURS[l] ?? '#666', text: termOf(lang, l) }))
    : [...communities].sort((a, b) => a - b).slice(0, 12).map((c) => ({ color: communityColour(c), text: `#${c}` }));
  const titles = [...docs].map((d) => (graph?.hasNode(`Document:${d}`) ? graph.getNodeAttribute(`Document:${d}`, 'title') ?? d : d)).sort();
  const reports = titles.length > 4 ? `${titles.slice(0, 4).join('；')} 等 ${titles.length} 份报告` : titles.join('；');
  return { legend: choices.legend ? legend : undefined, source: choices.source && reports ? translate(lang, 'sourceLine', { reports }) : undefined };
}

export function currentScene(choices: ExportChoices): ExportScene {
  const { sigma } = sigmaRef.get();
  if (!sigma) throw new Error('export: the graph view is not ready');
  return buildScene(sceneSourceFromSigma(sigma), { title: choices.title, ...decorations(choices) });
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function exportPng(choices: ExportChoices, scale: number): Promise<void> {
  downloadBlob(await renderPng(currentScene(choices), scale), `tupu-${stamp()}@${scale}x.png`);
}

export function exportSvg(choices: ExportChoices): void {
  downloadText(renderSvg(currentScene(choices)), `tupu-${stamp()}.svg`, 'image/svg+xml;charset=utf-8');
}

export function exportSubgraph(format: 'json' | 'gexf' | 'csv'): void {
  const { graph } = graphStore.get();
  const visible = getVisible();
  if (!graph || !visible) return;
  const sub = visibleSubgraph(graph, visible);
  if (format === 'json') downloadText(JSON.stringify(sub, null, 1), `tupu-subgraph-${stamp()}.json`, 'application/json');
  if (format === 'gexf') downloadText(toGexf(sub), `tupu-subgraph-${stamp()}.gexf`, 'application/xml');
  if (format === 'csv') {
    const { nodes, edges } = toCsvTables(sub);
    downloadText(nodes, `tupu-nodes-${stamp()}.csv`, 'text/csv;charset=utf-8');
    downloadText(edges, `tupu-edges-${stamp()}.csv`, 'text/csv;charset=utf-8');
  }
}
