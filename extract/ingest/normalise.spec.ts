import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from './normalise.ts';

const norm = (s: string): string => normalise('t.txt', s).text;
const FULL = '这是一个用来占满整行宽度的句子片段而且还要更长一些才行';

test('hard-wrapped lines inside a sentence and a name are rejoined', () => {
  assert.equal(norm(`${FULL}北京智源研\n\n究院发布了新模型。\n`), `${FULL}北京智源研究院发布了新模型。`);
});

test('a break after sentence-final punctuation, before a heading or list item stays', () => {
  assert.equal(norm(`${FULL}。\n\n${FULL}。`), `${FULL}。\n${FULL}。`);
  assert.equal(norm(`${FULL}\n\n1.2 大模型崛起\n`), `${FULL}\n1.2 大模型崛起`);
  assert.equal(norm(`${FULL}\n\n• 第一项`), `${FULL}\n• 第一项`);
});

test('a short line (heading) before a full paragraph line is a boundary', () => {
  assert.equal(norm(`宏观经济\n\n${FULL}。`), `宏观经济\n${FULL}。`);
});

test('a break inside 《…》 is never a boundary', () => {
  assert.equal(norm('国务院印发《关于做好\n\n推广工作的通知》。'), '国务院印发《关于做好推广工作的通知》。');
});

test('Latin words rejoin with a space, a hyphenated word with nothing', () => {
  const full = 'With the rapid development of deep learning technology, large-scale models have become a';
  assert.equal(norm(`${full}\nresearch hotspot.`), `${full} research hotspot.`);
  assert.equal(norm(`${full.slice(0, -2)} re-\nsearch hotspot.`), `${full.slice(0, -2)} research hotspot.`);
});

test('spaces between CJK characters go, spaces between Latin words stay', () => {
  assert.equal(norm('大 模 型 与 Geoffrey Hinton 合作。'), '大模型与 Geoffrey Hinton 合作。');
  assert.equal(norm('AI21 Labs 和 TNLG v2。'), 'AI21 Labs 和 TNLG v2。');
});

test('page furniture is dropped', () => {
  const text = norm([
    '目录', '宏观经济 ............ 2', '李四 李四 李四 李四', '联系邮箱：a@b.com', `${FULL}。`, '- 12 -', '网址：http://x.cn/a', `${FULL}。`,
  ].join('\n\n'));
  assert.equal(text, `目录\n${FULL}。\n${FULL}。`);
});

test('the offset map is monotone, in range and points at the source chars', () => {
  const original = '⾦融 ⼤模型\n\n${x}\n\nＤｅｅｐＳｅｅｋ 发布了 模 型。\n- 3 -\n';
  const n = normalise('t.txt', original);
  assert.equal(n.toOriginal.length, n.text.length + 1);
  for (let i = 0; i < n.text.length; i++) {
    assert.ok(n.toOriginal[i] >= 0 && n.toOriginal[i] < original.length);
    if (i > 0) assert.ok(n.toOriginal[i] >= n.toOriginal[i - 1]);
    if (/\s/.test(n.text[i])) continue;
    assert.ok(original[n.toOriginal[i]].normalize('NFKC').includes(n.text[i]));
  }
  assert.equal(n.toOriginal[n.text.length], original.length);
});

test('a Markdown report loses its headings\' marks, emphasis, code ticks, links and rules (bullets stay, to keep items apart), every kept character mapped to the original; a .txt report keeps * and #', () => {
  const md = '## 一、概况\n\n**星河科技**发布了`天枢`，见[官网](https://example.com/x)。\n\n---\n\n- 第一项\n> 引文\n';
  const n = normalise('r.md', md);
  assert.equal(n.text, '一、概况\n星河科技发布了天枢,见官网。\n- 第一项\n> 引文');
  for (let i = 0; i < n.text.length; i++) {
    if (n.text[i] !== '\n' && n.text[i] !== ',') assert.equal(md[n.toOriginal[i]], n.text[i], `char ${i}`);
  }
  assert.equal(normalise('r.txt', '**注**：# 号').text, '**注**:# 号');
});

test('lines opening with a short label and a colon (上游(基础层):…) are entries of their own, not wrapped lines', () => {
  const a = '上游（基础层）：算力（英伟达、华为、寒武纪）、数据（海天瑞声、星河数据）、云服务';
  const b = '中游（模型层）：通用大模型（文心一言、通义千问）、行业大模型（北辰法律大模型）';
  assert.equal(norm(`${a}\n${b}\n`), `${a}\n${b}`.normalize('NFKC'));
});
