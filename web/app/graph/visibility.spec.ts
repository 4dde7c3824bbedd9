// Filters and exploration decide what is visible; checked on the small fixture graph.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import { smallGraph } from '../../../tests/web-fixtures/small-graph.ts';
import { computeFacets } from './facets.ts';
import { computeVisible, NO_FILTERS, type Exploration } from './visibility.ts';
import { shortestPath, withinHops } from './paths.ts';
import type { ViewerGraph } from './types.ts';

const graph = new DirectedGraph().import(smallGraph()) as unknown as ViewerGraph;
const facets = computeFacets(graph);
const none: Exploration = { hidden: new Set(), scope: null, overlay: null };
const visible = (f = {}, x: Partial<Exploration> = {}) => computeVisible(graph, facets, { ...NO_FILTERS, ...f }, { ...none, ...x });

test('facets come from IN_TIER, IN_LAYER and LOCATED_IN edges', () => {
  assert.deepEqual(facets.byNode.get('Model:文心一言')!.tiers, ['L0']);
  assert.deepEqual(facets.byNode.get('Model:文心一言')!.layers, ['model', 'model.general']);
  assert.deepEqual(facets.byNode.get('Company:百度')!.regions, ['北京']);
  assert.deepEqual(facets.dateRange, ['2023-03-16', '2024-01-16']);
});

test('no filters: everything visible', () => {
  const v = visible();
  assert.equal(v.nodes.size, 10);
  assert.equal(v.edges.size, 10);
});

test('labels, relationship types and confidence', () => {
  assert.ok(!visible({ hiddenLabels: ['Model'] }).nodes.has('Model:GLM-4'));
  assert.ok(!visible({ hiddenLabels: ['Model'] }).edges.has('e1'));
  assert.ok(!visible({ hiddenRelTypes: ['DEVELOPS'] }).edges.has('e1'));
  assert.deepEqual([...visible({ minConfidence: 0.85 }).edges].sort(), ['e1', 'e5', 'e6']);
});

test('tier, layer, region, report and release date', () => {
  assert.deepEqual([...visible({ tiers: ['L0'] }).nodes].sort(), ['Model:GLM-4', 'Model:文心一言']);
  assert.deepEqual([...visible({ layers: ['model'] }).nodes], ['Model:文心一言']);
  assert.deepEqual([...visible({ regions: ['北京'] }).nodes].sort(), ['Company:智谱AI', 'Company:百度']);
  assert.equal(visible({ docs: ['other.txt'] }).nodes.size, 0);
  assert.equal(visible({ docs: ['001_report.txt'] }).nodes.size, 8, 'Tier and ChainLayer nodes name no report');
  const dated = visible({ dateFrom: '2024-01', dateTo: '2024-12' }).nodes;
  assert.ok(dated.has('Model:GLM-4') && !dated.has('Model:文心一言') && dated.has('Company:百度'));
});

test('hidden nodes, focus scope and a query overlay', () => {
  assert.ok(!visible({}, { hidden: new Set(['Company:百度']) }).nodes.has('Company:百度'));
  const scope = withinHops(graph, 'Company:百度', 1);
  assert.deepEqual([...visible({}, { scope }).nodes].sort(), ['Company:hostile', 'Company:百度', 'Model:文心一言', 'Region:北京']);
  assert.deepEqual([...visible({}, { overlay: new Set(['Region:北京']) }).nodes], ['Region:北京']);
});

test('shortest path ignores direction and respects the allowed set', () => {
  const p = shortestPath(graph, 'Company:百度', 'Model:GLM-4')!;
  assert.equal(p.nodes.length, 4);
  assert.deepEqual([p.nodes[0], p.nodes[3]], ['Company:百度', 'Model:GLM-4']);
  p.edges.forEach((e, i) => assert.deepEqual(new Set(graph.extremities(e)), new Set([p.nodes[i], p.nodes[i + 1]])));
  assert.equal(shortestPath(graph, 'Company:百度', 'Model:GLM-4', new Set(['Company:百度', 'Model:GLM-4'])), null);
});
