// API contract of every route, in process through app.inject().
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { DirectedGraph } from 'graphology';
import { HealthResponse, GraphJson, SearchResponse, NodeDetails, EdgeEvidence, CypherResponse, QueriesResponse, ApiError } from '../../schema/index.ts';
import { HOSTILE_NAME } from '../../tests/web-fixtures/small-graph.ts';
import { testApp } from './test-helper.ts';

const app = await testApp();
after(() => app.close());
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
const errorCode = (body: string) => ApiError.parse(JSON.parse(body)).error.code;

test('GET /api/health reports the graph size', async () => {
  const res = await get('/api/health');
  assert.equal(res.statusCode, 200);
  const body = HealthResponse.parse(res.json());
  assert.deepEqual(body.graph, { nodes: 10, edges: 10, builtAt: '2024-07-01T00:00:00.000Z', docs: 1 });
});

test('GET /api/graph sends graphology JSON, gzipped when accepted', async () => {
  const res = await get('/api/graph', { 'accept-encoding': 'gzip, br' });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-encoding'], 'gzip');
  const json = GraphJson.parse(JSON.parse(gunzipSync(res.rawPayload).toString('utf8')));
  const graph = new DirectedGraph().import(json);
  assert.equal(graph.order, 10);
  assert.equal(graph.size, 10);
  const plain = await get('/api/graph');
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(GraphJson.parse(plain.json()).nodes.length, 10);
});

test('GET /api/graph?focus&depth returns a neighbourhood', async () => {
  const one = GraphJson.parse((await get(`/api/graph?focus=${encodeURIComponent('Company:百度')}&depth=1`)).json());
  assert.deepEqual(one.nodes.map((n) => n.key).sort(), ['Company:hostile', 'Company:百度', 'Model:文心一言', 'Region:北京'].sort());
  assert.equal(one.edges.length, 3);
  const zero = GraphJson.parse((await get(`/api/graph?focus=${encodeURIComponent('Company:百度')}&depth=0`)).json());
  assert.equal(zero.nodes.length, 1);
  const missing = await get('/api/graph?focus=nope');
  assert.equal(missing.statusCode, 404);
  assert.equal(errorCode(missing.body), 'NOT_FOUND');
  const bad = await get('/api/graph?focus=Company:百度&depth=99');
  assert.equal(bad.statusCode, 400);
  assert.equal(errorCode(bad.body), 'BAD_REQUEST');
});

test('GET /api/search ranks exact > prefix > substring, pinyin initials, English', async () => {
  const zp = SearchResponse.parse((await get(`/api/search?q=${encodeURIComponent('智谱')}`)).json());
  assert.deepEqual(zp.hits.slice(0, 2).map((h) => h.name).sort(), ['智谱AI', '智谱清言']);
  const bd = SearchResponse.parse((await get('/api/search?q=bd')).json());
  assert.equal(bd.hits[0].name, '百度');
  const en = SearchResponse.parse((await get('/api/search?q=ernie')).json());
  assert.equal(en.hits[0].id, 'Model:文心一言');
  const exact = SearchResponse.parse((await get(`/api/search?q=${encodeURIComponent('百度')}&limit=1`)).json());
  assert.deepEqual(exact.hits.map((h) => [h.id, h.kind]), [['Company:百度', 'exact']]);
  const empty = await get('/api/search?q=');
  assert.equal(empty.statusCode, 400);
});

test('GET /api/nodes/:id gives properties, placement, neighbours and reports', async () => {
  const res = await get(`/api/nodes/${encodeURIComponent('Model:文心一言')}`);
  assert.equal(res.statusCode, 200);
  const d = NodeDetails.parse(res.json());
  assert.equal(d.attributes.name, '文心一言');
  assert.deepEqual(d.tiers.map((t) => t.id), ['Tier:L0']);
  assert.deepEqual(d.layers.map((t) => t.id), ['ChainLayer:model.general']);
  assert.ok(d.neighbours.some((n) => n.type === 'DEVELOPS' && n.direction === 'in' && n.node.name === '百度'));
  assert.deepEqual(d.reports, [{ doc: '001_report.txt', title: '2024年中国大模型产业报告', publisher: '某研究院', date: '2024-06' }]);
  const baidu = NodeDetails.parse((await get(`/api/nodes/${encodeURIComponent('Company:百度')}`)).json());
  assert.deepEqual(baidu.regions.map((r) => r.name), ['北京']);
  const missing = await get('/api/nodes/Company%3Anobody');
  assert.equal(missing.statusCode, 404);
  assert.equal(errorCode(missing.body), 'NOT_FOUND');
});

