// The visible subgraph as files: graphology JSON, GEXF 1.3 for Gephi, CSV tables of nodes and edges.
import type { ViewerGraph } from '../graph/types.ts';
import type { Visible } from '../graph/visibility.ts';
import type { GraphJson } from '../../../schema/index.ts';
import { escapeXml } from './svg.ts';
import { toCsv } from './csv.ts';

/** The visible part of the graph in the graph.json contract. */
export function visibleSubgraph(graph: ViewerGraph, visible: Visible): GraphJson {
  const all = graph.export();
  return {
    options: { type: 'directed', multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    attributes: all.attributes,
    nodes: all.nodes.filter((n) => visible.nodes.has(n.key)).map((n) => ({ key: n.key, attributes: n.attributes! })),
    edges: all.edges.filter((e) => e.key !== undefined && visible.edges.has(e.key)).map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes! })),
  };
}

/** GEXF with label, name and layout position; Gephi opens it directly. */
export function toGexf(sub: GraphJson): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed" mode="static">',
    '<attributes class="node"><attribute id="label" title="label" type="string"/><attribute id="pagerank" title="pagerank" type="double"/><attribute id="community" title="community" type="integer"/></attributes>',
    '<attributes class="edge"><attribute id="type" title="type" type="string"/><attribute id="confidence" title="confidence" type="double"/></attributes>',
    '<nodes>',
  ];
  for (const n of sub.nodes) {
    const a = n.attributes;
    lines.push(`<node id="${escapeXml(n.key)}" label="${escapeXml(a.name)}"><attvalues><attvalue for="label" value="${escapeXml(a.label)}"/>` +
      `${a.pagerank !== undefined ? `<attvalue for="pagerank" value="${a.pagerank}"/>` : ''}${a.community !== undefined ? `<attvalue for="community" value="${a.community}"/>` : ''}</attvalues>` +
      `${a.x !== undefined && a.y !== undefined ? `<viz:position x="${a.x}" y="${a.y}" z="0"/>` : ''}</node>`);
  }
  lines.push('</nodes>', '<edges>');
  sub.edges.forEach((e, i) => {
    lines.push(`<edge id="${escapeXml(e.key ?? String(i))}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" label="${escapeXml(e.attributes.type)}" weight="${e.attributes.confidence}">` +
      `<attvalues><attvalue for="type" value="${escapeXml(e.attributes.type)}"/><attvalue for="confidence" value="${e.attributes.confidence}"/></attvalues></edge>`);
  });
  lines.push('</edges>', '</graph>', '</gexf>');
  return lines.join('\n');
}

/** Two CSV tables: nodes (id, label, name, aliases, docs) and edges (source and target named, evidence count). */
export function toCsvTables(sub: GraphJson): { nodes: string; edges: string } {
  const names = new Map(sub.nodes.map((n) => [n.key, n.attributes.name]));
  return {
    nodes: toCsv(['id', 'label', 'name', 'aliases', 'docs', 'pagerank', 'community'], sub.nodes.map((n) => ({
      id: n.key, label: n.attributes.label, name: n.attributes.name, aliases: n.attributes.aliases.join('|'), docs: n.attributes.docs.join('|'), pagerank: n.attributes.pagerank, community: n.attributes.community,
    }))),
    edges: toCsv(['id', 'type', 'source', 'source_name', 'target', 'target_name', 'confidence', 'evidence'], sub.edges.map((e) => ({
      id: e.key, type: e.attributes.type, source: e.source, source_name: names.get(e.source), target: e.target, target_name: names.get(e.target), confidence: e.attributes.confidence, evidence: e.attributes.evidence.length,
    }))),
  };
}
