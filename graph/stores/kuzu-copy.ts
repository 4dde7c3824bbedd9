// Staging CSVs and the COPY FROM statements that bulk-load them into kuzu (plain COPY, or a typed LOAD subquery when lists need it).
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { TupuGraph } from '../export/graph-json.ts';
import type { EdgeAttributes, NodeAttributes } from '../../schema/index.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export/columns.ts';
import { csvField, csvLine } from '../export/csv.ts';
import { KUZU_TYPE, type RelTriple } from './kuzu-schema.ts';

/** Lists travel as one string joined by U+001F, which report text does not contain. */
const LIST_SEPARATOR = '\u001f';

/** One staged file and the statement that copies it. */
export interface CopyJob { file: string; table: string; kind: 'node' | 'rel'; rows: number; statement: string }

const quoteLiteral = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The CSV dialect, stated rather than sniffed: kuzu's auto-detection looks only at the first rows, and when
 * those hold no quoted field it misreads a quoted one further down (a key with a trailing space then fails the
 * primary-key lookup). Our files are always RFC 4180: comma, `"` quotes, `""` inside them.
 */
const csvOptions = (multiline: boolean) => `HEADER=true, AUTO_DETECT=false, DELIM=',', QUOTE='"', ESCAPE='"', PARALLEL=${multiline ? 'false' : 'true'}`;

/** COPY straight from the file: its columns are the table's, in order. */
function directCopy(table: string, file: string, multiline: boolean, pair?: [string, string]): string {
  const pairOptions = pair ? `, from=${quoteLiteral(pair[0])}, to=${quoteLiteral(pair[1])}` : '';
  return `COPY \`${table}\` FROM ${quoteLiteral(file)} (${csvOptions(multiline)}${pairOptions})`;
}

function copyStatement(table: string, file: string, keys: readonly Column[], columns: readonly Column[], multiline: boolean, pair?: [string, string]): string {
  const all = [...keys, ...columns];
  const typed = all.map((c) => `\`${c.name}\` ${c.type === 'string[]' ? 'STRING' : KUZU_TYPE[c.type]}`).join(', ');
  const projected = all.map((c) => (c.type === 'string[]'
    ? `CASE WHEN \`${c.name}\` IS NULL THEN CAST([] AS STRING[]) ELSE string_split(\`${c.name}\`, ${quoteLiteral(LIST_SEPARATOR)}) END`
    : `\`${c.name}\``)).join(', ');
  const source = `LOAD WITH HEADERS (${typed}) FROM ${quoteLiteral(file)} (${csvOptions(multiline)}) RETURN ${projected}`;
  return `COPY \`${table}\` FROM (${source})${pair ? ` (from=${quoteLiteral(pair[0])}, to=${quoteLiteral(pair[1])})` : ''}`;
}

/** One CSV field, with fast paths for the common empty, numeric and plain-text cases. */
function field(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return csvField(value);
}

/** A CSV being written: an open descriptor, a small text buffer, and whether any field holds a line break (kuzu's parallel reader cannot). */
interface CsvFile { fd: number; buffer: string; rows: number; multiline: boolean }

/**
 * Characters buffered before a write: small enough to stay in V8's young generation (holding whole batches of
 * lines per file promoted them, and GC became the main cost of staging a large graph).
 */
const FLUSH_CHARS = 1 << 16;
const NEWLINE = /[\r\n]/;

/** Write a header and the lines `each` emits into `file`; returns the row count and whether any line break was quoted. */
function writeCsv(file: string, header: readonly string[], each: (emit: (line: string) => void) => void): Pick<CsvFile, 'rows' | 'multiline'> {
  const out: CsvFile = { fd: openSync(file, 'w'), buffer: csvLine(header), rows: 0, multiline: false };
  const flush = () => { writeSync(out.fd, out.buffer); out.buffer = ''; };
  try {
    each((line) => {
      if (!out.multiline && NEWLINE.test(line)) out.multiline = true;
      out.buffer += `${line}\n`; out.rows++;
      if (out.buffer.length >= FLUSH_CHARS) flush();
    });
    flush();
  } finally {
    closeSync(out.fd);
  }
  return { rows: out.rows, multiline: out.multiline };
}

/**
 * How lists travel: `native` is kuzu's own `[a,b]` (loaded by a plain, faster COPY), usable only when no
 * element holds list syntax; `joined` is one U+001F-joined string split by a COPY … FROM (LOAD …) subquery.
 */
type ListFormat = 'native' | 'joined';
const PLAIN_ELEMENT = /^[^\s,[\]'"{}\\\u001f](?:[^,[\]'"{}\\\u001f\r\n]*[^\s,[\]'"{}\\\u001f])?$/;

function renderList(values: readonly string[], list: ListFormat): string {
  if (list === 'native') return csvField(`[${values.join(',')}]`);
  return values.length ? csvField(values.map((x) => x.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR)) : '';
}

/** `native` when every list element of the nodes (or of the relationships) is plain text; document names repeat, so each is tested once. */
function listFormats(graph: TupuGraph): { node: ListFormat; rel: ListFormat } {
  const plain = new Set<string>();
  const isPlain = (x: string) => plain.has(x) || (PLAIN_ELEMENT.test(x) && !!plain.add(x));
  let node: ListFormat = 'native'; let rel: ListFormat = 'native';
  graph.forEachNode((_k, a) => { if (node === 'native' && !(a.aliases.every(isPlain) && a.docs.every(isPlain))) node = 'joined'; });
  graph.forEachEdge((_k, a) => { if (rel === 'native' && !a.evidence.every((e) => isPlain(e.doc))) rel = 'joined'; });
  return { node, rel };
}

