import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAIN_LAYERS, EXTRACTED_REL_TYPES } from '../../schema/ontology.ts';
import { layerCues, negationCues, roleCue, tableHeaderRole, tierCues, tierForCode, triggers } from './cues.ts';

test('every extracted relationship type has triggers', () => {
  for (const type of EXTRACTED_REL_TYPES) {
    const t = triggers(type);
    assert.ok(t.forward.length + t.reverse.length + t.nouns.length > 0, type);
  }
  assert.ok(triggers('DEVELOPS').forward.includes('发布'));
  assert.ok(triggers('SUBSIDIARY_OF').reverse.includes('旗下'));
  assert.ok(triggers('INVESTS_IN').reverse.includes('投资方包括'));
});

test('negation, rumour and hedge cues', () => {
  const cues = negationCues();
  assert.ok(cues.negation.includes('并非'));
  assert.ok(cues.rumour.includes('传闻'));
  assert.ok(cues.rumour.includes('尚未披露'));
  assert.ok(cues.hedge.includes('拟'));
});

test('roles from titles, longest cue wins', () => {
  assert.equal(roleCue('教授'), 'researcher');
  assert.equal(roleCue('清华大学教授'), 'researcher');
  assert.equal(roleCue('联合创始人'), 'founder');
  assert.equal(roleCue('CEO'), 'executive');
  assert.equal(roleCue('首席科学家'), 'researcher');
  assert.equal(roleCue('首席技术官'), 'executive');
  assert.equal(roleCue('实验室主任'), 'researcher');
  assert.equal(roleCue('主任'), 'official');
  assert.equal(roleCue('市长'), 'official');
  assert.equal(roleCue('工程师'), undefined);
});

test('tiers, including the L3 name for the scenario tier', () => {
  assert.ok(tierCues().tiers.L0.includes('通用'));
  assert.ok(tierCues().industryWords.includes('金融'));
  assert.equal(tierForCode('L3'), 'L2');
  assert.equal(tierForCode('l1'), 'L1');
  assert.equal(tierForCode('L9'), undefined);
});

test('every chain layer has cue words', () => {
  for (const layer of CHAIN_LAYERS) assert.ok(layerCues()[layer.code].length > 0, layer.code);
  assert.ok(layerCues()['infra.compute'].includes('GPU'));
});

test('table header cells map to column roles', () => {
  assert.equal(tableHeaderRole('发布者'), 'publisher');
  assert.equal(tableHeaderRole('研发单位'), 'publisher');
  assert.equal(tableHeaderRole('模型名称'), 'model');
  assert.equal(tableHeaderRole('参数量（B）'), 'params');
  assert.equal(tableHeaderRole('是否开源'), 'openSource');
  assert.equal(tableHeaderRole(' 发布时间： '), 'releaseDate');
  assert.equal(tableHeaderRole('基座模型'), 'baseModel');
  assert.equal(tableHeaderRole('上下文长度'), 'contextLength');
  assert.equal(tableHeaderRole('Context Length'), 'contextLength');
  assert.equal(tableHeaderRole('备注'), undefined);
});
