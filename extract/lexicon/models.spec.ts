import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownModelFamily } from './models.ts';

test('resolves families and versions to the family', () => {
  assert.equal(knownModelFamily('GPT-4')?.id, 'gpt');
  assert.equal(knownModelFamily('GPT4')?.id, 'gpt');
  assert.equal(knownModelFamily('ChatGPT')?.id, 'chatgpt');
  assert.equal(knownModelFamily('Qwen-7B')?.id, 'qwen');
  assert.equal(knownModelFamily('通义千问2.0')?.id, 'qwen');
  assert.equal(knownModelFamily('ChatGLM-6B')?.id, 'chatglm');
  assert.equal(knownModelFamily('GLM-130B')?.id, 'glm');
  assert.equal(knownModelFamily('文心一言')?.id, 'ernie-bot');
  assert.equal(knownModelFamily('ERNIE 3.0')?.id, 'ernie');
  assert.equal(knownModelFamily('ＤｅｅｐＳｅｅｋ－Ｖ２')?.id, 'deepseek-model');
  assert.equal(knownModelFamily('abab 6.5')?.id, 'abab');
  assert.equal(knownModelFamily('LLaMA2')?.id, 'llama');
  assert.equal(knownModelFamily('盘古')?.developer, 'huawei-cloud');
});

test('does not stretch a family name into a different word', () => {
  assert.equal(knownModelFamily('GPTs'), undefined);
  assert.equal(knownModelFamily('星火燎原'), undefined);
  assert.equal(knownModelFamily('Claudette'), undefined);
});

test('an assistant app is a product of its own, not the model family it runs on; a name written in both scripts is one form', () => {
  assert.equal(knownModelFamily('Kimi智能助手')?.label, 'Product');
  assert.equal(knownModelFamily('Kimi')?.label, 'Model');
  assert.equal(knownModelFamily('昇思MindSpore')?.name, '昇思');
});
