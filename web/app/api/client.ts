// The API client: every response is checked against the same zod schema the server uses.
import type { z } from 'zod';
import {
  ApiError, GraphJson, SearchResponse, NodeDetails, EdgeEvidence, CypherResponse, QueriesResponse, HealthResponse,
} from '../../../schema/index.ts';

/** A failed call, carrying the server's error code (or NETWORK / UNAUTHORIZED). */
export class ApiFailure extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiFailure';
  }
}

const TOKEN_KEY = 'tupu.token';
export const setToken = (token: string): void => sessionStorage.setItem(TOKEN_KEY, token);
const token = (): string | null => sessionStorage.getItem(TOKEN_KEY);

async function call<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}): Promise<z.infer<S>> {
  const headers = new Headers(init.headers);
  const t = token();
  if (t) headers.set('authorization', `Bearer ${t}`);
  if (init.body) headers.set('content-type', 'application/json');
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch (e) {
    throw new ApiFailure('NETWORK', `api: the server cannot be reached (${(e as Error).message})`, 0);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ApiError.safeParse(body);
    throw parsed.success ? new ApiFailure(parsed.data.error.code, parsed.data.error.message, res.status) : new ApiFailure('INTERNAL', `api: HTTP ${res.status}`, res.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiFailure('SCHEMA_INVALID', `api: unexpected response from ${path.split('?')[0]}`, res.status);
  return parsed.data;
}

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export const fetchHealth = () => call(HealthResponse, '/api/health');
export const fetchGraph = () => call(GraphJson, '/api/graph');
export const searchEntities = (q: string, limit = 8) => call(SearchResponse, `/api/search?q=${encodeURIComponent(q)}&limit=${limit}`);
export const fetchNode = (id: string) => call(NodeDetails, `/api/nodes/${encodeURIComponent(id)}`);
export const fetchEvidence = (id: string) => call(EdgeEvidence, `/api/edges/${encodeURIComponent(id)}/evidence`);
export const runCypher = (query: string, params: Record<string, unknown> = {}) => call(CypherResponse, '/api/cypher', post({ query, params }));
export const fetchQueries = () => call(QueriesResponse, '/api/queries');
export const runLibraryQuery = (name: string, params: Record<string, unknown>) => call(CypherResponse, `/api/queries/${encodeURIComponent(name)}/run`, post({ params }));
