// --max-bytes parsing: plain bytes or K/M/G binary multiples; anything else is a usage error.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UsageError } from '../command.ts';
import { parseByteSize } from './build.ts';

test('sizes with and without suffixes', () => {
  assert.equal(parseByteSize('52428800'), 52428800);
  assert.equal(parseByteSize('512K'), 512 * 1024);
  assert.equal(parseByteSize('50M'), 50 * 1024 ** 2);
  assert.equal(parseByteSize('50MB'), 50 * 1024 ** 2);
  assert.equal(parseByteSize('1.5g'), 1.5 * 1024 ** 3);
});

test('nonsense and non-positive sizes are usage errors', () => {
  for (const bad of ['', 'lots', '0', '-5', '5T', 'M']) assert.throws(() => parseByteSize(bad), UsageError, bad);
});
