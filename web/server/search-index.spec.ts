// Ranking rules of the name search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSearchIndex, pinyinInitials } from './search-index.ts';

const index = buildSearchIndex([
  { id: 'c1', name: '百度', label: 'Company', aliases: ['Baidu', '百度公司'], weight: 0.5 },
  { id: 'c2', name: '智谱AI', label: 'Company', aliases: ['北京智谱华章科技有限公司', 'Zhipu AI'], weight: 0.3 },
  { id: 'm1', name: '智谱清言', label: 'Product', aliases: [], weight: 0.1 },
  { id: 'm2', name: '文心一言', label: 'Product', aliases: ['ERNIE Bot'], weight: 0.2 },
  { id: 'm3', name: '百度文心', label: 'Model', aliases: [], weight: 0.01 },
  { id: 'x', name: '新智谱', label: 'Company', aliases: [], weight: 0.9 },
]);

test('pinyin initials cover Han and keep Latin runs', () => {
  assert.equal(pinyinInitials('百度'), 'bd');
  assert.equal(pinyinInitials('智谱AI'), 'zpai');
  assert.equal(pinyinInitials('OpenAI'), '');
});

test('exact beats prefix beats substring', () => {
  const ids = index.search('智谱', 10).map((h) => h.id);
  assert.deepEqual(ids.slice(0, 2).sort(), ['c2', 'm1']);
  assert.equal(ids[2], 'x');
  assert.equal(index.search('百度', 10)[0].kind, 'exact');
  assert.deepEqual(index.search('百度', 10).map((h) => h.id), ['c1', 'm3']);
});

test('pinyin initials find Chinese names', () => {
  const hits = index.search('bd', 5);
  assert.equal(hits[0].id, 'c1');
  assert.equal(hits[0].kind, 'pinyin');
});

test('English names and aliases match case-insensitively', () => {
  assert.equal(index.search('BAIDU', 5)[0].id, 'c1');
  assert.equal(index.search('ernie', 5)[0].id, 'm2');
  assert.equal(index.search('zhipu', 5)[0].matched, 'Zhipu AI');
});

test('limit and empty queries', () => {
  assert.equal(index.search('  ', 5).length, 0);
  assert.equal(index.search('智', 1).length, 1);
});
