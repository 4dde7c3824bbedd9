import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nfkcMap } from './nfkc-map.ts';

test('Kangxi radicals and full-width Latin become ordinary characters', () => {
  assert.equal(nfkcMap('\u2fa6\u878d\u2f24\u6a21\u578b').text, '金融大模型');
  assert.equal(nfkcMap('ＤｅｅｐＳｅｅｋ－Ｖ２').text, 'DeepSeek-V2');
  assert.equal(nfkcMap('擅⻓').text, '擅长');
});

test('every output char maps to the original char it came from', () => {
  const original = 'a\r\n㈱ｘ\tﬁ\ue000b\u200b';
  const { text, orig } = nfkcMap(original);
  assert.equal(text, 'a\n(株)x fi•b');
  assert.equal(orig.length, text.length + 1);
  assert.equal(orig[text.length], original.length);
  for (let i = 1; i < orig.length; i++) assert.ok(orig[i] >= orig[i - 1], 'monotone');
  for (let i = 0; i < text.length; i++) {
    const src = original[orig[i]];
    if ('\n •'.includes(text[i])) continue;
    assert.ok(src.normalize('NFKC').includes(text[i]), `${text[i]} from ${src}`);
  }
});

test('CRLF becomes a single newline', () => {
  assert.equal(nfkcMap('一\r\n二\r三').text, '一\n二\n三');
});
