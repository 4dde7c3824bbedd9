import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyOrgName, knownOrganisation, knownOrganisations } from './organisations.ts';

test('classifies names by their longest affix', () => {
  assert.deepEqual(classifyOrgName('北京智源人工智能研究院'), { label: 'Institution', kind: 'research', affix: '研究院', strength: 'strong' });
  assert.equal(classifyOrgName('中国科学院')?.kind, 'research');
  assert.equal(classifyOrgName('清华大学')?.kind, 'university');
  assert.equal(classifyOrgName('北京百川智能科技有限公司')?.label, 'Company');
  assert.equal(classifyOrgName('国家互联网信息办公室')?.kind, 'government');
  assert.equal(classifyOrgName('全国信息安全标准化技术委员会')?.kind, 'other');
  assert.equal(classifyOrgName('中国人工智能产业发展联盟')?.kind, 'other');
  assert.equal(classifyOrgName('Zhipu AI')?.label, 'Company');
  assert.equal(classifyOrgName('Massachusetts Institute of Technology')?.kind, 'university');
  assert.equal(classifyOrgName('University of Toronto')?.kind, 'university');
  assert.equal(classifyOrgName('工信部')?.kind, 'government');
});

test('weak affixes need a long enough stem and say they are weak', () => {
  assert.equal(classifyOrgName('科技'), null);
  assert.equal(classifyOrgName('中心'), null);
  assert.equal(classifyOrgName('聆心智能')?.strength, 'weak');
  assert.equal(classifyOrgName('Mainland'), null);
});

test('known organisations resolve every alias to one entry', () => {
  const alibaba = knownOrganisation('阿里巴巴集团');
  assert.ok(alibaba);
  assert.equal(knownOrganisation('阿里'), alibaba);
  assert.equal(knownOrganisation('Alibaba'), alibaba);
  assert.equal(knownOrganisation('百川')?.id, knownOrganisation('北京百川智能科技有限公司')?.id);
  assert.equal(knownOrganisation('ＺＨＩＰＵ  ai')?.name, '智谱AI');
  assert.equal(knownOrganisation('谷歌')?.id, knownOrganisation('Google')?.id);
  assert.equal(knownOrganisation('Facebook')?.name, 'Meta');
  assert.equal(knownOrganisation('腾讯科技(深圳)有限公司')?.name, '腾讯');
  assert.equal(knownOrganisation('不存在的公司'), undefined);
  // A lab of a lab is its own entry: Microsoft Research Asia is not Microsoft Research.
  assert.equal(knownOrganisation('MSRA')?.name, '微软亚洲研究院');
  assert.notEqual(knownOrganisation('微软亚洲研究院')?.id, knownOrganisation('微软研究院')?.id);
  // Regulators of medical AI, whose short names jieba cuts into characters (国家|卫|健|委).
  assert.equal(knownOrganisation('国家卫健委')?.name, '国家卫生健康委员会');
  assert.equal(knownOrganisation('国家药监局')?.name, '国家药品监督管理局');
  // A corporate venture arm written as its parent and its brand is one investor, the parent's subsidiary.
  assert.equal(knownOrganisation('华为哈勃')?.parent, knownOrganisation('华为')?.id);
});

test('finds known organisations in text, weak forms only when asked', () => {
  const idx = knownOrganisations();
  assert.deepEqual(idx.find('智谱AI与百度合作').map((m) => m.entry.id), ['zhipu', 'baidu']);
  assert.deepEqual(idx.find('海纳百川').map((m) => m.entry.id), []);
  assert.deepEqual(idx.find('海纳百川', { weak: true }).map((m) => m.entry.id), ['baichuan']);
  assert.equal(idx.byId('damo')?.parent, 'alibaba');
});
