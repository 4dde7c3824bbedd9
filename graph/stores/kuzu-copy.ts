// Staging CSVs and the COPY FROM statements that bulk-load them into kuzu (typed columns, lists split in-engine).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { TupuGraph } from '../export/graph-json.ts';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column } from '../export/columns.ts';
import { csvLine } from '../export/csv.ts';
import { nodeRowsByLabel, relGroups } from '../export/rows.ts';
import { KUZU_TYPE } from './kuzu-schema.ts';

/** Lists travel as one string joined by U+001F, which report text does not contain. */
const LIST_SEPARATOR = '\u001f';

/** One staged file and the statement that copies it. */
export interface CopyJob { file: string; table: string; rows: number; statement: string }

const quoteLiteral = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function cell(value: unknown, c: Column): unknown {
  if (c.type !== 'string[]') return value;
  return Array.isArray(value) && value.length ? value.map((v) => String(v).replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR) : undefined;
}

function copyStatement(table: string, file: string, keys: readonly Column[], columns: readonly Column[], multiline: boolean, pair?: [string, string]): string {
  const all = [...keys, ...columns];
  const typed = all.map((c) => `\`${c.name}\` ${c.type === 'string[]' ? 'STRING' : KUZU_TYPE[c.type]}`).join(', ');
  const projected = all.map((c) => (c.type === 'string[]'
    ? `CASE WHEN \`${c.name}\` IS NULL THEN CAST([] AS STRING[]) ELSE string_split(\`${c.name}\`, ${quoteLiteral(LIST_SEPARATOR)}) END`
    : `\`${c.name}\``)).join(', ');
  const options = [`HEADER=true`, `PARALLEL=${multiline ? 'false' : 'true'}`].join(', ');
  const source = `LOAD WITH HEADERS (${typed}) FROM ${quoteLiteral(file)} (${options}) RETURN ${projected}`;
  return `COPY \`${table}\` FROM (${source})${pair ? ` (from=${quoteLiteral(pair[0])}, to=${quoteLiteral(pair[1])})` : ''}`;
}

const hasNewline = (values: readonly unknown[]) => values.some((v) => typeof v === 'string' && /[\r\n]/.test(v));

/** Write one CSV per label and per (type, from, to) into `dir`; return the COPY jobs, nodes first. */
export async function stageCopyFiles(graph: TupuGraph, dir: string): Promise<CopyJob[]> {
  await fs.mkdir(dir, { recursive: true });
  const jobs: CopyJob[] = [];
  const idColumn: Column = { name: 'id', type: 'string' };
  for (const [label, rows] of nodeRowsByLabel(graph)) {
    const file = path.join(dir, `node-${jobs.length}.csv`);
    let multiline = false; let text = csvLine(['id', ...NODE_COLUMNS.map((c) => c.name)]);
    for (const row of rows) {
      const values = [row.id, ...NODE_COLUMNS.map((c) => cell(row.props[c.name], c))];
      multiline ||= hasNewline(values);
      text += csvLine(values);
    }
    await fs.writeFile(file, text);
    jobs.push({ file, table: label, rows: rows.length, statement: copyStatement(label, file, [idColumn], NODE_COLUMNS, multiline) });
  }
  const ends: Column[] = [{ name: 'from', type: 'string' }, { name: 'to', type: 'string' }];
  for (const group of relGroups(graph)) {
    const file = path.join(dir, `rel-${jobs.length}.csv`);
    let multiline = false; let text = csvLine(['from', 'to', ...EDGE_COLUMNS.map((c) => c.name)]);
    for (const row of group.rows) {
      const values = [row.from, row.to, ...EDGE_COLUMNS.map((c) => cell(row.props[c.name], c))];
      multiline ||= hasNewline(values);
      text += csvLine(values);
    }
    await fs.writeFile(file, text);
    jobs.push({ file, table: group.type, rows: group.rows.length, statement: copyStatement(group.type, file, ends, EDGE_COLUMNS, multiline, [group.from, group.to]) });
  }
  return jobs;
}
