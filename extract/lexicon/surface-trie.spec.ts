import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SurfaceTrie } from './surface-trie.ts';

test('finds leftmost-longest non-overlapping matches with original offsets', () => {
  const trie = new SurfaceTrie<string>();
  trie.add('深圳', 'sz');
  trie.add('深圳市', 'sz');
  trie.add('广东省', 'gd');
  const found = trie.findAll('在深圳市和广东省');
  assert.deepEqual(found.map((m) => [m.start, m.end, m.surface, m.values]), [
    [1, 4, '深圳市', ['sz']],
    [5, 8, '广东省', ['gd']],
  ]);
});

test('folds width, case and inner whitespace but keeps offsets in the original', () => {
  const trie = new SurfaceTrie<string>();
  trie.add('Hugging Face', 'hf');
  const text = '社区ＨＵＧＧＩＮＧ  face上';
  const [m] = trie.findAll(text);
  assert.equal(m.surface, 'ＨＵＧＧＩＮＧ  face');
  assert.equal(text.slice(m.start, m.end), m.surface);
  assert.deepEqual(trie.lookup('huggingface'), ['hf']);
});

test('does not match Latin keys inside longer words', () => {
  const trie = new SurfaceTrie<string>();
  trie.add('US', 'us');
  assert.equal(trie.findAll('USB接口').length, 0);
  assert.equal(trie.findAll('the US market').length, 1);
  assert.equal(trie.findAll('中US美').length, 1);
});

test('accept filter chooses among values and falls back to shorter keys', () => {
  const trie = new SurfaceTrie<{ id: string; weak: boolean }>();
  const a = { id: 'a', weak: false };
  const b = { id: 'b', weak: true };
  trie.add('大同', a);
  trie.add('大同市', b);
  const strongOnly = trie.findAll('大同市', (v) => !v.weak);
  assert.deepEqual(strongOnly.map((m) => [m.surface, m.values[0].id]), [['大同', 'a']]);
});

test('handles characters outside the BMP without splitting them', () => {
  const trie = new SurfaceTrie<string>();
  trie.add('𠀋城', 'x');
  assert.deepEqual(trie.findAll('在𠀋城').map((m) => m.surface), ['𠀋城']);
});
