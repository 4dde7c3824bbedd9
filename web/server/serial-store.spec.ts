// Queued queries never overlap, keep their order, and one failure does not block the queue.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serialiseQueries } from './serial-store.ts';
import type { GraphStore } from '../../graph/index.ts';

test('queries run one at a time, in order, failures included', async () => {
  let running = 0; let maxRunning = 0; const order: string[] = [];
  const inner: GraphStore = {
    target: 'kuzu', load: async () => { throw new Error('no'); }, close: async () => {},
    async query(cypher) {
      running++; maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 5));
      running--; order.push(cypher);
      if (cypher === 'bad') throw new Error('bad query');
      return { columns: [], rows: [], truncated: false };
    },
  };
  const store = serialiseQueries(inner);
  const results = await Promise.allSettled(['a', 'bad', 'c', 'd'].map((q) => store.query(q)));
  assert.equal(maxRunning, 1);
  assert.deepEqual(order, ['a', 'bad', 'c', 'd']);
  assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
});
