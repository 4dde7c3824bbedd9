// Web server, public door: build the app of `tupu serve`, its config, and the served graph.
export { createServer, DEFAULT_WEB_ROOT, type ServerOptions } from './app.ts';
export { resolveServeConfig, SERVE_DEFAULTS, type ServeConfig } from './config.ts';
export { loadServedGraph, serveGraph, type ServedGraph } from './served-graph.ts';
export { isLoopbackHost, CONTENT_SECURITY_POLICY } from './security.ts';
export { DEFAULT_CYPHER_LIMITS, type CypherLimits } from './cypher.ts';
export type { LibraryQuery } from './query-library.ts';
export { startServer, type RunningServer } from './start.ts';
export { openServeStore } from './open-store.ts';
export { loadLibraryQueries } from './library.ts';
