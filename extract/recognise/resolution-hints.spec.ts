import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolutionHints } from './resolution-hints.ts';

test('a place before a company name, or China before a state organ, is not part of what the name picks out', () => {
  assert.equal(resolutionHints.withoutPlacePrefix('北京百川智能科技有限公司'), '百川智能科技有限公司');
  assert.equal(resolutionHints.withoutPlacePrefix('中国国家国际发展合作署'), '国家国际发展合作署');
  assert.equal(resolutionHints.withoutPlacePrefix('北京大学'), undefined);
  assert.equal(resolutionHints.withoutPlacePrefix('美国国家航空航天局'), undefined);
});

test('a known developer written before a model is not part of the model\'s name', () => {
  assert.equal(resolutionHints.canonicalName('Model', 'OpenAI o1'), 'o1');
  assert.equal(resolutionHints.canonicalName('Model', '阿里通义'), '通义');
  assert.equal(resolutionHints.canonicalName('Model', '星河大模型'), undefined);
});

test('a model family\'s Latin name is the Chinese name it goes by, a version is not', () => {
  assert.equal(resolutionHints.canonicalName('Model', 'InternLM'), '书生·浦语');
  assert.equal(resolutionHints.canonicalName('Model', 'Hunyuan'), '混元大模型');
  assert.equal(resolutionHints.canonicalName('Model', 'GLM-130B'), undefined);
  assert.equal(resolutionHints.canonicalName('Model', 'GPT'), undefined);
});
