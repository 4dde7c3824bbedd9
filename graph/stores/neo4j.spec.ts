// The Neo4j path without a server (plan, batching, linted statements, error mapping), and live tests when NEO4J_URI is set.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import neo4j from 'neo4j-driver';
import type { TupuError } from '../../common/errors.ts';
import { generateGraph } from '../../bench/generate-graph.ts';
import { toGraphology } from '../export/graph-json.ts';
import { lintCypher } from '../queries/lint.ts';
import { smallGraph, smallGraphJson } from '../test-fixtures.ts';
import { neo4jError } from './neo4j-errors.ts';
import { neo4jLoadPlan } from './neo4j-plan.ts';
import { Neo4jStore } from './neo4j.ts';

const isCode = (code: string) => (e: TupuError) => e.code === code;

describe('neo4j load plan', () => {
  test('constraints first; one UNWIND $rows shape per label and per (type, from, to); batches of batchSize', () => {
    const g = toGraphology(generateGraph({ nodes: 2000, edges: 5000, seed: 4 }));
    const plan = neo4jLoadPlan(g, 500);
    assert.ok(plan.constraints.every((c) => /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE$/.test(c)));
    assert.equal(plan.batches.reduce((n, b) => n + b.rows.length, 0), g.order + g.size);
    assert.ok(plan.batches.every((b) => b.rows.length <= 500 && b.statement.startsWith('UNWIND $rows AS row')));
    assert.ok(plan.batches.findIndex((b) => b.kind === 'relationship') > plan.batches.findLastIndex((b) => b.kind === 'node'), 'nodes before relationships');
    assert.equal(neo4jLoadPlan(g).batches.length, new Set(neo4jLoadPlan(g).batches.map((b) => b.statement)).size, 'default 10k: one batch per shape here');
  });

  test('every statement passes the Neo4j linter', () => {
    const plan = neo4jLoadPlan(smallGraph());
    for (const s of [...plan.constraints, ...new Set(plan.batches.map((b) => b.statement))]) {
      assert.deepEqual(lintCypher(s, { rows: [] }).filter((p) => p.severity === 'error'), [], s);
    }
  });

  test('integer properties travel as Neo4j integers, the rest as they are', () => {
    const g = smallGraph();
    g.setNodeAttribute('Company:百度', 'degree', 3);
    const row = neo4jLoadPlan(g).batches.flatMap((b) => b.rows).find((r) => r.id === 'Company:百度') as { props: Record<string, unknown> };
    assert.ok(neo4j.isInt(row.props.degree as never));
    assert.deepEqual(row.props.aliases, ['百度公司', 'Baidu']);
  });
});

describe('neo4j errors without a server', () => {
  test('an unreachable server is STORE_UNAVAILABLE and retriable, fast', async () => {
    const store = new Neo4jStore({ uri: 'bolt://127.0.0.1:1', connectTimeoutMs: 2000 }, 'secret');
    const started = Date.now();
    await assert.rejects(store.query('RETURN 1'), (e: TupuError) => e.code === 'STORE_UNAVAILABLE' && e.retriable && e.message.startsWith('neo4j'));
    await assert.rejects(store.load(smallGraphJson()), isCode('STORE_UNAVAILABLE'));
    assert.ok(Date.now() - started < 15_000);
    await store.close();
  });

  test('no NEO4J_PASSWORD is STORE_AUTH; a bad URI is STORE_UNAVAILABLE', async () => {
    await assert.rejects(new Neo4jStore({ uri: 'bolt://127.0.0.1:1' }, undefined).query('RETURN 1'), isCode('STORE_AUTH'));
    await assert.rejects(new Neo4jStore({ uri: 'nope://x' }, 'x').query('RETURN 1'), isCode('STORE_UNAVAILABLE'));
  });

  test('server error codes map to stable codes', () => {
    const err = (code: string, message = 'm') => Object.assign(new Error(message), { code });
    assert.equal(neo4jError(err('Neo.ClientError.Security.Unauthorized'), 'x').code, 'STORE_AUTH');
    assert.equal(neo4jError(err('Neo.ClientError.Statement.SyntaxError'), 'x').code, 'CYPHER_SYNTAX');
    assert.equal(neo4jError(err('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed'), 'x').code, 'CYPHER_WRITE_REFUSED');
    assert.equal(neo4jError(err('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'), 'x').code, 'CYPHER_TIMEOUT');
    assert.equal(neo4jError(err('ServiceUnavailable'), 'x').retriable, true);
    assert.equal(neo4jError(err('Neo.DatabaseError.General.UnknownError'), 'x').code, 'STORE_FAILED');
  });
});

const live = process.env.NEO4J_URI ? {} : { skip: 'NEO4J_URI not set' };
describe('neo4j live', live, () => {
  const config = { uri: process.env.NEO4J_URI ?? '', user: process.env.NEO4J_USER ?? 'neo4j', batchSize: 4 };

  test('load twice: the second run creates nothing; reads refuse writes', async () => {
    const store = new Neo4jStore(config);
    try {
      await store.query('MATCH (n) DETACH DELETE n', {}, { write: true });
      const first = await store.load(smallGraphJson());
      assert.equal(first.created?.nodes, smallGraphJson().nodes.length);
      const second = await store.load(smallGraphJson());
      assert.deepEqual(second.created, { nodes: 0, relationships: 0 });
      const r = await store.query("MATCH (c:Company {name: '百度'})-[d:DEVELOPS]->(m) RETURN c, d, m");
      assert.equal(r.graph?.edges.length, 1);
      await assert.rejects(store.query("CREATE (:Company {id: 'x'})"), isCode('CYPHER_WRITE_REFUSED'));
      await assert.rejects(store.query('MATCH (n RETURN n'), isCode('CYPHER_SYNTAX'));
    } finally {
      await store.close();
    }
  });
});
