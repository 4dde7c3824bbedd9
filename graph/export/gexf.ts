// GEXF 1.3 for Gephi via graphology-gexf: scalar attributes, lists as liststring, evidence as JSON, x/y as viz.
import gexfModule from 'graphology-gexf';
import type { TupuGraph } from './graph-json.ts';
import { cjsDefault } from '../analytics/cjs.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeValue, nodeValue } from './columns.ts';
import { xmlSafe } from './xml.ts';

const gexf = cjsDefault(gexfModule);

/** Colours per label, so Gephi opens with a legible picture. */
export const LABEL_COLOURS: Record<string, string> = {
  Company: '#4e79a7', Institution: '#59a14f', Person: '#f28e2b', Model: '#e15759', Product: '#76b7b2',
  Policy: '#b07aa1', Region: '#9c755f', Tier: '#bab0ac', ChainLayer: '#edc948', Document: '#d3d3d3',
};

const clean = (v: unknown): unknown => (typeof v === 'string' ? xmlSafe(v) : Array.isArray(v) ? v.map((x) => xmlSafe(String(x))) : v);

/** The graph as a GEXF document (string). */
export function toGexf(graph: TupuGraph): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => {
      const attributes: Record<string, unknown> = {};
      for (const c of NODE_COLUMNS) {
        if (c.name === 'x' || c.name === 'y') continue;
        const v = clean(nodeValue(attrs, c));
        // Gephi's own Label column shows the name; the ontology label goes to `category`.
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) attributes[c.name === 'label' ? 'category' : c.name] = v;
      }
      return {
        label: xmlSafe(attrs.name), attributes,
        viz: { x: attrs.x ?? 0, y: attrs.y ?? 0, size: 2 + Math.sqrt(attrs.degree ?? 0) * 2, color: LABEL_COLOURS[attrs.label] ?? '#999999' },
      };
    },
    formatEdge: (key, attrs) => {
      const attributes: Record<string, unknown> = { type: attrs.type };
      for (const c of EDGE_COLUMNS) {
        if (c.name === 'key') continue;
        const v = clean(edgeValue(key, attrs, c));
        if (v !== undefined && !(Array.isArray(v) && v.length === 0)) attributes[c.name] = v;
      }
      return { label: attrs.type, weight: attrs.confidence, attributes };
    },
  });
}
