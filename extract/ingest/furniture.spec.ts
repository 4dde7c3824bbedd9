import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRepeatedLines, inlineNoise, isFurnitureLine, isPageNumber, isTocLine, isWatermarkLine, repetitionKey } from './furniture.ts';

const strip = (line: string): string => {
  let out = '';
  let at = 0;
  for (const [s, e] of inlineNoise(line)) { out += line.slice(at, s); at = e; }
  return out + line.slice(at);
};

test('page numbers in their usual shapes', () => {
  for (const s of ['12', '- 12 -', '第 3 页', '3 / 20', 'Page 4']) assert.ok(isPageNumber(s), s);
  for (const s of ['2023 年', '175B 2048', '第三章']) assert.ok(!isPageNumber(s), s);
});

test('table-of-contents lines with dot leaders', () => {
  assert.ok(isTocLine('宏观经济 ........................ 2'));
  assert.ok(isTocLine('监管动态 …… 14'));
  assert.ok(!isTocLine('增长了 3.7 倍。'));
});

test('watermark lines and repeated running headers', () => {
  assert.ok(isWatermarkLine('王芳 王芳 王芳 王芳'));
  assert.ok(!isWatermarkLine('百度 文心一言 26B'));
  assert.ok(isFurnitureLine('DOI: 10.1234/abc.2024 715 某期刊'));
  const lines = ['某某证券研究报告 第 1 页', '正文一', '某某证券研究报告 第 2 页', '正文二', '某某证券研究报告 第 3 页', '某某证券研究报告 第 4 页'];
  assert.deepEqual(findRepeatedLines(lines), [true, false, true, false, true, true]);
  assert.equal(repetitionKey('第 12 页 共 30 页'), '第#页共#页');
});

test('URLs, e-mail addresses and phone numbers are cut out with their labels', () => {
  assert.equal(strip('详见 https://example.com/a?b=1。'), '详见 。');
  assert.equal(strip('服务邮箱：someone@example.cn'), '');
  assert.equal(strip('咨询电话：010-12345678，欢迎来电'), '，欢迎来电');
  assert.equal(strip('手机 13912345678'), '');
  assert.equal(strip('GPT-3 OpenAI 175B 45TB 否'), 'GPT-3 OpenAI 175B 45TB 否');
});
