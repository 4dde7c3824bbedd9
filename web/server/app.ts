// Builds the Fastify app of `tupu serve`: security, API routes and the built viewer. Does not listen.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { GraphJson } from '../../schema/index.ts';
import type { GraphStore } from '../../graph/index.ts';
import { installErrorHandling, apiError } from './http-errors.ts';
import { installSecurity } from './security.ts';
import { escapeJsonForHtml } from './json-escape.ts';
import { serveGraph, loadServedGraph, type ServedGraph } from './served-graph.ts';
import { DEFAULT_CYPHER_LIMITS, type CypherLimits } from './cypher.ts';
import type { LibraryQuery } from './query-library.ts';
import { graphRoutes } from './routes/graph-routes.ts';
import { cypherRoutes } from './routes/cypher-routes.ts';

/** Where the built viewer lives (`npm run build:web`). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../dist/', import.meta.url));

/** What a server is built from; either `graph` or `outDir` (holding graph.json) must be given. */
export interface ServerOptions {
  outDir?: string;
  graph?: GraphJson | ServedGraph;
  /** The Cypher store; null serves the graph without `/api/cypher`'s engine (503 STORE_UNAVAILABLE). */
  store: GraphStore | null;
  /** When set, every `/api/` call needs `Authorization: Bearer <token>` (required off loopback). */
  token?: string;
  queries?: readonly LibraryQuery[];
  limits?: Partial<CypherLimits>;
  webRoot?: string;
  logger?: FastifyServerOptions['logger'];
}

const isServed = (g: GraphJson | ServedGraph): g is ServedGraph => 'search' in g && 'gzipped' in g;

/** Creates the app with its graph loaded and indexed; tests call `app.inject()` on it. */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  const served = options.graph ? (isServed(options.graph) ? options.graph : serveGraph(options.graph))
    : await loadServedGraph(options.outDir ?? '.');
  const limits = { ...DEFAULT_CYPHER_LIMITS, ...options.limits };
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 256 * 1024 });
  app.setReplySerializer((payload) => escapeJsonForHtml(JSON.stringify(payload)));
  // JSON bodies only: a cross-site form post (text/plain) cannot reach a route.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app);
  installSecurity(app, { token: options.token });
  await app.register(compress, { threshold: 2048, encodings: ['gzip', 'deflate'] });
  graphRoutes(app, served, options.store?.target ?? null);
  cypherRoutes(app, options.store, options.queries ?? [], limits);

  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  if (existsSync(webRoot)) {
    await app.register(fastifyStatic, {
      root: webRoot, wildcard: false, index: 'index.html',
      setHeaders: (reply, path) => reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  } else {
    app.get('/', async (_, reply) => reply.code(503).send(apiError('STORE_UNAVAILABLE', 'serve: the viewer is not built; run `npm run build:web`')));
  }
  return app;
}