test('GET /api/edges/:id/evidence names the report and keeps offsets', async () => {
  const e = EdgeEvidence.parse((await get('/api/edges/e1/evidence')).json());
  assert.equal(e.type, 'DEVELOPS');
  assert.equal(e.source.name, '百度');
  assert.deepEqual(e.evidence[0], { doc: '001_report.txt', sentence: '百度发布了文心一言大模型。', start: 10, end: 23, title: '2024年中国大模型产业报告' });
  assert.equal((await get('/api/edges/nope/evidence')).statusCode, 404);
});

test('hostile strings travel as JSON data, never as markup', async () => {
  const res = await get(`/api/nodes/${encodeURIComponent('Company:hostile')}`);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.ok(!res.body.includes('<img') && !res.body.includes('</script>'), 'raw markup in body');
  assert.equal(NodeDetails.parse(res.json()).attributes.name, HOSTILE_NAME);
  const search = await get(`/api/search?q=${encodeURIComponent('<img')}`);
  assert.ok(!search.body.includes('<img'));
  assert.equal(SearchResponse.parse(search.json()).hits[0].name, HOSTILE_NAME);
  const graph = await get('/api/graph');
  assert.ok(!graph.body.includes('<img'));
  const ev = EdgeEvidence.parse((await get('/api/edges/e9/evidence')).json());
  assert.ok(ev.evidence[0].sentence.startsWith(HOSTILE_NAME));
});

test('POST /api/cypher returns columns and rows', async () => {
  const res = await post('/api/cypher', { query: 'MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name LIMIT 5' });
  assert.equal(res.statusCode, 200);
  const body = CypherResponse.parse(res.json());
  assert.deepEqual(body.columns, ['c.name', 'm.name']);
  assert.equal(body.rows.length, 2);
  assert.equal(body.truncated, false);
  const withGraph = CypherResponse.parse((await post('/api/cypher', { query: 'MATCH (n:Model) RETURN n' })).json());
  assert.equal(withGraph.graph?.nodes.length, 2);
});

test('POST /api/cypher refuses writes with 403 (the store refuses, the server reports)', async () => {
  for (const query of ['CREATE (n:X)', 'MATCH (n) DETACH DELETE n', 'DROP TABLE Company']) {
    const res = await post('/api/cypher', { query });
    assert.equal(res.statusCode, 403, query);
    assert.equal(errorCode(res.body), 'CYPHER_WRITE_REFUSED');
  }
});

test('POST /api/cypher: malformed → 400 with the engine message; bad bodies → 400/415', async () => {
  const res = await post('/api/cypher', { query: 'MATCH (n RETURN' });
  assert.equal(res.statusCode, 400);
  const body = ApiError.parse(res.json());
  assert.equal(body.error.code, 'CYPHER_SYNTAX');
  assert.match(body.error.message, /Parser exception/);
  assert.equal((await post('/api/cypher', {})).statusCode, 400);
  assert.equal((await post('/api/cypher', { query: 'RETURN 1', params: 'x' })).statusCode, 400);
  const text = await app.inject({ method: 'POST', url: '/api/cypher', payload: 'CREATE (n)', headers: { 'content-type': 'text/plain' } });
  assert.equal(text.statusCode, 415);
  assert.equal(errorCode(text.body), 'BAD_REQUEST');
});

