// Graph-stage benchmarks: analytics + layout, exports per format, kuzu COPY load, and library-query latency.
// Usage: node --max-old-space-size=8192 --import tsx bench/graph-bench.ts [--sizes 10000:50000,100000:500000] [--no-corpus] [--no-write]
// (the 100k GEXF export needs more than the default 4 GB heap)
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateGraph } from './generate-graph.ts';
import { machineLine, writeResultsSection } from './results-file.ts';
import { assignAnalytics } from '../graph/analytics/index.ts';
import { assignLayouts } from '../graph/layout/index.ts';
import { EXPORT_FORMATS, buildLoadCypher, toGraphology, writeExports, type TupuGraph } from '../graph/export/index.ts';
import { KuzuStore } from '../graph/stores/kuzu.ts';
import { loadQueryLibrary, resolveQueryParams } from '../graph/queries/index.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DATA = path.join(ROOT, 'bench', '.data');
const { values } = parseArgs({ options: {
  sizes: { type: 'string', default: '10000:50000,100000:500000' },
  'no-corpus': { type: 'boolean', default: false },
  runs: { type: 'string', default: '20' },
  'no-write': { type: 'boolean', default: false },
} });
const runs = Number(values.runs);
const ms = (t: number) => Math.round(performance.now() - t);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Parameters that hit real data in a generated graph. */
function syntheticParams(g: TupuGraph): Record<string, Record<string, unknown>> {
  const dev = g.findEdge((_e, a) => a.type === 'DEVELOPS')!;
  const company = g.findNode((_k, a) => a.label === 'Company' && g.outDegree(_k) > 2)!;
  const hop = g.findEdge((_e, a) => a.type === 'AFFILIATED_WITH')!;
  const name = (k: string) => g.getNodeAttribute(k, 'name');
  return {
    'models-by-developer': { developer: name(g.source(dev)) },
    'company-profile': { company: name(company) },
    'shortest-path': { from: name(g.source(hop)), to: name(g.target(hop)) },
    'corroborated-entities': { minReports: 2 },
  };
}

async function queryLatency(store: KuzuStore, params: Record<string, Record<string, unknown>>, n: number): Promise<Record<string, { p50: number; p95: number; rows: number }>> {
  const out: Record<string, { p50: number; p95: number; rows: number }> = {};
  for (const q of loadQueryLibrary()) {
    const times: number[] = []; let rows = 0;
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      rows = (await store.query(q.cypher.kuzu, resolveQueryParams(q, params[q.id] ?? {}), { timeoutMs: 60_000 })).rows.length;
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    out[q.id] = { p50: +times[Math.floor(n * 0.5)].toFixed(1), p95: +times[Math.min(n - 1, Math.ceil(n * 0.95) - 1)].toFixed(1), rows };
    log(`  query ${q.id}: p50 ${out[q.id].p50} ms, p95 ${out[q.id].p95} ms (${rows} rows)`);
  }
  return out;
}

interface SizeResult { label: string; order: number; size: number; analytics: Record<string, number>; layout: Record<string, number>; exports: Record<string, { ms: number; mb: number }>; kuzuMs: number; loadCypher?: { mb: number; batches: number }; queries: Record<string, { p50: number; p95: number; rows: number }> }

