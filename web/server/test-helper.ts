// Builds an in-process app over the small fixture graph for the API specs.
import type { FastifyInstance } from 'fastify';
import { smallGraph } from '../../tests/web-fixtures/small-graph.ts';
import { scriptedStore } from '../../tests/web-fixtures/scripted-store.ts';
import { createServer, type ServerOptions } from './app.ts';
import type { LibraryQuery } from './query-library.ts';

/** A library of two queries, shaped like graph/queries/ entries. */
export const TEST_QUERIES: LibraryQuery[] = [
  { name: 'developers', title: '开发者', description: 'Who develops which model', cypher: 'MATCH (c:Company)-[:DEVELOPS]->(m:Model) RETURN c.name, m.name', params: [] },
  { name: 'numbers', title: '数字', description: 'n rows', cypher: 'UNWIND range(1, 3) AS i RETURN i', params: [{ name: 'n', type: 'integer', default: 3 }] },
];

/** An app on the small graph with the scripted store; options override the defaults. */
export async function testApp(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  const graph = smallGraph();
  return createServer({ graph, store: scriptedStore(graph), queries: TEST_QUERIES, webRoot: '/nonexistent', ...options });
}
