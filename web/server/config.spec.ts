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
