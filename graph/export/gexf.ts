// GEXF 1.3 for Gephi via graphology-gexf: scalar attributes, lists as liststring, evidence as JSON, x/y as viz.
import { createRequire } from 'node:module';
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

/** xml-writer, as graphology-gexf requires it. */
interface XmlWriterProto { write(...parts: unknown[]): void; toString(): string; flush(): void }
const xmlWriterProto = (createRequire(createRequire(import.meta.url).resolve('graphology-gexf')) ('xml-writer') as { prototype: XmlWriterProto }).prototype;

/**
 * Runs `render` with xml-writer collecting its output in an array joined once, instead of `output += piece`.
 * Millions of appends build a rope of cons-strings that stays live until the end and that every collection
 * traces again: on a 50k-edge graph, two thirds of the GEXF time was garbage collection. Same bytes: each piece
 * goes through `'' + piece` as `+=` would. Only the writer graphology-gexf creates inside `render` exists
 * meanwhile (the call is synchronous), and the prototype is restored afterwards.
 */
function withBufferedXmlWriter<T>(render: () => T): T {
  const { write, toString } = xmlWriterProto;
  // Pieces are joined a few thousand at a time, so the small strings die young and the final join is short.
  type Buffered = XmlWriterProto & { pieces?: string[]; chunks?: string[] };
  xmlWriterProto.write = function (this: Buffered, ...parts: unknown[]) {
    const pieces = (this.pieces ??= []);
    for (const part of parts) pieces.push('' + (part as string));
    if (pieces.length >= 4096) {
      (this.chunks ??= []).push(pieces.join(''));
      pieces.length = 0;
    }
  };
  xmlWriterProto.toString = function (this: Buffered) {
    this.flush();
    return [...(this.chunks ?? []), ...(this.pieces ?? [])].join('');
  };
  try {
    return render();
  } finally {
    xmlWriterProto.write = write;
    xmlWriterProto.toString = toString;
  }
}

/** The graph as a GEXF document (string). */
export function toGexf(graph: TupuGraph): string {
  return withBufferedXmlWriter(() => gexf.write(graph, {
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
  }));
}
