// Generated graphs keep the graph.json contract: a multigraph that graphology, the build and the server all read whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as graphology from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { GraphJson } from '../schema/index.ts';
import { toGraphJson, toGraphology } from '../graph/export/index.ts';
import { serveGraph } from '../web/server/served-graph.ts';
import { generateGraph } from './generate-graph.ts';

// graphology's types describe its CommonJS build; Node runs its ES build, whose named `Graph` is the generic class:
// `Graph.from` builds whatever graph the serialisation's own options declare, as users of graph.json do.
const { Graph } = graphology as unknown as { Graph: { from(json: unknown): AbstractGraph } };

test('a generated graph with parallel edges round-trips through Graph.from, the build and the server', () => {
  const json = JSON.parse(JSON.stringify(generateGraph({ nodes: 1500, edges: 9000, seed: 11 })));
  const pairs = new Set<string>();
  const parallel = json.edges.filter((e: GraphJson['edges'][number]) => pairs.size === pairs.add(`${e.source}\u0000${e.target}`).size);
  assert.ok(parallel.length > 0, 'the generator links some pairs by two relationship types');

  const keys = (g: AbstractGraph) => g.mapEdges((key, _a, source, target) => `${key}|${source}|${target}`).sort();
  const expected = json.edges.map((e: GraphJson['edges'][number]) => `${e.key}|${e.source}|${e.target}`).sort();
  const plain = Graph.from(json);
  assert.equal(plain.multi, true);
  assert.deepEqual(keys(plain), expected);
  assert.deepEqual(keys(serveGraph(GraphJson.parse(json)).graph), expected);
  const rebuilt = toGraphJson(toGraphology(GraphJson.parse(json)));
  assert.equal(rebuilt.options?.multi, true);
  assert.deepEqual(keys(Graph.from(rebuilt)), expected);
});
