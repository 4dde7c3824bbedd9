import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from './normalise.ts';
import { segment } from './segment.ts';

const PROSE = '随着语言模型技术的快速发展，大型语言模型已成为各大互联网公司制造影响力的重要工具。';
const TABLE = [
  PROSE, '表 2-1 示例模型对比表', '发布者 模型 参数量 输入长度 访问方式',
  '甲公司', 'alpha 175B 2048 API', 'beta-', '002', '175B 8000 API',
  '乙大学 gamma-7B 7B 2048 开源',
  '根据上表的观察，几个关键点显而易见：目前大多数模型并没有被开源，一般只能通过接口调用来访问，有些甚至完全无法获取。',
].join('\n\n');

test('sentences split at 。！？； but not inside 《》 or “”', () => {
  const segs = segment(normalise('t.txt', '他说：“好。走吧！”然后离开。国务院发布《关于某事。的通知》，影响深远；完毕'));
  assert.deepEqual(segs.map((s) => s.text), ['他说:“好。走吧!”然后离开。', '国务院发布《关于某事。的通知》,影响深远;', '完毕']);
  assert.ok(segs.every((s) => s.kind === 'sentence'));
});

test('a captioned table yields rows with caption, header, group headers and rejoined cells', () => {
  const segs = segment(normalise('t.txt', TABLE));
  const rows = segs.filter((s) => s.kind === 'table-row');
  assert.deepEqual(rows.map((r) => r.cells), [
    ['甲公司'], ['alpha', '175B', '2048', 'API'], ['beta-002', '175B', '8000', 'API'], ['乙大学', 'gamma-7B', '7B', '2048', '开源'],
  ]);
  assert.equal(rows[0].table?.caption, '表 2-1 示例模型对比表');
  assert.deepEqual(rows[0].table?.header, ['发布者', '模型', '参数量', '输入长度', '访问方式']);
  assert.equal(rows[0].table?.id, 't.txt#表2-1');
  const last = segs.at(-1)!;
  assert.equal(last.kind, 'sentence', 'the prose after the table is not a row');
  assert.ok(last.text.startsWith('根据上表的观察'));
});

test('a table without caption starts at a header line of column names', () => {
  const text = ['国外大模型调研情况', '产品名称 关联企业 是否开源 参数量 发布时间',
    'Alpha 甲公司 否 7B 2023年5月', 'Beta 乙公司 是 13B 2023年7月', PROSE].join('\n\n');
  const rows = segment(normalise('t.txt', text)).filter((s) => s.kind === 'table-row');
  assert.equal(rows.length, 2);
  assert.deepEqual(rows[1].cells, ['Beta', '乙公司', '是', '13B', '2023年7月']);
});

test('segments cover the text in order with offsets into it', () => {
  const norm = normalise('t.txt', TABLE);
  let at = 0;
  for (const s of segment(norm)) {
    assert.ok(s.start >= at && s.end > s.start);
    assert.equal(norm.text.slice(s.start, s.end), s.text);
    at = s.end;
  }
});

test('without the layout, tables are found again in the normalised text', () => {
  const { doc, text, toOriginal } = normalise('t.txt', TABLE);
  const rows = segment({ doc, text, toOriginal }).filter((s) => s.kind === 'table-row');
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[2].cells, ['beta-002', '175B', '8000', 'API']);
});

test('a Markdown table: its header and alignment row head it, each pipe row is a row with its cells under the header', () => {
  const md = ['表3 示例', '| 模型名称 | 发布机构 | 发布时间 |', '|:---|---|---:|', '| 天枢 | 星河科技 | 2023年5月 |', '| 北辰-7B |  | 2023年8月 |', '', PROSE].join('\n');
  const rows = segment(normalise('t.md', md)).filter((s) => s.kind === 'table-row');
  assert.deepEqual(rows.map((r) => r.cells), [['天枢', '星河科技', '2023年5月'], ['北辰-7B', '', '2023年8月']]);
  assert.deepEqual(rows[0].table?.header, ['模型名称', '发布机构', '发布时间']);
  assert.equal(rows[0].table?.caption, '表3 示例');
  assert.equal(rows[0].table?.aligned, true);
});

test('a table whose lines all have one cell per column is read a line a row; a PDF table with wrapped rows is not', () => {
  const regular = ['序号 企业名称 所在地区 主要产品', '1 星河科技 北京 天枢大模型', '2 云图智能 杭州 云图助手', '', PROSE].join('\n');
  const rows = segment(normalise('t.txt', regular)).filter((s) => s.kind === 'table-row');
  assert.deepEqual(rows.map((r) => r.cells), [['1', '星河科技', '北京', '天枢大模型'], ['2', '云图智能', '杭州', '云图助手']]);
  assert.equal(rows[0].table?.aligned, true);
  assert.ok(segment(normalise('t.txt', TABLE)).filter((s) => s.kind === 'table-row').every((r) => !r.table?.aligned));
});
