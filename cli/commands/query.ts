// `tupu query`: run Cypher (or a library query) against the build's embedded store or Neo4j; read-only by default.
import path from 'node:path';
import { UsageError, defineCommand } from '../command.ts';

/** `k=v` pairs; values that read as JSON numbers, booleans, lists or objects are passed typed. */
export function parseParams(pairs: readonly string[], json?: string): Record<string, unknown> {
  const params: Record<string, unknown> = json ? JSON.parse(json) : {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--param expects name=value, got "${pair}"`);
    const raw = pair.slice(eq + 1);
    let value: unknown = raw;
    if (/^(-?\d+(\.\d+)?|true|false|null|\[.*\]|\{.*\})$/s.test(raw)) { try { value = JSON.parse(raw); } catch { value = raw; } }
    params[pair.slice(0, eq)] = value;
  }
  return params;
}

const positiveInt = (name: string, text: string | undefined, fallback: number): number => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} expects a positive integer, got "${text}"`);
  return n;
};

export const queryCommand = defineCommand({
  name: 'query',
  summary: 'Run a Cypher query (or a library query) against the embedded store or Neo4j',
  usage: '[--out DIR] "<cypher>" | --library ID [--param k=v]... [--format table|json|csv] [--write] [--limit N] [--timeout MS]',
  positionals: true,
  options: {
    out: { type: 'string', valueName: 'DIR', description: 'build output holding tupu.kuzu', defaultText: 'out' },
    library: { type: 'string', valueName: 'ID', description: 'run a query of graph/queries/ by id (see --list)' },
    list: { type: 'boolean', description: 'list the query library and exit' },
    param: { type: 'string', multiple: true, valueName: 'K=V', description: 'query parameter; repeat for several' },
    params: { type: 'string', valueName: 'JSON', description: 'parameters as one JSON object' },
    format: { type: 'string', valueName: 'FMT', description: 'table, json (array of row objects) or csv', defaultText: 'table' },
    write: { type: 'boolean', description: 'allow CREATE/MERGE/SET/DELETE (otherwise the store refuses them)' },
    limit: { type: 'string', valueName: 'N', description: 'row limit', defaultText: '1000' },
    timeout: { type: 'string', valueName: 'MS', description: 'query timeout in milliseconds', defaultText: '10000' },
    target: { type: 'string', valueName: 'STORE', description: 'kuzu (embedded) or neo4j', defaultText: 'kuzu' },
    uri: { type: 'string', valueName: 'URI', description: 'Neo4j bolt URI (password from NEO4J_PASSWORD)', defaultText: '$NEO4J_URI or bolt://localhost:7687' },
    user: { type: 'string', valueName: 'USER', description: 'Neo4j user', defaultText: 'neo4j' },
    database: { type: 'string', valueName: 'NAME', description: 'Neo4j database' },
  },
  details: 'Exit status: 0 ok, 1 query or store error (code in brackets), 2 usage error. Truncated results say so on stderr.',
  async run({ values, positionals }) {
    const { loadQueryLibrary, resolveQueryParams, formatRows, ROW_FORMATS } = await import('../../graph/queries/index.ts');
    const { openStore } = await import('../../graph/stores/open-store.ts');
    const { QUERY_DEFAULTS } = await import('../../graph/stores/types.ts');
    const library = loadQueryLibrary();
    if (values.list) {
      for (const q of library) process.stdout.write(`${q.id}\n  ${q.title}: ${q.purpose}\n${q.parameters.map((p) => `  --param ${p.name}=… (${p.type}, default ${JSON.stringify(p.default)}): ${p.description}\n`).join('')}`);
      return 0;
    }
    const format = (values.format ?? 'table') as (typeof ROW_FORMATS)[number];
    if (!ROW_FORMATS.includes(format)) throw new UsageError(`--format expects ${ROW_FORMATS.join(', ')}, got "${values.format}"`);
    const target = values.target ?? 'kuzu';
    if (target !== 'kuzu' && target !== 'neo4j') throw new UsageError(`--target expects kuzu or neo4j, got "${target}"`);
    let params = parseParams(values.param ?? [], values.params);
    let cypher = positionals.join(' ').trim();
    if (values.library) {
      const q = library.find((x) => x.id === values.library);
      if (!q) throw new UsageError(`no library query "${values.library}" (known: ${library.map((x) => x.id).join(', ')})`);
      cypher = q.cypher[target];
      params = resolveQueryParams(q, params);
    }
    if (!cypher) throw new UsageError('give a Cypher query or --library ID');
    const store = openStore({
      target, out: path.resolve(values.out ?? 'out'),
      neo4j: { uri: values.uri ?? process.env.NEO4J_URI ?? 'bolt://localhost:7687', user: values.user ?? process.env.NEO4J_USER, database: values.database },
    });
    try {
      const result = await store.query(cypher, params, {
        write: values.write ?? false,
        rowLimit: positiveInt('limit', values.limit, QUERY_DEFAULTS.rowLimit),
        timeoutMs: positiveInt('timeout', values.timeout, QUERY_DEFAULTS.timeoutMs),
      });
      process.stdout.write(formatRows(result.columns, result.rows, format));
      if (result.truncated) process.stderr.write(`tupu query: showing the first ${result.rows.length} rows (raise --limit for more)\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
});