test('POST /api/cypher caps rows at 5000 with a truncated flag', async () => {
  const body = CypherResponse.parse((await post('/api/cypher', { query: 'UNWIND range(1, 6000) AS i RETURN i' })).json());
  assert.equal(body.rows.length, 5000);
  assert.equal(body.truncated, true);
  assert.equal(body.rowLimit, 5000);
  const small = CypherResponse.parse((await post('/api/cypher', { query: 'UNWIND range(1, 10) AS i RETURN i' })).json());
  assert.equal(small.truncated, false);
});

test('POST /api/cypher times out with CYPHER_TIMEOUT', async () => {
  const quick = await testApp({ limits: { timeoutMs: 150 } });
  const started = Date.now();
  const res = await quick.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'CALL SLEEP()' } });
  assert.equal(res.statusCode, 504);
  assert.equal(errorCode(res.body), 'CYPHER_TIMEOUT');
  assert.ok(Date.now() - started < 2000);
  await quick.close();
});

test('5xx answers hide internal details', async () => {
  const res = await post('/api/cypher', { query: 'MATCH FAIL' });
  assert.equal(res.statusCode, 500);
  assert.equal(errorCode(res.body), 'INTERNAL');
  assert.ok(!res.body.includes('secret') && !res.body.includes('/srv'));
});

test('without a store, cypher answers 503 STORE_UNAVAILABLE', async () => {
  const bare = await testApp({ store: null });
  const res = await bare.inject({ method: 'POST', url: '/api/cypher', payload: { query: 'RETURN 1' } });
  assert.equal(res.statusCode, 503);
  assert.equal(errorCode(res.body), 'STORE_UNAVAILABLE');
  await bare.close();
});

test('GET /api/queries lists the library; POST run validates params', async () => {
  const list = QueriesResponse.parse((await get('/api/queries')).json());
  assert.deepEqual(list.queries.map((q) => q.name), ['developers', 'numbers']);
  const run = CypherResponse.parse((await post('/api/queries/developers/run', { params: {} })).json());
  assert.equal(run.rows.length, 2);
  assert.equal((await post('/api/queries/numbers/run', { params: { n: 'abc' } })).statusCode, 400);
  assert.equal((await post('/api/queries/numbers/run', { params: { bogus: 1 } })).statusCode, 400);
  const ok = await post('/api/queries/numbers/run', { params: { n: '4' } });
  assert.equal(ok.statusCode, 200);
  const missing = await post('/api/queries/nope/run', {});
  assert.equal(missing.statusCode, 404);
  assert.equal(errorCode(missing.body), 'NOT_FOUND');
});

test('security headers on every response, no CORS', async () => {
  const res = await get('/api/health', { origin: 'https://evil.example' });
  const csp = String(res.headers['content-security-policy']);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['access-control-allow-origin'], undefined);
  const notFound = await get('/api/nope');
  assert.equal(notFound.statusCode, 404);
  assert.equal(errorCode(notFound.body), 'NOT_FOUND');
  assert.match(String(notFound.headers['content-security-policy']), /default-src 'self'/);
});

test('loopback mode refuses foreign Host headers (DNS rebinding)', async () => {
  assert.equal((await get('/api/health', { host: 'evil.example:7373' })).statusCode, 403);
  assert.equal((await get('/api/health', { host: '127.0.0.1:7373' })).statusCode, 200);
  assert.equal((await get('/api/health', { host: 'localhost' })).statusCode, 200);
});

test('with a token, every API call needs the bearer token', async () => {
  const token = 'correct-horse-battery-staple';
  const secured = await testApp({ token });
  const call = (headers: Record<string, string>) => secured.inject({ method: 'GET', url: '/api/health', headers: { host: '10.0.0.5:7373', ...headers } });
  const none = await call({});
  assert.equal(none.statusCode, 401);
  assert.equal(errorCode(none.body), 'UNAUTHORIZED');
  assert.equal((await call({ authorization: 'Bearer wrong' })).statusCode, 401);
  assert.equal((await call({ authorization: token })).statusCode, 401);
  assert.equal((await call({ authorization: `Bearer ${token}` })).statusCode, 200);
  await secured.close();
});
