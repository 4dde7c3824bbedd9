// Metrics: known values on small graphs, purity, determinism, and sampling on large graphs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toGraphology } from '../export/graph-json.ts';
import { edge, node, smallGraph } from '../test-fixtures.ts';
import { generateGraph } from '../../bench/generate-graph.ts';
import { METRICS, assignAnalytics, betweenness, communities, components, computeAnalytics, degree, pagerank, weightedDegree } from './index.ts';

/** a - b - c - d (a path) plus an isolated e. */
function pathGraph() {
  const keys = ['a', 'b', 'c', 'd', 'e'].map((k) => `Company:${k}`);
  return toGraphology({
    attributes: {}, nodes: keys.map((k) => node(k, { label: 'Company' })),
    edges: [edge('PARTNERS_WITH', keys[0], keys[1]), edge('PARTNERS_WITH', keys[1], keys[2]), edge('PARTNERS_WITH', keys[2], keys[3])],
  });
}

describe('analytics', () => {
  test('the registry lists every metric with parameters and a distinct attribute', () => {
    assert.deepEqual(METRICS.map((m) => m.id), ['degree', 'weightedDegree', 'pagerank', 'betweenness', 'community', 'component']);
    assert.equal(new Set(METRICS.map((m) => m.attribute)).size, METRICS.length);
    for (const m of METRICS) assert.ok(m.parameters.length > 0, m.id);
  });

  test('degree and weighted degree count relationships, not mentions', () => {
    const g = smallGraph();
    assert.equal(degree(g)['Company:百度'], 3);
    assert.equal(degree(g, { excludeTypes: [] })['Company:百度'], 4);
    assert.equal(weightedDegree(g)['Company:百度'], 1 + 0.9 + 0.9);
  });

  test('betweenness on a path: inner nodes carry the paths, ends none', () => {
    const b = betweenness(pathGraph());
    assert.equal(b['Company:a'], 0);
    assert.ok(Math.abs(b['Company:b'] - 2 / 6) < 1e-9, String(b['Company:b']));
    assert.equal(b['Company:b'], b['Company:c']);
  });

  test('pagerank sums to 1 and favours pointed-at nodes', () => {
    const pr = pagerank(smallGraph());
    const sum = Object.values(pr).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - 1) < 1e-6, String(sum));
    assert.ok(pr['Model:ChatGLM-6B'] > pr['Company:智谱AI']);
  });

  test('components are numbered by size; isolated nodes get their own', () => {
    const c = components(pathGraph());
    assert.equal(c['Company:a'], 0);
    assert.equal(c['Company:d'], 0);
    assert.equal(c['Company:e'], 1);
  });

  test('communities are deterministic for a seed and numbered by size', () => {
    const g = toGraphology(generateGraph({ nodes: 400, edges: 1200, seed: 3 }));
    const a = communities(g); const b = communities(g);
    assert.deepEqual(a, b);
    const sizes = new Map<number, number>();
    for (const v of Object.values(a)) sizes.set(v, (sizes.get(v) ?? 0) + 1);
    assert.ok((sizes.get(0) ?? 0) >= Math.max(...sizes.values()));
  });

  test('compute is pure; assign writes every attribute', () => {
    const g = smallGraph();
    const result = computeAnalytics(g);
    assert.equal(g.getNodeAttribute('Company:百度', 'pagerank'), undefined);
    assignAnalytics(g);
    const attrs = g.getNodeAttributes('Company:百度');
    for (const m of METRICS) assert.equal(attrs[m.attribute], result.values[m.id]['Company:百度'], m.id);
  });

  test('betweenness samples above the threshold and stays close to exact', () => {
    const g = toGraphology(generateGraph({ nodes: 1500, edges: 6000, seed: 5 }));
    const exact = betweenness(g, { exactUpTo: 10_000 });
    const sampled = betweenness(g, { exactUpTo: 100, samples: 400 });
    assert.deepEqual(sampled, betweenness(g, { exactUpTo: 100, samples: 400 }));
    const top = (m: Record<string, number>) => Object.entries(m).sort((x, y) => y[1] - x[1]).slice(0, 20).map(([k]) => k);
    const overlap = top(exact).filter((k) => top(sampled).includes(k)).length;
    assert.ok(overlap >= 10, `top-20 overlap ${overlap}`);
  });
});
