// Cypher routes: ad-hoc read-only queries and the saved query library.
import type { FastifyInstance } from 'fastify';
import { CypherRequest, QueryRunRequest, type CypherResponse, type QueriesResponse } from '../../../schema/index.ts';
import type { GraphStore } from '../../../graph/index.ts';
import { runReadOnly, type CypherLimits } from '../cypher.ts';
import { findQuery, resolveParams, type LibraryQuery } from '../query-library.ts';

/** Registers `/api/cypher` and `/api/queries`. */
export function cypherRoutes(app: FastifyInstance, store: GraphStore | null, queries: readonly LibraryQuery[], limits: CypherLimits): void {
  app.post('/api/cypher', async (req): Promise<CypherResponse> => {
    const { query, params } = CypherRequest.parse(req.body ?? {});
    return runReadOnly(store, query, params, limits);
  });

  app.get('/api/queries', async (): Promise<QueriesResponse> => ({ queries: [...queries] }));

  app.post<{ Params: { name: string } }>('/api/queries/:name/run', async (req): Promise<CypherResponse> => {
    const query = findQuery(queries, req.params.name);
    const { params } = QueryRunRequest.parse(req.body ?? {});
    return runReadOnly(store, query.cypher, resolveParams(query, params), limits);
  });
}
