// Opens the Cypher store `tupu serve` queries: the embedded kuzu database of the build, or Neo4j.
import type { GraphStore } from '../../graph/index.ts';
import type { ServeConfig } from './config.ts';

/**
 * The store for a serve config, or null when none is available yet: the graph routes still work and
 * `/api/cypher` answers 503 STORE_UNAVAILABLE. Wired to graph/stores once the kuzu store lands.
 */
export async function openServeStore(config: ServeConfig): Promise<GraphStore | null> {
  void config;
  return null;
}
