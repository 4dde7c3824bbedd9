// Opens the Cypher store `tupu serve` queries: the embedded kuzu database of the build (created from
// graph.json when the build has none yet), or Neo4j.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TupuError, isTupuError } from '../../common/errors.ts';
import { GraphJson } from '../../schema/index.ts';
import type { GraphStore } from '../../graph/index.ts';
import { KuzuStore, KUZU_FILE } from '../../graph/stores/kuzu.ts';
import { Neo4jStore } from '../../graph/stores/neo4j.ts';
import type { Neo4jSettings, ServeConfig } from './config.ts';

/** How long start-up waits for Neo4j before saying it is unreachable. */
const NEO4J_CONNECT_MS = 5000;

/**
 * Neo4j, checked at start-up so an unreachable server stops `tupu serve` with a clear message instead of failing
 * every request. Queries run in READ sessions: Neo4j itself refuses writes, schema changes and writing procedures.
 */
async function openNeo4j(settings: Neo4jSettings, log: (line: string) => void, password?: string): Promise<GraphStore> {
  const store = new Neo4jStore({ ...settings, connectTimeoutMs: NEO4J_CONNECT_MS, maxRetryMs: NEO4J_CONNECT_MS }, password);
  try {
    const { rows } = await store.query('MATCH (n) RETURN count(n) AS nodes');
    if (Number(rows[0]?.nodes) === 0) log(`serve: Neo4j at ${settings.uri} holds no nodes; load the build with \`tupu load --target neo4j\``);
    return store;
  } catch (err) {
    await store.close();
    if (isTupuError(err) && err.code === 'STORE_UNAVAILABLE') {
      throw new TupuError('STORE_UNAVAILABLE', `serve: ${err.message}; start it (\`docker compose up -d neo4j\`) or point --uri / NEO4J_URI at it`, { cause: err, retriable: true });
    }
    throw err;
  }
}

/** The store for a serve config; kuzu opens read-only, so the engine itself refuses writes. Queries run concurrently (a pool of connections). */
export async function openServeStore(config: Pick<ServeConfig, 'outDir' | 'target' | 'neo4j'>, log: (line: string) => void = () => {}, env: NodeJS.ProcessEnv = process.env): Promise<GraphStore> {
  if (config.target === 'neo4j') {
    if (!config.neo4j) throw new TupuError('CONFIG_INVALID', 'serve: --target neo4j without Neo4j settings');
    return openNeo4j(config.neo4j, log, env.NEO4J_PASSWORD);
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