/** The CSV line of a node: id, then every node column. */
function nodeLine(key: string, attrs: NodeAttributes, list: ListFormat): string {
  let line = csvField(key);
  for (const c of NODE_COLUMNS) {
    const v = (attrs as Record<string, unknown>)[c.name];
    line += ',';
    if (v === undefined || v === null) line += c.type === 'string[]' ? renderList([], list) : '';
    else if (typeof v === 'number') line += c.type === 'int' ? String(Math.round(v)) : field(v);
    else if (Array.isArray(v)) line += renderList(v.map(String), list);
    else line += csvField(String(v));
  }
  return line;
}

/** The CSV line of a relationship, in EDGE_COLUMNS order (key, confidence, method, evidence, docs, count, note). */
function relLine(key: string, source: string, target: string, a: EdgeAttributes, list: ListFormat): string {
  const evidence = a.evidence ?? [];
  const docs = renderList(evidence.length === 1 ? [evidence[0].doc] : [...new Set(evidence.map((e) => e.doc))].sort(), list);
  // JSON always holds quotes, so the evidence field is always quoted.
  return `${csvField(source)},${csvField(target)},${csvField(key)},${field(a.confidence)},${csvField(a.method ?? '')},"${JSON.stringify(evidence).replaceAll('"', '""')}",${
    docs},${field(a.count)},${a.note === undefined ? '' : csvField(a.note)}`;
}

/** The edges of one (type, from label, to label), as parallel arrays (no per-edge objects, no key lookups when written). */
interface RelGroup extends RelTriple { keys: string[]; sources: string[]; targets: string[]; attrs: EdgeAttributes[] }

/**
 * Relationships per (type, from label, to label), without building a string per edge. Endpoint labels come from a
 * map: node attribute objects that analytics have written to read slowly (a tenth of the time for 500k edges).
 */
function relGroups(graph: TupuGraph, labels: ReadonlyMap<string, string>): RelGroup[] {
  const groups: RelGroup[] = [];
  const index = new Map<string, Map<string, Map<string, RelGroup>>>();
  graph.forEachEdge((key, a, source, target) => {
    const from = labels.get(source)!; const to = labels.get(target)!;
    let byFrom = index.get(a.type);
    if (!byFrom) index.set(a.type, (byFrom = new Map()));
    let byTo = byFrom.get(from);
    if (!byTo) byFrom.set(from, (byTo = new Map()));
    let group = byTo.get(to);
    if (!group) {
      group = { type: a.type, from, to, keys: [], sources: [], targets: [], attrs: [] };
      byTo.set(to, group); groups.push(group);
    }
    group.keys.push(key); group.sources.push(source); group.targets.push(target); group.attrs.push(a);
  });
  return groups;
}

/** Node keys per label, and each node's label. */
function nodeGroups(graph: TupuGraph): { byLabel: Map<string, string[]>; labels: Map<string, string> } {
  const byLabel = new Map<string, string[]>(); const labels = new Map<string, string>();
  graph.forEachNode((key, a) => {
    labels.set(key, a.label);
    const keys = byLabel.get(a.label);
    if (keys) keys.push(key); else byLabel.set(a.label, [key]);
  });
  return { byLabel, labels };
}

/** The (type, from, to) triples the graph holds, and the staged files in load order: nodes first. */
export interface CopyPlan { triples: RelTriple[]; jobs: CopyJob[] }

/** Write one CSV per label and per (type, from, to) in `dir` (which must exist). */
export function stageCopyFiles(graph: TupuGraph, dir: string): CopyPlan {
  const lists = listFormats(graph);
  const nodeHeader = ['id', ...NODE_COLUMNS.map((c) => c.name)];
  const relHeader = ['from', 'to', ...EDGE_COLUMNS.map((c) => c.name)];
  const idColumn: Column = { name: 'id', type: 'string' };
  const ends: Column[] = [{ name: 'from', type: 'string' }, { name: 'to', type: 'string' }];
  const { byLabel, labels } = nodeGroups(graph);
  const rels = relGroups(graph, labels);
  const nodeJobs = [...byLabel].map(([label, keys], i): CopyJob => {
    const file = path.join(dir, `node-${i}.csv`);
    const { rows, multiline } = writeCsv(file, nodeHeader, (emit) => { for (const k of keys) emit(nodeLine(k, graph.getNodeAttributes(k), lists.node)); });
    const statement = lists.node === 'native' ? directCopy(label, file, multiline) : copyStatement(label, file, [idColumn], NODE_COLUMNS, multiline);
    return { file, table: label, kind: 'node', rows, statement };
  });
  const relJobs = rels.map(({ type, from, to, keys, sources, targets, attrs }, i): CopyJob => {
    const file = path.join(dir, `rel-${i}.csv`);
    const { rows, multiline } = writeCsv(file, relHeader, (emit) => {
      for (let e = 0; e < keys.length; e++) emit(relLine(keys[e], sources[e], targets[e], attrs[e], lists.rel));
    });
    const statement = lists.rel === 'native'
      ? directCopy(type, file, multiline, [from, to])
      : copyStatement(type, file, ends, EDGE_COLUMNS, multiline, [from, to]);
    return { file, table: type, kind: 'rel', rows, statement };
  });
  return { triples: rels.map(({ type, from, to }) => ({ type, from, to })), jobs: [...nodeJobs, ...relJobs] };
}
