// Serve settings: defaults, and refusing to expose the graph without a token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveServeConfig } from './config.ts';
import { isTupuError } from '../../common/errors.ts';

const code = (fn: () => unknown) => { try { fn(); return null; } catch (e) { return isTupuError(e) ? e.code : 'other'; } };

test('defaults bind to loopback on 7373 with kuzu', () => {
  assert.deepEqual(resolveServeConfig({}, {}), { outDir: 'out', host: '127.0.0.1', port: 7373, target: 'kuzu' });
});

test('a non-loopback host needs TUPU_TOKEN', () => {
  assert.equal(code(() => resolveServeConfig({ host: '0.0.0.0' }, {})), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ host: '0.0.0.0' }, { TUPU_TOKEN: 'short' })), 'CONFIG_INVALID');
  assert.equal(resolveServeConfig({ host: '0.0.0.0' }, { TUPU_TOKEN: 'a-long-enough-token-123' }).token, 'a-long-enough-token-123');
});

test('bad port and target are explained', () => {
  assert.equal(code(() => resolveServeConfig({ port: 'abc' }, {})), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ target: 'sqlite' }, {})), 'CONFIG_INVALID');
});

test('--target neo4j: flags over NEO4J_URI / NEO4J_USER over defaults; the password only from NEO4J_PASSWORD', () => {
  const env = { NEO4J_PASSWORD: 'pw' };
  assert.deepEqual(resolveServeConfig({ target: 'neo4j' }, env).neo4j, { uri: 'bolt://localhost:7687', user: 'neo4j' });
  assert.deepEqual(resolveServeConfig({ target: 'neo4j' }, { ...env, NEO4J_URI: 'neo4j+s://db.example:7687', NEO4J_USER: 'reader' }).neo4j, { uri: 'neo4j+s://db.example:7687', user: 'reader' });
  assert.deepEqual(
    resolveServeConfig({ target: 'neo4j', uri: 'bolt://10.0.0.5:7687', user: 'analyst', database: 'tupu' }, { ...env, NEO4J_URI: 'bolt://ignored:1', NEO4J_USER: 'ignored' }).neo4j,
    { uri: 'bolt://10.0.0.5:7687', user: 'analyst', database: 'tupu' },
  );
  assert.equal(resolveServeConfig({}, { ...env, NEO4J_URI: 'bolt://x:1' }).neo4j, undefined, 'kuzu ignores the Neo4j environment');
});

test('--target neo4j: no password, a non-bolt URI, or Neo4j flags on kuzu are explained', () => {
  assert.equal(code(() => resolveServeConfig({ target: 'neo4j' }, {})), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ target: 'neo4j', uri: 'http://localhost:7474' }, { NEO4J_PASSWORD: 'pw' })), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ target: 'neo4j' }, { NEO4J_PASSWORD: 'pw', NEO4J_URI: 'localhost' })), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ uri: 'bolt://localhost:7687' }, {})), 'CONFIG_INVALID');
  assert.equal(code(() => resolveServeConfig({ user: 'neo4j' }, {})), 'CONFIG_INVALID');
});
