import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultKnowledge } from './default-knowledge.ts';
import { addsNothing, learntAtWordEnds, recogniseSentence, sentenceEntities } from './sentence-entities.ts';
import { SurfaceIndex } from './surface-index.ts';

const k = defaultKnowledge();

/** A sentence's reading on its own, and with the names a report taught (the second pass of extraction). */
function readings(sentence: string, taughtBy: string[]) {
  const learnt = new SurfaceIndex();
  for (const other of taughtBy) {
    for (const e of sentenceEntities(other, 0, k, recogniseSentence(other, 0, k).spans)) if (e.label !== 'Region') learnt.add(e);
  }
  const read = recogniseSentence(sentence, 0, k);
  const recognised = read.spans;
  const extra = learntAtWordEnds(learnt.find(sentence, 0), read, 0);
  return { extra, recognised, alone: sentenceEntities(sentence, 0, k, recognised), taught: sentenceEntities(sentence, 0, k, recognised, extra) };
}

test('names learnt where the recognisers already found them add nothing, and the second reading is the first', () => {
  for (const sentence of ['星河科技有限公司发布了星河GPT大模型。', '清华大学与智谱AI联合发布GLM-130B。', '南山大学教授陈思远担任云图智能首席科学家。']) {
    const r = readings(sentence, [sentence]);
    assert.ok(r.extra.length > 0, `${sentence}: the sentence teaches its own names`);
    assert.ok(addsNothing(r.extra, r.recognised), sentence);
    assert.deepEqual(r.taught, r.alone, sentence);
  }
});

test('a name learnt elsewhere that the recognisers missed here is not nothing: the second reading has it', () => {
  const r = readings('星河正在招聘算法工程师。', ['星河科技有限公司（以下简称“星河”）成立于2021年。']);
  assert.ok(!addsNothing(r.extra, r.recognised));
  assert.ok(r.taught.some((s) => s.surface === '星河'), JSON.stringify(r.taught));
  assert.ok(!r.alone.some((s) => s.surface === '星河'), JSON.stringify(r.alone));
});

test('a name learnt elsewhere is not found where it ends inside a word, unless another name starts there', () => {
  const taughtBy = ['星河医疗推出了“云诊”在线问诊平台。'];
  assert.deepEqual(readings('北辰医院开设了云诊室，患者可在线复诊。', taughtBy).extra, []);
  assert.deepEqual(readings('云诊上线一年，用户突破百万。', taughtBy).extra.map((s) => s.surface), ['云诊']);
  // 华为|云盘|古: the learnt 华为云 ends inside 云盘, where the model 盘古 begins.
  assert.ok(readings('华为云盘古大模型已上线。', ['华为云发布了新一代服务。']).extra.some((s) => s.surface === '华为云'));
});
