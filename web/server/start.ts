// Starts a listening server from a resolved config: opens the store, loads the graph, closes on signals.
import type { GraphStore } from '../../graph/index.ts';
import { createServer } from './app.ts';
import type { ServeConfig } from './config.ts';
import { openServeStore } from './open-store.ts';
import { loadLibraryQueries } from './library.ts';

/** A running server: where it listens and a promise that settles when it has stopped. */
export interface RunningServer { url: string; close(): Promise<void>; closed: Promise<void> }

/** Listens on config.host:config.port; SIGINT/SIGTERM close the app and the store. */
export async function startServer(config: ServeConfig, { handleSignals = true } = {}): Promise<RunningServer> {
  const store: GraphStore = await openServeStore(config, (line) => process.stderr.write(`${line}\n`));
  const app = await createServer({ outDir: config.outDir, store, token: config.token, queries: loadLibraryQueries(config.target), logger: { level: process.env.TUPU_LOG ?? 'warn' } });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => { resolveClosed = r; });
  const close = async () => {
    await app.close();
    await store.close();
    resolveClosed();
  };
  if (handleSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void close());
  }
  return { url: `http://${host}:${port}/`, close, closed };
}
