// Opens the Cypher store `tupu serve` queries: the embedded kuzu database of the build (created from
// graph.json when the build has none yet), or Neo4j.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TupuError } from '../../common/errors.ts';
import { GraphJson } from '../../schema/index.ts';
import type { GraphStore } from '../../graph/index.ts';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import type { ServeConfig } from './config.ts';

/** The store for a serve config; kuzu opens read-only, so the engine itself refuses writes. Queries run concurrently (a pool of connections). */
export async function openServeStore(config: Pick<ServeConfig, 'outDir' | 'target'>, log: (line: string) => void = () => {}): Promise<GraphStore> {
  if (config.target === 'neo4j') {
    throw new TupuError('CONFIG_INVALID', 'serve: --target neo4j is not available in this build yet; use --target kuzu');
  }
  const store = new KuzuStore(join(config.outDir, KUZU_FILE));
  if (!existsSync(store.file)) {
    const graphFile = join(config.outDir, 'graph.json');
    if (!existsSync(graphFile)) return store;
    log(`serve: no embedded store at ${store.file}; loading it from graph.json`);
    await store.load(GraphJson.parse(JSON.parse(await readFile(graphFile, 'utf8'))));
  }
  return store;
}
