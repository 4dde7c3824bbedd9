// `tupu serve --target neo4j` from the command line, without a Neo4j server: usage errors and an unreachable server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { runTupu } from './helpers.ts';

test('no NEO4J_PASSWORD is a usage error (exit 2) that says where the password comes from', () => {
  const run = runTupu(['serve', '--target', 'neo4j', '--port', '0'], { env: { NEO4J_PASSWORD: '' } });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /NEO4J_PASSWORD/);
});

test('an unreachable Neo4j stops serve with exit 1 and names the URI and the code', async () => {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  const uri = `bolt://127.0.0.1:${port}`;
  const run = runTupu(['serve', '--target', 'neo4j', '--uri', uri, '--port', '0'], { env: { NEO4J_PASSWORD: 'pw' } });
  assert.equal(run.status, 1);
  assert.ok(run.stderr.includes(uri), run.stderr);
  assert.match(run.stderr, /\[STORE_UNAVAILABLE\]/);
  assert.equal(run.stdout, '', 'never claimed to be serving');
});
