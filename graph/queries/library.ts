// The query library: *.cypher files with a header (title, purpose, params), one file per target where dialects differ.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TupuError } from '../../common/errors.ts';
import type { StoreTarget } from '../stores/types.ts';

/** A declared query parameter: type, default and what it means. */
export interface QueryParameter { name: string; type: 'string' | 'number'; default: string | number; description: string }

/** One library query, with its text per target (identical when both accept the same Cypher). */
export interface LibraryQuery {
  id: string;
  title: string;
  purpose: string;
  parameters: QueryParameter[];
  cypher: Record<StoreTarget, string>;
  /** Files it came from, relative to the library folder. */
  files: string[];
}

export const QUERY_DIR = path.dirname(fileURLToPath(import.meta.url));

const PARAM_LINE = /^\/\/\s*param\s+(\w+)\s*:\s*(string|number)\s*=\s*(.+?)\s+—\s+(.*)$/;

/** Parse one file's header; the body is everything after the leading `//` lines. */
export function parseQueryFile(text: string, file: string): Omit<LibraryQuery, 'id' | 'cypher' | 'files'> & { body: string } {
  const lines = text.split('\n');
  const header = lines.filter((l, i) => l.startsWith('//') && lines.slice(0, i).every((p) => p.startsWith('//')));
  const field = (name: string) => header.find((l) => l.startsWith(`// ${name}:`))?.slice(name.length + 4).trim();
  const title = field('title'); const purpose = field('purpose');
  if (!title || !purpose) throw new TupuError('CONFIG_INVALID', `query library: ${file} needs "// title:" and "// purpose:" header lines`);
  const parameters = header.filter((l) => l.startsWith('// param')).map((l) => {
    const m = PARAM_LINE.exec(l);
    if (!m) throw new TupuError('CONFIG_INVALID', `query library: ${file}: cannot read parameter line ${JSON.stringify(l)} (expected "// param name: string = \\"x\\" — description")`);
    return { name: m[1], type: m[2] as 'string' | 'number', default: JSON.parse(m[3]) as string | number, description: m[4] };
  });
  return { title, purpose, parameters, body: lines.slice(header.length).join('\n').trim() };
}

/** Every query in `dir`: `id.cypher` serves both targets, `id.kuzu.cypher` / `id.neo4j.cypher` one each. */
export function loadQueryLibrary(dir = QUERY_DIR): LibraryQuery[] {
  const byId = new Map<string, LibraryQuery>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const [, id, target] = /^(.+?)(?:\.(kuzu|neo4j))?\.cypher$/.exec(file)!;
    const parsed = parseQueryFile(readFileSync(path.join(dir, file), 'utf8'), file);
    const entry = byId.get(id) ?? { id, title: parsed.title, purpose: parsed.purpose, parameters: parsed.parameters, cypher: { kuzu: '', neo4j: '' }, files: [] };
    if (target) entry.cypher[target as StoreTarget] = parsed.body;
    else entry.cypher = { kuzu: parsed.body, neo4j: parsed.body };
    entry.files.push(file);
    byId.set(id, entry);
  }
  for (const q of byId.values()) {
    if (!q.cypher.kuzu || !q.cypher.neo4j) throw new TupuError('CONFIG_INVALID', `query library: ${q.id} has a file for one target only (${q.files.join(', ')})`);
  }
  return [...byId.values()];
}

/** Parameters for a run: declared defaults overridden by `given` (strings from the CLI coerced to the declared type). */
export function resolveQueryParams(query: LibraryQuery, given: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of query.parameters) {
    const v = given[p.name] ?? p.default;
    out[p.name] = p.type === 'number' ? Number(v) : String(v);
    if (p.type === 'number' && !Number.isFinite(out[p.name])) throw new TupuError('BAD_REQUEST', `query ${query.id}: parameter ${p.name} must be a number, got ${JSON.stringify(v)}`);
  }
  const unknown = Object.keys(given).filter((k) => !query.parameters.some((p) => p.name === k));
  if (unknown.length) throw new TupuError('BAD_REQUEST', `query ${query.id}: unknown parameter ${unknown.join(', ')} (declared: ${query.parameters.map((p) => p.name).join(', ') || 'none'})`);
  return out;
}
