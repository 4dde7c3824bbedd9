// GraphML (yEd, Cytoscape, NetworkX): typed <key> declarations, lists joined with "|", evidence as JSON.
import type { TupuGraph } from './graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeValue, nodeValue, type Column } from './columns.ts';
import { xmlEscape } from './xml.ts';

const GRAPHML_TYPE: Record<Column['type'], string> = { string: 'string', 'string[]': 'string', int: 'long', double: 'double' };

function keyLines(scope: 'node' | 'edge', columns: readonly Column[]): string[] {
  return columns.map((c) => `  <key id="${scope[0]}_${c.name}" for="${scope}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`);
}

function dataLines(scope: 'node' | 'edge', columns: readonly Column[], value: (c: Column) => unknown): string {
  let out = '';
  for (const c of columns) {
    const v = value(c);
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) continue;
    out += `      <data key="${scope[0]}_${c.name}">${xmlEscape(Array.isArray(v) ? v.join('|') : String(v))}</data>\n`;
  }
  return out;
}

/** The graph as a GraphML document (string). */
export function toGraphml(graph: TupuGraph): string {
  const edgeColumns: Column[] = [{ name: 'type', type: 'string' }, ...EDGE_COLUMNS.filter((c) => c.name !== 'key')];
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines('node', NODE_COLUMNS), ...keyLines('edge', edgeColumns),
    '  <graph id="tupu" edgedefault="directed">',
  ];
  graph.forEachNode((key, attrs) => {
    parts.push(`    <node id="${xmlEscape(key)}">\n${dataLines('node', NODE_COLUMNS, (c) => nodeValue(attrs, c))}    </node>`);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const data = dataLines('edge', edgeColumns, (c) => (c.name === 'type' ? attrs.type : edgeValue(key, attrs, c)));
    parts.push(`    <edge id="${xmlEscape(key)}" source="${xmlEscape(source)}" target="${xmlEscape(target)}">\n${data}    </edge>`);
  });
  parts.push('  </graph>', '</graphml>', '');
  return parts.join('\n');
}
