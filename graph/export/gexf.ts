// GEXF 1.3 for Gephi: scalar attributes, lists as liststring, evidence as JSON, x/y as viz.
// The text is what graphology-gexf 0.13 writes (export.spec.ts compares them byte for byte), built directly:
// through graphology-gexf and xml-writer it cost ~0.7 s of a 20 MB build, in per-attribute calls and regex passes.
import type { TupuGraph } from './graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeValue, nodeValue } from './columns.ts';
import { xmlSafe } from './xml.ts';

/** Colours per label, so Gephi opens with a legible picture. */
export const LABEL_COLOURS: Record<string, string> = {
  Company: '#4e79a7', Institution: '#59a14f', Person: '#f28e2b', Model: '#e15759', Product: '#76b7b2',
  Policy: '#b07aa1', Region: '#9c755f', Tier: '#bab0ac', ChainLayer: '#edc948', Document: '#d3d3d3',
};

const clean = (v: unknown): unknown => (typeof v === 'string' ? xmlSafe(v) : Array.isArray(v) ? v.map((x) => xmlSafe(String(x))) : v);
const absent = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0);

/** xml-writer's escaping: attribute values, then element text. */
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '"': '&quot;', '\t': '&#x9;', '\n': '&#xA;', '\r': '&#xD;' };
const escapeAttribute = (s: string) => (/[&<"\t\n\r]/.test(s) ? s.replace(/[&<"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]) : s);
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** ` name="value"`, or nothing for values xml-writer leaves out (empty, null, false; never numbers). */
function attr(name: string, value: unknown): string {
  if (typeof value !== 'number' && !value) return '';
  return ` ${name}="${escapeAttribute(String(value))}"`;
}

/** graphology-gexf's type names, by priority: when values of one attribute differ, the lowest number wins. */
const TYPE_PRIORITY: Record<string, number> = {
  liststring: 0, listdouble: 1, listlong: 2, listinteger: 3, listboolean: 4, string: 5, double: 6, long: 7, integer: 8, boolean: 9, empty: 10,
};
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || v !== v;

function scalarType(v: unknown): string {
  if (isEmpty(v)) return 'empty';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return v === (v | 0) ? 'integer' : 'double';
  return 'string';
}

function valueType(v: unknown): string {
  if (!Array.isArray(v)) return scalarType(v);
  let best = 'empty';
  for (const x of v) { const t = scalarType(x); if (TYPE_PRIORITY[t] < TYPE_PRIORITY[best]) best = t; }
  return best === 'empty' ? best : `list${best}`;
}

/** Attribute name → type, in order of first (non-empty) appearance, as graphology-gexf infers it. */
function inferModel(elements: readonly { attributes: Record<string, unknown> }[]): Map<string, string> {
  const model = new Map<string, string>();
  for (const { attributes } of elements) {
    for (const name in attributes) {
      const type = valueType(attributes[name]);
      if (type === 'empty') continue;
      const current = model.get(name);
      if (!current || TYPE_PRIORITY[type] < TYPE_PRIORITY[current]) model.set(name, type);
    }
  }
  return model;
}

// graphology-gexf tests list strings with this global regex, whose lastIndex carries from one call to the next.
const NEEDS_JSON = /[\r\t\n]/g;
function listItem(type: string, v: unknown): string {
  if (type !== 'string' || NEEDS_JSON.test(v as string)) return JSON.stringify(v);
  const s = v as string;
  if (!s.includes("'")) return s.includes('"') ? `'${s}'` : s;
  return JSON.stringify(s);
}

function castValue(type: string, v: unknown): string {
  if (!type.startsWith('list')) return String(v);
  const items = Array.isArray(v) ? v : [v];
  return `[${items.map((x) => listItem(type.slice(4), x)).join(', ')}]`;
}

function modelLines(model: ReadonlyMap<string, string>, kind: 'node' | 'edge'): string {
  if (model.size === 0) return '';
  let out = `\n    <attributes class="${kind}">`;
  for (const [name, type] of model) out += `\n      <attribute${attr('id', name)}${attr('title', name)}${attr('type', type)}/>`;
  return `${out}\n    </attributes>`;
}

/** The `<attvalues>` block of one node or edge, in model order. */
function attvalueLines(model: ReadonlyMap<string, string>, attributes: Record<string, unknown>): string {
  if (model.size === 0) return '';
  let out = '';
  for (const [name, type] of model) {
    if (!(name in attributes) || isEmpty(attributes[name])) continue;
    out += `\n          <attvalue${attr('for', name)}${attr('value', castValue(type, attributes[name]))}/>`;
  }
  return out ? `\n        <attvalues>${out}\n        </attvalues>` : '\n        <attvalues/>';
}

