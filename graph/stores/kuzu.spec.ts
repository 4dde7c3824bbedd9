// The embedded store: COPY load, engine-enforced read-only, error codes, row caps, result graphs, atomic rebuild.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { TupuError } from '../../common/errors.ts';
import { HOSTILE, edge, node, smallGraphJson } from '../test-fixtures.ts';
import { KuzuStore } from './kuzu.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tupu-kuzu-'));
const isCode = (code: string) => (e: TupuError) => e.code === code;

describe('kuzu store', () => {
  const store = new KuzuStore(path.join(dir, 'tupu.kuzu'));
  before(async () => { await store.load(smallGraphJson()); });
  after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });

  test('loads every node and relationship, hostile strings and lists intact', async () => {
    const nodes = await store.query('MATCH (n) RETURN count(*) AS n');
    assert.equal(nodes.rows[0].n, smallGraphJson().nodes.length);
    const rels = await store.query('MATCH ()-[r]->() RETURN count(*) AS n');
    assert.equal(rels.rows[0].n, smallGraphJson().edges.length);
    const p = await store.query("MATCH (p:Product) RETURN p.name AS name, p.aliases AS aliases");
    assert.deepEqual(p.rows[0], { name: HOSTILE, aliases: ['semi;colon', 'comma,alias', 'quote"alias'] });
    const e = await store.query("MATCH ()-[r:OFFERS]->() RETURN r.evidence AS evidence, r.docs AS docs, r.note AS note");
    assert.equal(JSON.parse(String(e.rows[0].evidence))[0].sentence, HOSTILE);
    assert.deepEqual(e.rows[0].docs, ['a.txt']);
  });

  test('parameters, and numbers that look like strings stay strings', async () => {
    const r = await store.query('MATCH (c:Company) WHERE $alias IN c.aliases RETURN c.name AS name, c.country AS country', { alias: 'Baidu' });
    assert.deepEqual(r.rows, [{ name: '百度', country: '中国' }]);
    const m = await store.query("MATCH (m:Model {name: '文心一言'}) RETURN m.openSource AS os");
    assert.equal(m.rows[0].os, 'false');
  });

  for (const write of ["CREATE (:Company {id: 'x'})", "MATCH (c:Company) SET c.name = 'x'", "MATCH (c:Company) DETACH DELETE c",
    "MERGE (:Company {id: 'y'})", "MATCH (c:Company {name: '百度'}) MERGE (c)-[:INVESTS_IN]->(:Company {id: 'z'})"]) {
    test(`read-only by default, enforced by the engine: ${write}`, async () => {
      await assert.rejects(store.query(write), isCode('CYPHER_WRITE_REFUSED'));
    });
  }

  test('syntax and binder errors pass kuzu\'s message on as CYPHER_SYNTAX', async () => {
    await assert.rejects(store.query('MATCH (n RETURN n'), (e: TupuError) => e.code === 'CYPHER_SYNTAX' && e.message.includes('Parser exception'));
    await assert.rejects(store.query('MATCH (n:Nope) RETURN n'), (e: TupuError) => e.code === 'CYPHER_SYNTAX' && e.message.includes('Nope'));
  });

  test('a query over its timeout is interrupted as CYPHER_TIMEOUT', async () => {
    const slow = 'MATCH (a), (b), (c), (d), (e) WHERE a.name + b.name + c.name + d.name + e.name = $x RETURN count(*) AS n';
    await assert.rejects(store.query(slow, { x: 'nothing' }, { timeoutMs: 50 }), isCode('CYPHER_TIMEOUT'));
  });

  test('the row limit truncates and says so', async () => {
    const r = await store.query('MATCH (n) RETURN n.id AS id', {}, { rowLimit: 3 });
    assert.equal(r.rows.length, 3);
    assert.equal(r.truncated, true);
    assert.equal((await store.query('MATCH (n) RETURN n.id AS id')).truncated, false);
  });

  test('results holding nodes and relationships come with a graph', async () => {
    const r = await store.query("MATCH (c:Company {name: '百度'})-[d:DEVELOPS]->(m:Model) RETURN c, d, m");
    assert.deepEqual(r.graph?.nodes.map((n) => n.id).sort(), ['Company:百度', 'Model:文心一言']);
    assert.deepEqual(r.graph?.edges.map((e) => [e.source, e.type, e.target]), [['Company:百度', 'DEVELOPS', 'Model:文心一言']]);
    assert.equal((r.rows[0].c as { label: string }).label, 'Company');
    const p = await store.query("MATCH p = (a {name: '唐杰'})-[* SHORTEST 1..4]-(b {name: 'ChatGLM-6B'}) RETURN p");
    assert.equal(p.graph?.nodes.length, 3);
    assert.equal(p.graph?.edges.length, 2);
    assert.equal((await store.query('MATCH (n) RETURN count(*) AS n')).graph, undefined);
  });

  // kuzu 0.11 segfaults when statements overlap on one connection: this process would die here if the
  // pool ever shared a connection between two running statements.
  test('concurrent queries: 400 at once, mixed shapes and failures, each gets its own answer', async () => {
    const companies = ['百度', '智谱AI', 'nobody'];
    const jobs = Array.from({ length: 400 }, (_, i) => {
      switch (i % 4) {
        case 0: return store.query('MATCH (c:Company) WHERE c.name = $n RETURN c.name AS name', { n: companies[i % 3] })
          .then((r) => assert.deepEqual(r.rows.map((x) => x.name), i % 3 === 2 ? [] : [companies[i % 3]]));
        case 1: return store.query('MATCH ()-[r]->() RETURN count(*) AS n').then((r) => assert.equal(r.rows[0].n, smallGraphJson().edges.length));
        case 2: return assert.rejects(store.query('MATCH (n RETURN n'), isCode('CYPHER_SYNTAX'));
        default: return store.query(`UNWIND range(1, ${i}) AS x RETURN sum(x) AS s`).then((r) => assert.equal(r.rows[0].s, (i * (i + 1)) / 2));
      }
    });
    await Promise.all(jobs);
  });

  test('a slow query does not hold up a quick one', async () => {
    const order: string[] = [];
    const slow = store.query('UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b RETURN sum(a * b) AS s', {}, { timeoutMs: 5_000 })
      .then(() => order.push('slow'), () => order.push('slow'));
    const quick = store.query('MATCH (c:Company) RETURN count(*) AS n').then(() => order.push('quick'));
    await Promise.all([slow, quick]);
    assert.deepEqual(order, ['quick', 'slow']);
  });

  test('--write allows changes', async () => {
    await store.query("MATCH (c:Company {name: '智谱AI'}) SET c.kind = 'startup'", {}, { write: true });
    const r = await store.query("MATCH (c:Company {name: '智谱AI'}) RETURN c.kind AS kind");
    assert.equal(r.rows[0].kind, 'startup');
  });

  test('a load that fails half-way leaves the previous store in place', async () => {
    const next = smallGraphJson();
    next.nodes = next.nodes.filter((n) => n.key !== 'Company:智谱AI');
    next.edges = next.edges.filter((e) => e.source !== 'Company:智谱AI');
    await assert.rejects(store.load(next, { beforeSwap: () => { throw new Error('disk full'); } }), isCode('STORE_FAILED'));
    const r = await store.query("MATCH (c:Company) RETURN count(*) AS n");
    assert.equal(r.rows[0].n, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['tupu.kuzu']);
    await store.load(next);
    assert.equal((await store.query("MATCH (c:Company) RETURN count(*) AS n")).rows[0].n, 1);
  });

  test('no store yet: STORE_UNAVAILABLE', async () => {
    const missing = new KuzuStore(path.join(dir, 'none', 'tupu.kuzu'));
    await assert.rejects(missing.query('RETURN 1'), isCode('STORE_UNAVAILABLE'));
    assert.equal(existsSync(missing.file), false);
  });

  test('a quoted key far down a staged file loads (the CSV dialect is stated, not sniffed from the first rows)', async () => {
    const big = smallGraphJson();
    const docs = Array.from({ length: 400 }, (_, i) => `d${i}.txt`);
    big.nodes.push(...docs.map((d) => node(`Document:${d}`, { label: 'Document', file: d })), node('Institution:Trailing ', { label: 'Institution' }));
    big.edges.push(...docs.map((d) => edge('MENTIONED_IN', 'Institution:清华大学', `Document:${d}`, { method: 'lexicon', evidence: [] })));
    big.edges.push(edge('MENTIONED_IN', 'Institution:Trailing ', 'Document:d7.txt', { method: 'lexicon', evidence: [] }));
    const other = new KuzuStore(path.join(dir, 'big', 'tupu.kuzu'));
    try {
      await other.load(big);
      const r = await other.query("MATCH (c:Institution)-[:MENTIONED_IN]->(d:Document) WHERE c.id = 'Institution:Trailing ' RETURN d.file AS file");
      assert.deepEqual(r.rows, [{ file: 'd7.txt' }]);
    } finally {
      await other.close();
    }
  });
});
