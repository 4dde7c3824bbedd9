// The graph stage end to end on ../shared/corpus: a real build, the query library's answers, and the CLI (latency lives in bench/graph-bench.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { REPO_ROOT, runTupu, tempDir } from '../cli/helpers.ts';
import { KuzuStore } from '../../graph/stores/kuzu.ts';
import { loadQueryLibrary, resolveQueryParams } from '../../graph/queries/index.ts';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus');
const library = loadQueryLibrary();

describe('graph stage on the shared corpus', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, () => {
  const tmp = tempDir('graph-corpus');
  const out = path.join(tmp.dir, 'out');
  const curation = path.join(tmp.dir, 'curation.yaml');
  let store: KuzuStore;
  const run = async (id: string, params: Record<string, unknown> = {}) => {
    const q = library.find((x) => x.id === id)!;
    return (await store.query(q.cypher.kuzu, resolveQueryParams(q, params))).rows;
  };
  const names = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

  before(() => {
    writeFileSync(curation, 'version: 1\nrules:\n  - reject: { entity: 不存在的实体 }\n');
    process.env.TUPU_CURATION = curation;
    const build = runTupu(['build', '--corpus', CORPUS, '--out', out]);
    delete process.env.TUPU_CURATION;
    assert.equal(build.status, 0, build.stderr);
    store = new KuzuStore(path.join(out, 'tupu.kuzu'));
  });
  after(async () => { await store?.close(); tmp.cleanup(); });

  test('the build wrote every export, the store, and the graph stages into the manifest', () => {
    for (const f of ['graph.json', 'graph.gexf', 'graph.graphml', 'load.cypher', 'neo4j/README.md', 'neo4j/nodes-Company.csv', 'tupu.kuzu']) assert.ok(existsSync(path.join(out, f)), f);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    for (const stage of ['curation', 'analytics', 'layout', 'exports', 'store']) assert.ok(manifest.stages[stage], stage);
    assert.equal(manifest.stages.curation.unmatched, 1);
    const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    for (const n of graph.nodes) for (const a of ['degree', 'pagerank', 'community', 'x', 'y', 'chainX', 'chainY']) assert.equal(typeof n.attributes[a], 'number', `${n.key}.${a}`);
  });

  test('models by developer: 百度 → 文心一言', async () => {
    assert.ok((await run('models-by-developer', { developer: '百度' })).some((r) => r.model === '文心一言'));
  });

  test('everything about a company: 智谱AI built ChatGLM-6B; 百度 employs 侯震宇', async () => {
    assert.ok(names((await run('company-profile', { company: '智谱AI' }))[0]?.models).includes('ChatGLM-6B'));
    assert.ok(names((await run('company-profile', { company: '百度' }))[0]?.people).includes('侯震宇'));
  });

  test('tiers by country: Chinese developers have L0 models', async () => {
    assert.ok((await run('tier-counts-by-country')).some((r) => r.country === '中国' && r.tier === 'L0' && Number(r.models) >= 1));
  });

  test('open source by country: China has open-source models', async () => {
    assert.ok((await run('open-source-by-country')).some((r) => r.country === '中国' && r.openSource === 'true'));
  });

  test('policies: 《生成式人工智能服务管理暂行办法》 issued by 国家互联网信息办公室', async () => {
    const rows = await run('policies-by-region-and-issuer');
    assert.ok(rows.some((r) => String(r.policy).includes('生成式人工智能服务管理暂行办法') && names(r.issuers).includes('国家互联网信息办公室')));
  });

  test('researchers: 唐杰 at 清华大学; 邱锡鹏 at 复旦大学, which built MOSS', async () => {
    const rows = await run('researchers-and-institutions');
    assert.ok(rows.some((r) => r.person === '唐杰' && r.organisation === '清华大学'));
    assert.ok(rows.some((r) => r.person === '邱锡鹏' && r.organisation === '复旦大学' && names(r.models).includes('MOSS')));
  });

  test('shortest path: 唐杰 reaches ChatGLM-6B in at most 3 hops', async () => {
    const rows = await run('shortest-path', { from: '唐杰', to: 'ChatGLM-6B' });
    assert.ok(rows.length === 1 && Number(rows[0].hops) <= 3);
  });

  test('corroboration: 百度 and OpenAI appear in at least 3 reports', async () => {
    const rows = await run('corroborated-entities', { minReports: 3 });
    for (const n of ['百度', 'OpenAI']) assert.ok(rows.some((r) => r.name === n), n);
  });

  test('tupu query: JSON rows, refused writes, syntax errors, row limit', async () => {
    await store.close();
    const json = runTupu(['query', '--out', out, '--format', 'json', 'MATCH (c:Company) WHERE c.name = $n RETURN c.name AS name', '--param', 'n=百度']);
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual(JSON.parse(json.stdout), [{ name: '百度' }]);
    const write = runTupu(['query', '--out', out, "MATCH (c:Company) SET c.name = 'x'"]);
    assert.equal(write.status, 1);
    assert.match(write.stderr, /\[CYPHER_WRITE_REFUSED\]/);
    const syntax = runTupu(['query', '--out', out, 'MATCH (n RETURN n']);
    assert.equal(syntax.status, 1);
    assert.match(syntax.stderr, /Parser exception.*\[CYPHER_SYNTAX\]/s);
    const limited = runTupu(['query', '--out', out, '--format', 'csv', '--limit', '2', 'MATCH (n) RETURN n.id AS id']);
    assert.equal(limited.stdout.trim().split('\n').length, 3);
    assert.match(limited.stderr, /first 2 rows/);
    const lib = runTupu(['query', '--out', out, '--library', 'models-by-developer', '--param', 'developer=百度', '--format', 'json']);
    assert.ok(JSON.parse(lib.stdout).some((r: { model: string }) => r.model === '文心一言'));
  });

  test('tupu export and load --dry-run; a malformed graph.json names the node', () => {
    const to = path.join(tmp.dir, 'exports');
    const exp = runTupu(['export', '--out', out, '--format', 'gexf,cypher', '--to', to]);
    assert.equal(exp.status, 0, exp.stderr);
    assert.ok(existsSync(path.join(to, 'graph.gexf')) && existsSync(path.join(to, 'load.cypher')));
    const dry = runTupu(['load', '--out', out, '--target', 'neo4j', '--dry-run', '--batch-size', '50']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /^CREATE CONSTRAINT company_id IF NOT EXISTS/m);
    assert.match(dry.stdout, /UNWIND \$rows AS row MERGE \(n:Company \{id: row\.id\}\)/);
    const graph = JSON.parse(readFileSync(path.join(out, 'graph.json'), 'utf8'));
    graph.nodes[7].attributes.label = 'Startup';
    const badOut = path.join(tmp.dir, 'badout');
    mkdirSync(badOut, { recursive: true });
    writeFileSync(path.join(badOut, 'graph.json'), JSON.stringify(graph));
    const res = runTupu(['export', '--out', badOut]);
    assert.equal(res.status, 1);
    assert.ok(res.stderr.includes(`nodes[7] (${JSON.stringify(graph.nodes[7].key)}).attributes.label`), res.stderr);
    assert.match(res.stderr, /\[SCHEMA_INVALID\]/);
    writeFileSync(path.join(badOut, 'graph.json'), '{"nodes": [');
    const load = runTupu(['load', '--out', badOut, '--target', 'neo4j', '--dry-run']);
    assert.equal(load.status, 1);
    assert.match(load.stderr, /graph\.json: not JSON .*\[SCHEMA_INVALID\]/);
  });

  test('tupu curate merge appends a rule that the next build applies and reports', () => {
    const res = runTupu(['curate', 'merge', '文心', '文心一言', '--file', curation]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(readFileSync(curation, 'utf8'), /merge:\n\s+from: 文心\n\s+into: 文心一言/);
    const check = runTupu(['curate', 'check', '--file', curation, '--out', out]);
    assert.match(check.stdout, /merge applied: merged/);
    assert.match(check.stdout, /reject unmatched/);
  });
});

