// Layouts: deterministic ForceAtlas2, and the 产业链 lanes and bands.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHAIN_LAYERS, TIER_CODES, type GraphJson } from '../../schema/index.ts';
import { toGraphology, type TupuGraph } from '../export/graph-json.ts';
import { pagerank } from '../analytics/pagerank.ts';
import { edge, node, smallGraph } from '../test-fixtures.ts';
import { generateGraph } from '../../bench/generate-graph.ts';
import { CHAIN_LANES, LAYOUTS, assignLayouts, chainLayout, defaultIterations, forceAtlas2Layout } from './index.ts';
import { nodeRadius } from './node-radius.ts';

/** A generated graph where every third organisation, product or model has one IN_LAYER edge, with PageRank. */
function chainGraph(entities: number): TupuGraph {
  const json = generateGraph({ nodes: entities, edges: 2 * entities, seed: 3 });
  json.nodes.filter((n) => ['Company', 'Institution', 'Product', 'Model'].includes(n.attributes.label)).forEach((n, i) => {
    if (i % 3 === 0) json.edges.push(edge('IN_LAYER', n.key, `ChainLayer:${CHAIN_LAYERS[(i / 3) % CHAIN_LAYERS.length].code}`));
  });
  const graph = toGraphology(json);
  const ranks = pagerank(graph);
  graph.forEachNode((k) => graph.setNodeAttribute(k, 'pagerank', ranks[k]));
  return graph;
}

