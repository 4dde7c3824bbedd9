// The Cypher routes against the real embedded engine: kuzu opened read-only refuses writes by itself.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import { smallGraph } from '../../tests/web-fixtures/small-graph.ts';
import { ApiError, CypherResponse } from '../../schema/index.ts';
import { createServer } from './app.ts';
import { loadLibraryQueries } from './library.ts';

const dir = mkdtempSync(join(tmpdir(), 'tupu-kuzu-api-'));
const graph = smallGraph();
const store = new KuzuStore(join(dir, KUZU_FILE));
await store.load(graph);
const app = await createServer({ graph, store, queries: loadLibraryQueries('kuzu'), limits: { timeoutMs: 300 }, webRoot: '/nonexistent' });
after(async () => { await app.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); });

const cypher = (query: string, params: Record<string, unknown> = {}) => app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params } });
const code = (body: string) => ApiError.parse(JSON.parse(body)).error.code;

test('reads work and return a graph part for nodes', async () => {
  const res = await cypher('MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name LIMIT 5');
  assert.equal(res.statusCode, 200);
  const body = CypherResponse.parse(res.json());
  assert.deepEqual(body.rows.map((r) => r['c.name']).sort(), ['智谱AI', '百度']);
  const nodes = CypherResponse.parse((await cypher('MATCH (c:Company)-[r:DEVELOPS]->(m:Model) RETURN c, r, m')).json());
  assert.ok(nodes.graph && nodes.graph.nodes.some((n) => n.id === 'Company:百度'));
});

test('the engine refuses writes and schema changes: 403', async () => {
  for (const q of ['CREATE (n:Company {id: "x", name: "x"})', 'MATCH (n:Company) DETACH DELETE n', 'MATCH (n:Company) SET n.name = "x"', 'DROP TABLE Company', 'CREATE NODE TABLE X(id STRING, PRIMARY KEY(id))']) {
    const res = await cypher(q);
    assert.equal(res.statusCode, 403, q);
    assert.equal(code(res.body), 'CYPHER_WRITE_REFUSED', q);
  }
  const still = CypherResponse.parse((await cypher('MATCH (n:Company) RETURN count(n) AS n')).json());
  assert.equal(Number(still.rows[0].n), 3);
});

test('malformed Cypher: 400 with the engine message', async () => {
  const res = await cypher('MATC (n) RETURN n');
  assert.equal(res.statusCode, 400);
  assert.equal(code(res.body), 'CYPHER_SYNTAX');
  assert.match(ApiError.parse(res.json()).error.message, /Parser exception/);
});

test('row cap 5000 with truncated flag', async () => {
  const body = CypherResponse.parse((await cypher('UNWIND range(1, 7000) AS i RETURN i')).json());
  assert.equal(body.rows.length, 5000);
  assert.equal(body.truncated, true);
});

test('a long query times out with CYPHER_TIMEOUT', async () => {
  const res = await cypher('UNWIND range(1, 50000) AS a UNWIND range(1, 50000) AS b RETURN sum(a * b) AS s');
  assert.equal(res.statusCode, 504);
  assert.equal(code(res.body), 'CYPHER_TIMEOUT');
});

test('library queries run with their declared parameters', async () => {
  const list = (await app.inject({ method: 'GET', url: '/api/queries' })).json() as { queries: { name: string; params: { name: string }[] }[] };
  assert.ok(list.queries.length > 0);
  for (const q of list.queries) {
    const res = await app.inject({ method: 'POST', url: `/api/queries/${encodeURIComponent(q.name)}/run`, payload: { params: {} } });
    assert.equal(res.statusCode, 200, `${q.name}: ${res.body}`);
    CypherResponse.parse(res.json());
  }
});

test('concurrent requests run side by side on the store, each with its own rows', async () => {
  const names = ['百度', '智谱AI'];
  const responses = await Promise.all(Array.from({ length: 40 }, (_, i) => cypher('MATCH (c:Company) WHERE c.name = $n RETURN c.name AS name', { n: names[i % 2] })));
  responses.forEach((res, i) => {
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(CypherResponse.parse(res.json()).rows, [{ name: names[i % 2] }]);
  });
});
