import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRow, isoDate } from './read-row.ts';
import { rowUnits } from './cells.ts';

const known = new Set(['OpenAI', 'Meta', 'Google', '百度', '清华大学', '微软', '英伟达']);
const isOrg = (s: string) => (s.split(/[、/]/).every((p) => known.has(p)) ? 2 : /^[A-Z][a-z]+$/.test(s) ? 0.5 : 0);

test('a number and its unit are one value; versions stay with their name', () => {
  assert.deepEqual(rowUnits('源 1.0 520 亿 2048').map((u) => `${u.kind}:${u.text}`), ['name:源 1.0', 'params:520亿', 'length:2048']);
});

test('model-first row with publisher, base model and release date', () => {
  const r = readRow('Chat助手 OpenAI 否 GPT3.5/4.0 - 2022年12月', ['model', 'publisher', 'openSource', 'baseModel', 'params', 'releaseDate'], undefined, isOrg);
  assert.equal(r.model?.text, 'Chat助手');
  assert.deepEqual(r.publishers.map((p) => p.text), ['OpenAI']);
  assert.deepEqual(r.baseModels.map((b) => b.text), ['GPT3.5', 'GPT4']);
  assert.deepEqual(r.props, { openSource: 'false', releaseDate: '2022-12' });
});

test('a lone organisation row heads the rows below it', () => {
  const group = readRow('微软/英伟达', [], undefined, isOrg).group;
  assert.equal(group?.text, '微软/英伟达');
  const r = readRow('TNLG v2 530B 2048 未开放', ['publisher', 'model', 'params', 'contextLength'], group, isOrg);
  assert.equal(r.model?.text, 'TNLG v2');
  assert.deepEqual(r.publishers.map((p) => p.text), ['微软', '英伟达']);
  assert.equal(r.fromGroup, true);
  assert.equal(r.props.params, '530B');
});

test('multi-word names split where a known organisation starts', () => {
  const r = readRow('Bard Google 否 - 2023年2月', ['model', 'publisher'], undefined, isOrg);
  assert.equal(r.model?.text, 'Bard');
  assert.deepEqual(r.publishers.map((p) => p.text), ['Google']);
});

test('dates become ISO prefixes', () => {
  assert.equal(isoDate('2022年11月30日'), '2022-11-30');
  assert.equal(isoDate('2023年4月'), '2023-04');
});

test('a row that names a person is not a model row; a model row with a person-shaped pair still is', () => {
  assert.equal(readRow('Jane Doe', [], undefined, isOrg).model, undefined);
  assert.equal(readRow('Claude Anthropic 否 2023年4月', [], undefined, isOrg).model?.text, 'Claude');
});

test('a known model name wins the division of a row: Stable Diffusion | Stability.AI, not Stable | Diffusion Stability.AI', () => {
  const isModel = (n: string) => n === 'Stable Diffusion';
  const r = readRow('Stable Diffusion Stability.AI / / 是', ['other', 'model', 'publisher', 'params', 'other', 'openSource'], undefined, isOrg, isModel);
  assert.equal(r.model?.text, 'Stable Diffusion');
  assert.deepEqual(r.publishers.map((p) => p.text), ['Stability.AI']);
});

test('a size the PDF cut at its decimal point is no part of the model name', () => {
  assert.equal(readRow('Salesforce CodeGen 350M/2.7B/6. 1B/16.1B 2048 开源 825G', ['publisher', 'model', 'params'], undefined, isOrg).model?.text, 'CodeGen');
  assert.equal(readRow('Meta InCoder 1. 3B/6.7B 300M/2.5B 2048 开源 159G', ['publisher', 'model', 'params'], undefined, isOrg).model?.text, 'InCoder');
});

test('a row of names alone that reads as one organisation is a publisher heading, however many words it has', () => {
  const isUniversity = (s: string) => (/University$/.test(s) ? 2 : 0);
  assert.equal(readRow('Case Western Reserve University', ['publisher', 'model', 'params'], undefined, isUniversity).group?.text, 'Case Western Reserve University');
});
