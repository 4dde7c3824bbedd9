// The query library: headers, Neo4j's linter on every query, and every kuzu text runs.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { smallGraphJson } from '../test-fixtures.ts';
import { KuzuStore } from '../stores/kuzu.ts';
import { formatRows, lintCypher, loadQueryLibrary, parseQueryFile, resolveQueryParams } from './index.ts';

const library = loadQueryLibrary();
const REQUIRED = ['models-by-developer', 'company-profile', 'tier-counts-by-country', 'companies-by-province-and-layer',
  'policies-by-region-and-issuer', 'researchers-and-institutions', 'shortest-path', 'corroborated-entities', 'open-source-by-country'];

describe('query library', () => {
  test('holds every required query, each with a title, purpose and both dialects', () => {
    for (const id of REQUIRED) assert.ok(library.some((q) => q.id === id), id);
    for (const q of library) {
      assert.ok(q.title && q.purpose, q.id);
      assert.ok(q.cypher.kuzu && q.cypher.neo4j, q.id);
      for (const p of q.parameters) assert.match(q.cypher.neo4j, new RegExp(`\\$${p.name}\\b`), `${q.id} declares ${p.name}`);
    }
  });

  for (const q of library) {
    test(`${q.id}: the Neo4j text passes the linter with no errors`, () => {
      const problems = lintCypher(q.cypher.neo4j, resolveQueryParams(q));
      assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
      const unexpected = problems.filter((p) => !/cartesian product/.test(p.message));
      assert.deepEqual(unexpected, [], 'no warnings about unknown labels, types or properties');
    });
  }

  test('header errors name the file', () => {
    assert.throws(() => parseQueryFile('MATCH (n) RETURN n', 'x.cypher'), /x\.cypher needs/);
    assert.throws(() => parseQueryFile('// title: t\n// purpose: p\n// param oops\nRETURN 1', 'y.cypher'), /y\.cypher: cannot read parameter/);
  });

  test('parameters: defaults, coercion, unknown names refused', () => {
    const q = library.find((x) => x.id === 'corroborated-entities')!;
    assert.deepEqual(resolveQueryParams(q, { minReports: '3' }), { minReports: 3 });
    assert.throws(() => resolveQueryParams(q, { nope: 1 }), /unknown parameter nope/);
  });

  test('rows format as table, JSON and CSV', () => {
    const rows = [{ name: '百度', models: ['文心一言'] }, { name: 'a,"b"', models: null }];
    assert.deepEqual(JSON.parse(formatRows(['name', 'models'], rows, 'json')), rows);
    assert.equal(formatRows(['name', 'models'], rows, 'csv'), 'name,models\n百度,"[""文心一言""]"\n"a,""b""",\n');
    assert.match(formatRows(['name', 'models'], rows, 'table'), /^name +│ models\n/);
  });
});

describe('query library on the embedded store', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tupu-lib-'));
  const store = new KuzuStore(path.join(dir, 'tupu.kuzu'));
  before(async () => { await store.load(smallGraphJson()); });
  after(async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); });
  const run = (id: string, params: Record<string, unknown> = {}) => {
    const q = library.find((x) => x.id === id)!;
    return store.query(q.cypher.kuzu, resolveQueryParams(q, params));
  };

  test('every kuzu text runs', async () => {
    for (const q of library) await run(q.id);
  });

  test('answers on a small known graph', async () => {
    assert.deepEqual((await run('models-by-developer', { developer: 'Baidu' })).rows.map((r) => [r.developer, r.model]), [['百度', '文心一言']]);
    const profile = (await run('company-profile', { company: '百度公司' })).rows[0];
    assert.deepEqual(profile.models, ['文心一言']);
    assert.deepEqual(profile.regions, ['北京']);
    assert.deepEqual(profile.policies, ['《生成式人工智能服务管理暂行办法》']);
    // Nothing to collect gives [] as in Neo4j, not kuzu's null.
    assert.deepEqual([profile.people, profile.investors], [[], []]);
    assert.deepEqual((await run('company-profile', { company: '智谱' })).rows[0].products, []);
    assert.deepEqual((await run('tier-counts-by-country')).rows, [{ country: '中国', tier: 'L0', models: 1 }]);
    const os = (await run('open-source-by-country')).rows;
    assert.deepEqual(os, [{ country: '中国', openSource: 'false', models: 1 }, { country: '中国', openSource: 'true', models: 1 }]);
    const policies = (await run('policies-by-region-and-issuer', { region: '中国' })).rows;
    assert.deepEqual(policies.map((r) => [r.policy, r.regions, r.issuers]), [['《生成式人工智能服务管理暂行办法》', ['中国'], ['国家网信办']]]);
    const people = (await run('researchers-and-institutions')).rows;
    assert.deepEqual(people.map((r) => [r.person, r.organisation, r.models, r.products]), [['唐杰', '清华大学', ['ChatGLM-6B'], []]]);
    const path_ = await run('shortest-path', { from: '唐杰', to: '智谱AI' });
    assert.equal(path_.rows[0].hops, 3);
    assert.ok(path_.graph && path_.graph.nodes.length === 4);
    assert.deepEqual((await run('corroborated-entities')).rows.map((r) => r.name), ['百度']);
  });
});
