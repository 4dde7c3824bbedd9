// API latency of `tupu serve`: p50/p95 of /api/graph, /api/search and /api/cypher (library queries) under 20
// concurrent clients on loopback, 10 s per endpoint, on the corpus graph and a 100k-node generated graph.
// Usage: node --import tsx bench/web-api.ts [--seconds 10] [--clients 20] [--no-large] [--no-write]
import http from 'node:http';
import { parseArgs } from 'node:util';
import { machineLine, writeResultsSection } from './results-file.ts';
import { corpusDataset, generatedDataset, serveChild, type WebDataset } from './web-data.ts';

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '10' }, clients: { type: 'string', default: '20' },
  'no-large': { type: 'boolean', default: false }, 'no-write': { type: 'boolean', default: false },
} });
const SECONDS = Number(values.seconds); const CLIENTS = Number(values.clients);
const log = (s: string) => process.stdout.write(`${s}\n`);

/** A response as raw bytes: the load generator does not decompress or parse, so it measures the server. */
interface RawResponse { ok: boolean; status: number; body: Buffer }
type Call = (i: number) => Promise<RawResponse>;

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ ok: (res.statusCode ?? 0) < 400, status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

interface Stat { endpoint: string; requests: number; errors: number; p50: number; p95: number; rps: number; firstError?: string }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** CLIENTS loops calling `call` back to back for SECONDS; in-flight requests finish (bounded by the server's 10 s timeout). */
async function hammer(endpoint: string, call: Call): Promise<Stat> {
  const latencies: number[] = []; let errors = 0; let n = 0; let firstError: string | undefined;
  const until = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        const res = await call(n++);
        if (!res.ok) { errors++; firstError ??= `${res.status} ${res.body.toString('utf8', 0, 200)}`; }
      } catch (e) { errors++; firstError ??= String(e); }
      latencies.push(performance.now() - t);
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  if (firstError) log(`    first error on ${endpoint}: ${firstError}`);
  return { endpoint, requests: latencies.length, errors, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), rps: latencies.length / elapsed, firstError };
}

async function benchDataset(ds: WebDataset): Promise<{ ds: WebDataset; stats: Stat[]; graphBytes: number; nodes: number; edges: number; single: { name: string; ms: number; rows: number }[] }> {
  const server = await serveChild(ds.outDir);
  try {
    const base = server.url;
    const health = await (await fetch(`${base}api/health`)).json() as { graph: { nodes: number; edges: number } };
    const gz = await fetch(`${base}api/graph`, { headers: { 'accept-encoding': 'gzip' } });
    const graphBytes = Number(gz.headers.get('content-length') ?? 0);
    await gz.arrayBuffer();
    const library = (await (await fetch(`${base}api/queries`)).json() as { queries: { name: string; cypher: string; params: { name: string; default?: unknown }[] }[] }).queries;
    // A mix of cheap and aggregate queries; the heavy ones are timed one by one below.
    const picked = library.filter((q) => ['top-entities', 'shortest-path', 'corroborated-entities', 'tier-counts-by-country'].includes(q.name));
    const paramsOf = (q: (typeof library)[number]) => Object.fromEntries(q.params.map((p) => [p.name, p.default ?? '']));
    const single: { name: string; ms: number; rows: number }[] = [];
    for (const q of library) {
      const body = JSON.stringify({ query: q.cypher, params: paramsOf(q) });
      await request(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const t = performance.now();
      const res = await request(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      single.push({ name: q.name, ms: performance.now() - t, rows: res.ok ? (JSON.parse(res.body.toString()) as { rows: unknown[] }).rows.length : -1 });
    }
    const terms = ['百度', 'bd', '智谱', 'gpt', '模型', '华为', 'ali', '大', '云', 'zp'];
    const stats: Stat[] = [];
    log(`  ${ds.name}: ${health.graph.nodes} nodes, ${health.graph.edges} edges; graph.json ${(graphBytes / 1e6).toFixed(2)} MB gzipped`);
    stats.push(await hammer('GET /api/graph (gzip)', () => request(`${base}api/graph`, { headers: { 'accept-encoding': 'gzip' } })));
    stats.push(await hammer('GET /api/search', (i) => request(`${base}api/search?q=${encodeURIComponent(terms[i % terms.length])}`)));
    stats.push(await hammer(`POST /api/cypher (${picked.length} library queries)`, (i) => {
      const q = picked[i % picked.length];
      return request(`${base}api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.cypher, params: paramsOf(q) }) });
    }));
    for (const s of stats) log(`    ${s.endpoint}: p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${s.rps.toFixed(0)} req/s, ${s.errors} errors`);
    return { ds, stats, graphBytes, nodes: health.graph.nodes, edges: health.graph.edges, single };
  } finally {
    await server.stop();
  }
}

const datasets = [corpusDataset(log)];
if (!values['no-large']) datasets.push(await generatedDataset(100_000, 200_000, { layout: false }, log));
const results: Awaited<ReturnType<typeof benchDataset>>[] = [];
for (const ds of datasets) results.push(await benchDataset(ds));

const rows = results.flatMap((r) => r.stats.map((s) => `| ${r.ds.name} (${r.nodes} n / ${r.edges} e) | ${s.endpoint} | ${s.p50.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.rps.toFixed(0)} | ${s.requests} | ${s.errors} |`));
const body = [
  '## Web API under load (`bench/web-api.ts`)',
  '',
  `${new Date().toISOString().slice(0, 10)} · ${machineLine()} · ${CLIENTS} concurrent keep-alive clients on loopback (raw bytes, no client-side decompression), ${SECONDS} s per endpoint; server is \`tupu serve\` in its own process (kuzu store, a pool of 4 connections), the load generator in another process on the same 2 cores.`,
  '',
  '| graph | endpoint | p50 ms | p95 ms | req/s | requests | errors |',
  '|---|---|---:|---:|---:|---:|---:|',
  ...rows,
  '',
  ...results.map((r) => `- ${r.ds.name}: /api/graph sends ${(r.graphBytes / 1e6).toFixed(2)} MB gzipped (pre-compressed once at start-up).`),
  '',
  'Each library query alone (one client, second run), ms (rows):',
  '',
  `| query | ${results.map((r) => r.ds.name).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  ...results[0].single.map((q, i) => `| ${q.name} | ${results.map((r) => `${r.single[i]?.ms.toFixed(0)} (${r.single[i]?.rows})`).join(' | ')} |`),
].join('\n');
if (!values['no-write']) writeResultsSection(new URL('./RESULTS.md', import.meta.url).pathname, 'web-api', body);
log(body);
