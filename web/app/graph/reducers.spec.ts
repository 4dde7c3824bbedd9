// The reducers turn view state into display data: hidden items, emphasis, and full-detail shapes for emphasised items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DirectedGraph } from 'graphology';
import { smallGraph } from '../../../tests/web-fixtures/small-graph.ts';
import { computeFacets } from './facets.ts';
import { computeVisible, NO_FILTERS } from './visibility.ts';
import { viewReducers, type ViewInputs } from './reducers.ts';
import { FADED_COLOUR } from './appearance.ts';
import type { ViewerGraph } from './types.ts';

const graph = new DirectedGraph().import(smallGraph()) as unknown as ViewerGraph;
const base: ViewInputs = { visible: null, colourBy: 'label', lang: 'zh', node: null, edge: null, hovered: null, path: null, maxPagerank: 0.3, large: true, layout: 'force' };
const nodes = (v: Partial<ViewInputs>) => {
  const r = viewReducers(graph, { ...base, ...v });
  return new Map(graph.mapNodes((id, a) => [id, r.nodeReducer(id, a)] as const));
};
const edges = (v: Partial<ViewInputs>) => {
  const r = viewReducers(graph, { ...base, ...v });
  return new Map(graph.mapEdges((id, a) => [id, r.edgeReducer(id, a)] as const));
};

test('nothing selected: every item in the bulk shape, labelled with its name, sized by PageRank', () => {
  const n = nodes({});
  assert.ok([...n.values()].every((d) => d.type === 'point' && !d.hidden));
  assert.equal(n.get('Company:百度')!.label, '百度');
  assert.ok(n.get('Company:百度')!.size! > n.get('Model:文心一言')!.size!);
  assert.ok([...edges({}).values()].every((d) => d.type === 'line' && d.label === null));
});

test('in the 产业链 layout the lane and tier titles always show their labels', () => {
  const forced = (layout: ViewInputs['layout']) => [...nodes({ layout })].filter(([, d]) => d.forceLabel).map(([id]) => id).sort();
  assert.deepEqual(forced('chain'), ['ChainLayer:model.general', 'Tier:L0']);
  assert.deepEqual(forced('force'), []);
});

test('what the filters hide is hidden', () => {
  const visible = computeVisible(graph, computeFacets(graph), { ...NO_FILTERS, hiddenLabels: ['Model'] }, { hidden: new Set(), scope: null, overlay: null });
  assert.equal(nodes({ visible }).get('Model:GLM-4')!.hidden, true);
  assert.equal(edges({ visible }).get('e1')!.hidden, true);
  assert.equal(nodes({ visible }).get('Company:百度')!.hidden, undefined);
});

test('a selected node and its neighbours are emphasised in full detail on top; the rest fades and shrinks', () => {
  const n = nodes({ node: 'Company:百度' });
  assert.equal(n.get('Company:百度')!.type, 'focusCircle');
  assert.equal(n.get('Company:百度')!.highlighted, true);
  assert.equal(n.get('Model:文心一言')!.type, 'focusCircle');
  assert.equal(n.get('Model:GLM-4')!.type, 'point');
  assert.equal(n.get('Model:GLM-4')!.color, FADED_COLOUR);
  assert.equal(n.get('Model:GLM-4')!.size, 1);
  const e = edges({ node: 'Company:百度' });
  assert.equal(e.get('e1')!.type, 'focusArrow');
  assert.equal(e.get('e1')!.label, '研发');
  assert.equal(e.get('e2')!.hidden, true);
});

test('a path shows only its edges, as arrows', () => {
  const e = edges({ path: { nodes: ['Company:hostile', 'Company:百度', 'Model:文心一言'], edges: ['e9', 'e1'] } });
  assert.deepEqual([...e].filter(([, d]) => !d.hidden).map(([id, d]) => [id, d.type]), [['e1', 'focusArrow'], ['e9', 'focusArrow']]);
});
