// Runs a store's queries one at a time: kuzu 0.11's Node connection crashes the process (SIGSEGV) when
// queries overlap on it, so the server queues them. A pool of connections in the store would lift this.
import type { GraphStore } from '../../graph/index.ts';

/** The same store with `query` calls serialised in arrival order. */
export function serialiseQueries(store: GraphStore): GraphStore {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    get target() { return store.target; },
    load: (graph) => store.load(graph),
    close: () => store.close(),
    query(cypher, params, options) {
      const run = tail.then(() => store.query(cypher, params, options));
      tail = run.catch(() => undefined);
      return run;
    },
  };
}
