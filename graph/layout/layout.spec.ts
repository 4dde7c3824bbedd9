// Layouts: deterministic ForceAtlas2, and the 产业链 lanes and bands.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toGraphology } from '../export/graph-json.ts';
import { edge, node, smallGraph } from '../test-fixtures.ts';
import { generateGraph } from '../../bench/generate-graph.ts';
import { LAYOUTS, assignLayouts, chainLayout, defaultIterations, forceAtlas2Layout } from './index.ts';

describe('layouts', () => {
  test('registry: ForceAtlas2 writes x/y, the chain layout chainX/chainY', () => {
    assert.deepEqual(LAYOUTS.map((l) => [l.id, ...l.attributes]), [['forceatlas2', 'x', 'y'], ['chain', 'chainX', 'chainY']]);
  });

  test('ForceAtlas2 is deterministic: same graph, same positions (exact and Barnes-Hut)', () => {
    const small = smallGraph();
    assert.deepEqual(forceAtlas2Layout(small, { iterations: 50 }), forceAtlas2Layout(smallGraph(), { iterations: 50 }));
    const big = toGraphology(generateGraph({ nodes: 2500, edges: 6000, seed: 2 }));
    const a = forceAtlas2Layout(big, { iterations: 3 });
    assert.deepEqual(a, forceAtlas2Layout(big, { iterations: 3 }));
    assert.ok(Object.values(a).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y)));
    assert.notDeepEqual(forceAtlas2Layout(small, { iterations: 50, seed: 7 }), forceAtlas2Layout(small, { iterations: 50 }));
    assert.ok(defaultIterations(100_000) < defaultIterations(1000));
  });

  test('chain layout: models in the model lane, L0 above L1, policies and regions to the right', () => {
    const json = { attributes: {}, nodes: [
      node('Model:a', { label: 'Model' }), node('Model:b', { label: 'Model' }), node('Company:c', { label: 'Company' }),
      node('Policy:p', { label: 'Policy' }), node('Region:r', { label: 'Region' }), node('Tier:L0', { label: 'Tier', code: 'L0' }),
      node('Tier:L1', { label: 'Tier', code: 'L1' }), node('ChainLayer:app', { label: 'ChainLayer', code: 'app' }),
      node('ChainLayer:app.office', { label: 'ChainLayer', code: 'app.office', parent: 'app' }),
    ], edges: [
      edge('IN_TIER', 'Model:a', 'Tier:L1'), edge('IN_TIER', 'Model:b', 'Tier:L0'), edge('IN_LAYER', 'Company:c', 'ChainLayer:app.office'),
    ] };
    const pos = chainLayout(toGraphology(json));
    const lane = (k: string) => Math.floor(pos[k].x / 1000);
    assert.equal(lane('Model:a'), 1);
    assert.equal(lane('Company:c'), 4);
    assert.ok(pos['Model:b'].y < pos['Model:a'].y, 'L0 band above L1');
    assert.ok(pos['Policy:p'].x >= 5000 && pos['Region:r'].x > pos['Policy:p'].x);
    assert.ok(pos['Tier:L0'].y <= pos['Tier:L1'].y);
    assert.equal(lane('ChainLayer:app'), 4);
  });

  test('assignLayouts writes both layouts on every node', () => {
    const g = smallGraph();
    assignLayouts(g, { forceatlas2: { iterations: 10 } });
    g.forEachNode((k, a) => {
      for (const attr of ['x', 'y', 'chainX', 'chainY'] as const) assert.equal(typeof a[attr], 'number', `${k}.${attr}`);
    });
  });
});
