// Open the store a command asks for: the embedded kuzu store of a build, or Neo4j.
import path from 'node:path';
import { KuzuStore, KUZU_FILE } from './kuzu.ts';
import { Neo4jStore, type Neo4jConfig } from './neo4j.ts';
import type { GraphStore, StoreTarget } from './types.ts';

/** Which store, and where: `out` for kuzu, a Neo4j config for neo4j. */
export interface OpenStoreOptions { target: StoreTarget; out?: string; neo4j?: Neo4jConfig }

export function openStore({ target, out = 'out', neo4j }: OpenStoreOptions): GraphStore {
  if (target === 'neo4j') return new Neo4jStore(neo4j ?? { uri: process.env.NEO4J_URI ?? 'bolt://localhost:7687', user: process.env.NEO4J_USER });
  return new KuzuStore(path.join(out, KUZU_FILE));
}