interface GexfElement { open: string; attributes: Record<string, unknown>; viz: string }

/**
 * Joined a few hundred elements at a time: each element's text is a tree of concatenations until joined, and
 * keeping tens of thousands of them alive to the end made garbage collection the main cost.
 */
function elementLines(kind: 'node' | 'edge', model: ReadonlyMap<string, string>, elements: readonly GexfElement[]): string {
  const chunks: string[] = [`\n    <${kind}s>`];
  let parts: string[] = [];
  for (const e of elements) {
    const body = attvalueLines(model, e.attributes) + e.viz;
    parts.push(body ? `\n      <${kind}${e.open}>${body}\n      </${kind}>` : `\n      <${kind}${e.open}/>`);
    if (parts.length === 256) { chunks.push(parts.join('')); parts = []; }
  }
  chunks.push(parts.join(''), `\n    </${kind}s>`);
  return chunks.join('');
}

function nodeElement(key: string, attrs: Parameters<typeof nodeValue>[0]): GexfElement {
  const attributes: Record<string, unknown> = {};
  for (const c of NODE_COLUMNS) {
    if (c.name === 'x' || c.name === 'y') continue;
    const v = clean(nodeValue(attrs, c));
    // Gephi's own Label column shows the name; the ontology label goes to `category`.
    if (!absent(v)) attributes[c.name === 'label' ? 'category' : c.name] = v;
  }
  const size = 2 + Math.sqrt(attrs.degree ?? 0) * 2;
  const viz = `\n        <viz:color${attr('hex', LABEL_COLOURS[attrs.label] ?? '#999999')}/>`
    + `\n        <viz:size${attr('value', size)}/>`
    + `\n        <viz:position${attr('x', attrs.x ?? 0)}${attr('y', attrs.y ?? 0)}/>`;
  const label = xmlSafe(attrs.name);
  return { open: `${attr('id', key)}${label ? attr('label', label) : ''}`, attributes, viz };
}

/** The graph as a GEXF document (string). */
export function toGexf(graph: TupuGraph): string {
  const defaultEdgeType = graph.type === 'mixed' ? (graph.undirectedSize > 0 && graph.directedSize === 0 ? 'undirected' : 'directed') : graph.type;
  const nodes: GexfElement[] = [];
  graph.forEachNode((key, attrs) => { nodes.push(nodeElement(key, attrs)); });
  const edges: GexfElement[] = [];
  graph.forEachEdge((key, attrs, source, target, _sa, _ta, undirected) => {
    const attributes: Record<string, unknown> = { type: attrs.type };
    for (const c of EDGE_COLUMNS) {
      if (c.name === 'key') continue;
      const v = clean(edgeValue(key, attrs, c));
      if (!absent(v)) attributes[c.name] = v;
    }
    const direction = undirected ? 'undirected' : 'directed';
    const weight = attrs.confidence as unknown;
    const open = attr('id', key) + (direction === defaultEdgeType ? '' : attr('type', direction)) + attr('source', source) + attr('target', target)
      + ((typeof weight === 'number' && !Number.isNaN(weight)) || typeof weight === 'string' ? attr('weight', weight) : '')
      + (attrs.type ? attr('label', attrs.type) : '');
    edges.push({ open, attributes, viz: '' });
  });
  const nodeModel = inferModel(nodes);
  const edgeModel = inferModel(edges);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '\n<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
    metaLines(graph.getAttributes()),
    `\n  <graph defaultedgetype="${defaultEdgeType}">`,
    modelLines(nodeModel, 'node'), modelLines(edgeModel, 'edge'),
    elementLines('node', nodeModel, nodes), elementLines('edge', edgeModel, edges),
    '\n  </graph>\n</gexf>',
  ].join('');
}

/** `<meta>`: the graph's scalar attributes as elements (lists have no GEXF form). */
function metaLines(attributes: Record<string, unknown>): string {
  let out = '';
  for (const [name, v] of Object.entries(attributes)) {
    if (name === 'lastModifiedDate') continue;
    const tag = name.replace(/["'<>&\s]/g, '').trim();
    if (tag && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) out += `\n    <${tag}>${escapeText(String(v))}</${tag}>`;
  }
  const open = `\n  <meta${attr('lastmodifieddate', attributes.lastModifiedDate)}`;
  return out ? `${open}>${out}\n  </meta>` : `${open}/>`;
}
