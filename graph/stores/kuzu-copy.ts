// Staging CSVs and the COPY FROM statements that bulk-load them into kuzu (plain COPY, or a typed LOAD subquery when lists need it).
import { appendFileSync, promises as fs, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TupuGraph } from '../export/graph-json.ts';
import type { EdgeAttributes, NodeAttributes } from '../../schema/index.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export/columns.ts';
import { csvField, csvLine } from '../export/csv.ts';
import { KUZU_TYPE } from './kuzu-schema.ts';

/** Lists travel as one string joined by U+001F, which report text does not contain. */
const LIST_SEPARATOR = '\u001f';

/** One staged file and the statement that copies it. */
export interface CopyJob { file: string; table: string; rows: number; statement: string }

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

/** A file being staged: its lines, and whether any field holds a line break (kuzu's parallel reader cannot). */
interface Stage { file: string; lines: string[]; rows: number; multiline: boolean; table: string; pair?: [string, string] }

/** Lines held before they are appended to the file: keeps the heap (and GC time) small on large graphs. */
const FLUSH_LINES = 20_000;

function push(stage: Stage, line: string): void {
  stage.lines.push(line); stage.rows++;
  if (stage.lines.length >= FLUSH_LINES) flush(stage);
}

function flush(stage: Stage): void {
  if (stage.lines.length) appendFileSync(stage.file, `${stage.lines.join('\n')}\n`);
  stage.lines = [];
}

const NEWLINE = /[\r\n]/;

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

/** `native` when every list element of the nodes (or of the relationships) is plain text. */
function listFormats(graph: TupuGraph): { node: ListFormat; rel: ListFormat } {
  let node: ListFormat = 'native'; let rel: ListFormat = 'native';
  graph.forEachNode((_k, a) => { if (node === 'native' && ![...a.aliases, ...a.docs].every((x) => PLAIN_ELEMENT.test(x))) node = 'joined'; });
  graph.forEachEdge((_k, a) => { if (rel === 'native' && !a.evidence.every((e) => PLAIN_ELEMENT.test(e.doc))) rel = 'joined'; });
  return { node, rel };
}

/** The CSV line of a node: id, then every node column (lists joined by U+001F). */
function nodeLine(key: string, attrs: NodeAttributes, list: ListFormat): string {
  const fields: string[] = [csvField(key)];
  for (const c of NODE_COLUMNS) {
    const v = (attrs as Record<string, unknown>)[c.name];
    if (v === undefined || v === null) fields.push(c.type === 'string[]' ? renderList([], list) : '');
    else if (typeof v === 'number') fields.push(c.type === 'int' ? String(Math.round(v)) : field(v));
    else if (Array.isArray(v)) fields.push(renderList(v.map(String), list));
    else fields.push(csvField(String(v)));
  }
  return fields.join(',');
}

/** The CSV line of a relationship, in EDGE_COLUMNS order (key, confidence, method, evidence, docs, count, note). */
function relLine(key: string, source: string, target: string, a: EdgeAttributes, list: ListFormat): string {
  const evidence = a.evidence ?? [];
  const docs = renderList(evidence.length === 1 ? [evidence[0].doc] : [...new Set(evidence.map((e) => e.doc))].sort(), list);
  return [csvField(source), csvField(target), csvField(key), field(a.confidence), csvField(a.method ?? ''), csvField(JSON.stringify(evidence)),
    docs, field(a.count), a.note === undefined ? '' : csvField(a.note)].join(',');
}

/** Quoted line breaks are legal CSV, but kuzu's parallel reader cannot split on them. */
function pushLine(stage: Stage, line: string): void {
  if (!stage.multiline && NEWLINE.test(line)) stage.multiline = true;
  push(stage, line);
}

/** Write one CSV per label and per (type, from, to) into `dir`; return the COPY jobs, nodes first. */
export async function stageCopyFiles(graph: TupuGraph, dir: string): Promise<CopyJob[]> {
  await fs.mkdir(dir, { recursive: true });
  const stages = new Map<string, Stage>();
  const open = (id: string, table: string, header: string[], pair?: [string, string]): Stage => {
    let stage = stages.get(id);
    if (!stage) {
      stage = { file: path.join(dir, `${pair ? 'rel' : 'node'}-${stages.size}.csv`), lines: [], rows: 0, multiline: false, table, pair };
      writeFileSync(stage.file, csvLine(header));
      stages.set(id, stage);
    }
    return stage;
  };
  const nodeHeader = ['id', ...NODE_COLUMNS.map((c) => c.name)];
  const relHeader = ['from', 'to', ...EDGE_COLUMNS.map((c) => c.name)];
  const lists = listFormats(graph);
  graph.forEachNode((key, attrs) => {
    const stage = open(`node|${attrs.label}`, attrs.label, nodeHeader);
    pushLine(stage, nodeLine(key, attrs, lists.node));
  });
  graph.forEachEdge((key, attrs, source, target, sa, ta) => {
    const stage = open(`rel|${attrs.type}|${sa.label}|${ta.label}`, attrs.type, relHeader, [sa.label, ta.label]);
    pushLine(stage, relLine(key, source, target, attrs, lists.rel));
  });
  const idColumn: Column = { name: 'id', type: 'string' };
  const ends: Column[] = [{ name: 'from', type: 'string' }, { name: 'to', type: 'string' }];
  return [...stages.values()].map((stage) => {
    flush(stage);
    const native = (stage.pair ? lists.rel : lists.node) === 'native';
    const statement = native
      ? directCopy(stage.table, stage.file, stage.multiline, stage.pair)
      : stage.pair
        ? copyStatement(stage.table, stage.file, ends, EDGE_COLUMNS, stage.multiline, stage.pair)
        : copyStatement(stage.table, stage.file, [idColumn], NODE_COLUMNS, stage.multiline);
    return { file: stage.file, table: stage.table, rows: stage.rows, statement };
  });
}
