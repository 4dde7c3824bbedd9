// Evidence highlighting splits text; it never produces markup strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitByTerms } from './Highlighted.tsx';

test('longest names win and everything else stays plain text', () => {
  assert.deepEqual(splitByTerms('百度发布文心一言，百度文心', ['百度', '文心一言', '百度文心']), [
    { text: '百度', match: true }, { text: '发布', match: false }, { text: '文心一言', match: true },
    { text: '，', match: false }, { text: '百度文心', match: true },
  ]);
});

test('hostile text is data', () => {
  const parts = splitByTerms('<b>x</b> 百度', ['百度', '']);
  assert.equal(parts[0].text, '<b>x</b> ');
  assert.equal(parts.length, 2);
});