/** The radius the viewer draws each node with. */
function radii(graph: TupuGraph): Record<string, number> {
  const max = Math.max(...graph.mapNodes((_, a) => a.pagerank ?? 0));
  return Object.fromEntries(graph.mapNodes((k, a) => [k, nodeRadius(a.pagerank, max, graph.degree(k))]));
}

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

  test('chain layout: models in the model lane, L0 above L1, policies and regions right of the lanes', () => {
    const json = { attributes: {}, nodes: [
      node('Model:a', { label: 'Model' }), node('Model:b', { label: 'Model' }), node('Company:c', { label: 'Company' }),
      node('Policy:p', { label: 'Policy' }), node('Region:r', { label: 'Region' }), node('Tier:L0', { label: 'Tier', code: 'L0' }),
      node('Tier:L1', { label: 'Tier', code: 'L1' }), node('ChainLayer:app', { label: 'ChainLayer', code: 'app' }),
      node('ChainLayer:model', { label: 'ChainLayer', code: 'model' }), node('Company:d', { label: 'Company' }),
      node('ChainLayer:app.office', { label: 'ChainLayer', code: 'app.office', parent: 'app' }),
    ], edges: [
      edge('IN_TIER', 'Model:a', 'Tier:L1'), edge('IN_TIER', 'Model:b', 'Tier:L0'), edge('IN_LAYER', 'Company:c', 'ChainLayer:app.office'),
    ] };
    const pos = chainLayout(toGraphology(json));
    assert.ok(pos['ChainLayer:model'].x < pos['ChainLayer:app'].x);
    assert.ok(pos['Model:a'].x >= pos['ChainLayer:model'].x && pos['Model:a'].x < pos['ChainLayer:app'].x);
    assert.ok(pos['Company:c'].x >= pos['ChainLayer:app'].x && pos['Company:c'].y < pos['ChainLayer:app.office'].y);
    assert.ok(pos['Tier:L0'].y > pos['Model:b'].y && pos['Model:b'].y > pos['Tier:L1'].y && pos['Tier:L1'].y > pos['Model:a'].y, 'L0 band above L1 (chainY grows upwards, as sigma draws it)');
    assert.ok(['Policy:p', 'Region:r', 'Company:d'].every((k) => pos[k].x > pos['Company:c'].x), 'the side column is right of the lanes');
    assert.ok(pos['Policy:p'].y > pos['Region:r'].y && pos['Region:r'].y > pos['Company:d'].y, 'policies, regions, then the unplaced');
  });

  describe('chain layout on a 3000-entity graph with layers', () => {
    const graph = chainGraph(3000);
    const pos = chainLayout(graph);
    const radius = radii(graph);

    test('every entity with IN_LAYER lies in its lane, and in its sub-layer\'s or tier\'s band', () => {
      const title = (code: string) => pos[`ChainLayer:${code}`];
      const sideX = Math.min(...graph.filterNodes((_, a) => a.label === 'Policy' || a.label === 'Region').map((k) => pos[k].x));
      let checked = 0;
      graph.forEachNode((key, a) => {
        if (a.label === 'Policy' || a.label === 'Region' || a.label === 'Person') return;
        const layers = graph.outEdges(key).filter((e) => graph.getEdgeAttribute(e, 'type') === 'IN_LAYER').map((e) => graph.getNodeAttribute(graph.target(e), 'code')!);
        if (layers.length !== 1) return;
        const [code] = layers; const lane = code.split('.')[0] as (typeof CHAIN_LANES)[number];
        const next = CHAIN_LANES[CHAIN_LANES.indexOf(lane) + 1];
        const { x, y } = pos[key];
        assert.ok(x >= title(lane).x - radius[`ChainLayer:${lane}`] && x < (next ? title(next).x : sideX), `${key} (${code}) in lane ${lane}`);
        const bands = lane === 'model' ? TIER_CODES.map((t) => `Tier:${t}`) : CHAIN_LAYERS.filter((l) => 'parent' in l && l.parent === lane).map((l) => `ChainLayer:${l.code}`);
        const band = lane === 'model' ? bands.indexOf(graph.outNeighbors(key).find((n) => n.startsWith('Tier:')) ?? '') : bands.indexOf(`ChainLayer:${code}`);
        if (band >= 0) {
          assert.ok(y < pos[bands[band]].y, `${key} below its band title ${bands[band]}`);
          if (bands[band + 1]) assert.ok(y > pos[bands[band + 1]].y, `${key} above ${bands[band + 1]}`);
        }
        checked++;
      });
      assert.ok(checked > 400, `checked ${checked}`);
    });

    test('no two nodes closer than the sum of their drawn radii', () => {
      const keys = graph.nodes().sort((a, b) => pos[a].x - pos[b].x);
      const maxR = Math.max(...Object.values(radius));
      for (let i = 0; i < keys.length; i++) {
        for (let j = i + 1; j < keys.length && pos[keys[j]].x - pos[keys[i]].x < 2 * maxR; j++) {
          const [a, b] = [keys[i], keys[j]];
          const d = Math.hypot(pos[a].x - pos[b].x, pos[a].y - pos[b].y);
          assert.ok(d >= radius[a] + radius[b], `${a} and ${b} overlap (${d.toFixed(1)} < ${(radius[a] + radius[b]).toFixed(1)})`);
        }
      }
    });

    test('the whole is about as wide as the viewer (16:10)', () => {
      const xs = graph.mapNodes((k) => pos[k].x); const ys = graph.mapNodes((k) => pos[k].y);
      const aspect = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
      assert.ok(aspect > 1.3 && aspect < 1.9, `aspect ${aspect.toFixed(2)}`);
    });

    test('deterministic: the same graph in another node and edge order gets the same coordinates', () => {
      const json = graph.export();
      const reordered = toGraphology({ ...json, nodes: [...json.nodes].reverse(), edges: [...json.edges!].reverse() } as GraphJson);
      assert.deepEqual(chainLayout(reordered), pos);
    });
  });

  test('assignLayouts writes both layouts on every node', () => {
    const g = smallGraph();
    assignLayouts(g, { forceatlas2: { iterations: 10 } });
    g.forEachNode((k, a) => {
      for (const attr of ['x', 'y', 'chainX', 'chainY'] as const) assert.equal(typeof a[attr], 'number', `${k}.${attr}`);
    });
  });
});