async function benchSize(nodes: number, edges: number): Promise<SizeResult> {
  const label = `${nodes / 1000}k/${edges / 1000}k`;
  log(`== ${label}`);
  let t = performance.now();
  const g = toGraphology(generateGraph({ nodes, edges, seed: 1 }));
  log(`  generated ${g.order} nodes / ${g.size} edges in ${ms(t)} ms`);
  const analytics = assignAnalytics(g);
  log(`  analytics ${JSON.stringify(analytics)}`);
  const layout = assignLayouts(g);
  log(`  layout ${JSON.stringify(layout)}`);
  const dir = path.join(DATA, `graph-${nodes}`);
  rmSync(dir, { recursive: true, force: true });
  const exports: SizeResult['exports'] = {};
  for (const f of EXPORT_FORMATS) {
    const [r] = await writeExports(g, dir, [f.id]);
    exports[f.id] = { ms: r.ms, mb: +(r.files.reduce((s, x) => s + x.bytes, 0) / 1e6).toFixed(1) };
    log(`  export ${f.id}: ${r.ms} ms, ${exports[f.id].mb} MB`);
  }
  // Only the counts are kept: holding the statements' text (190 MB at 100k) would tax the kuzu load's GC below.
  const { constraints, batches } = buildLoadCypher(g);
  const loadCypher = { mb: +(statSync(path.join(dir, 'load.cypher')).size / 1e6).toFixed(1), batches };
  log(`  load.cypher: ${loadCypher.mb} MB, ${constraints} constraints + ${batches} batches of ≤1000 rows`);
  const store = new KuzuStore(path.join(dir, 'tupu.kuzu'));
  t = performance.now();
  await store.load(g);
  const kuzuMs = ms(t);
  log(`  kuzu COPY load (staging CSVs + schema + COPY + swap): ${kuzuMs} ms`);
  const queries = await queryLatency(store, syntheticParams(g), runs);
  await store.close();
  return { label, order: g.order, size: g.size, analytics, layout, exports, kuzuMs, loadCypher, queries };
}

async function benchCorpus(): Promise<SizeResult['queries'] | undefined> {
  const out = path.join(DATA, 'corpus-out');
  const corpus = path.join(ROOT, '..', 'shared', 'corpus');
  log('== corpus graph (tupu build of ../shared/corpus)');
  const build = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'tupu.mjs'), 'build', '--corpus', corpus, '--out', out], { encoding: 'utf8' });
  if (build.status !== 0) { log(`  build failed: ${build.stderr}`); return undefined; }
  log(`  ${build.stdout.split('\n')[0]}`);
  const store = new KuzuStore(path.join(out, 'tupu.kuzu'));
  const q = await queryLatency(store, {}, runs);
  await store.close();
  return q;
}

const results: SizeResult[] = [];
for (const spec of values.sizes.split(',').filter(Boolean)) {
  const [n, e] = spec.split(':').map(Number);
  results.push(await benchSize(n, e));
}
const corpus = values['no-corpus'] ? undefined : await benchCorpus();

const table = (rows: string[][]) => rows.map((r) => `| ${r.join(' | ')} |`).join('\n');
const ids = loadQueryLibrary().map((q) => q.id);
const body = [
  '## Graph stage (`bench/graph-bench.ts`)',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${machineLine()} · shared machine (other sessions running; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
  '',
  table([['graph', 'nodes / edges', 'analytics (ms)', 'layout FA2 / chain (ms)', 'kuzu load (ms)', 'load.cypher'], ['---', '---', '---', '---', '---', '---'],
    ...results.map((r) => [r.label, `${r.order} / ${r.size}`, `${Object.values(r.analytics).reduce((a, b) => a + b, 0)} (${Object.entries(r.analytics).map(([k, v]) => `${k} ${v}`).join(', ')})`,
      `${r.layout.forceatlas2} / ${r.layout.chain}`, String(r.kuzuMs), r.loadCypher ? `${r.loadCypher.mb} MB, ${r.loadCypher.batches} batches` : '']) ]),
  '',
  'Export time per format (ms, size):',
  '',
  table([['graph', ...EXPORT_FORMATS.map((f) => f.id)], ['---', ...EXPORT_FORMATS.map(() => '---')],
    ...results.map((r) => [r.label, ...EXPORT_FORMATS.map((f) => `${r.exports[f.id].ms} ms, ${r.exports[f.id].mb} MB`)])]),
  '',
  'Library query latency on the embedded store, p50 / p95 (ms):',
  '',
  table([['query', ...(corpus ? ['corpus'] : []), ...results.map((r) => r.label)], ['---', ...(corpus ? ['---'] : []), ...results.map(() => '---')],
    ...ids.map((id) => [id, ...(corpus ? [`${corpus[id].p50} / ${corpus[id].p95}`] : []), ...results.map((r) => `${r.queries[id].p50} / ${r.queries[id].p95}`)])]),
].join('\n');
if (!values['no-write']) writeResultsSection(path.join(ROOT, 'bench', 'RESULTS.md'), 'graph-bench', body);
log(body);
