// Graph stage, public door: assembly, analytics, layout, exports and stores.
export { assembleGraph, type DocumentInfo } from './assemble/index.ts';
export type * from './stores/types.ts';
export * from './analytics/index.ts';
export * from './layout/index.ts';
export * from './export/index.ts';
export * from './queries/index.ts';
export { KuzuStore, KUZU_FILE } from './stores/kuzu.ts';
export { Neo4jStore, type Neo4jConfig } from './stores/neo4j.ts';
export { openStore, type OpenStoreOptions } from './stores/open-store.ts';
export { QUERY_DEFAULTS } from './stores/types.ts';
export * from './curation/index.ts';
