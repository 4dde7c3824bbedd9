// Read routes over the served graph: health, graph, search, node details, edge evidence.
import type { FastifyInstance } from 'fastify';
import { GraphRequest, SearchRequest, type HealthResponse, type SearchResponse } from '../../../schema/index.ts';
import { escapeJsonForHtml } from '../json-escape.ts';
import type { ServedGraph } from '../served-graph.ts';
import { neighbourhood, nodeDetails, edgeEvidence } from '../graph-views.ts';

/** Registers the read routes for one served graph. */
export function graphRoutes(app: FastifyInstance, served: ServedGraph, storeName: string | null): void {
  const { graph } = served;

  app.get('/api/health', async (): Promise<HealthResponse> => ({
    ok: true,
    graph: { nodes: graph.order, edges: graph.size, builtAt: graph.getAttribute('builtAt') ?? null, docs: served.titles.size || (graph.getAttribute('docs')?.length ?? 0) },
    store: storeName,
  }));

  app.get('/api/graph', { compress: false }, async (req, reply) => {
    const { focus, depth } = GraphRequest.parse(req.query);
    reply.type('application/json; charset=utf-8');
    if (focus) return reply.send(escapeJsonForHtml(JSON.stringify(neighbourhood(graph, focus, depth))));
    reply.header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(served.gzipped);
    }
    return reply.send(served.json);
  });

  app.get('/api/search', async (req): Promise<SearchResponse> => {
    const { q, limit } = SearchRequest.parse(req.query);
    return { q, hits: served.search.search(q, limit) };
  });

  app.get<{ Params: { id: string } }>('/api/nodes/:id', async (req) => nodeDetails(served, req.params.id));
  app.get<{ Params: { id: string } }>('/api/edges/:id/evidence', async (req) => edgeEvidence(served, req.params.id));
}
