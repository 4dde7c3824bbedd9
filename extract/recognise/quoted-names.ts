// Names in quotes next to a release verb or a model/product word: 推出了“智谱清言”, “悟道”大模型.
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import { after, before, cueWithin, hasAny } from './context.ts';
import { tagWords } from './jieba.ts';

const QUOTED = /[“"「『]([^“”"「」『』\n]{1,24})[”"」』]/g;

// Verbs, adjectives, adverbs, idioms: “堪比人脑”, “小而美”, “行动起来” say something; names do not.
const PHRASE_TAGS = /^(?:v|vn|vd|a|ad|an|d|l|i|uj|ul|p|c)$/;
const isPhrase = (quoted: string) => /[的了]/.test(quoted) || tagWords(quoted).some((w) => PHRASE_TAGS.test(w.tag) && /[\u3400-\u9fff]/.test(w.word));

// What may stand between a release verb and the name it releases: 推出了一款名为“…”, 发布全新的“…”.
const RELEASE_FILLER = /(?:了|出)?(?:一款|一个|一种|全新的?|新一代的?|新的)?(?:名为|叫做|称为)?\s*$/;

/** 推出了“智谱清言” yes; 构建稳固的“数据飞轮”, 开发…其将像“超级大脑” no: the verb must release the quoted name itself. */
const releasedRightBefore = (pre: string, verbs: readonly string[]) => {
  const bare = pre.replace(RELEASE_FILLER, '');
  return verbs.some((v) => bare.endsWith(v));
};

export function findQuotedNames(text: string, offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  const releaseVerbs = [...k.cues.triggers.DEVELOPS, ...k.cues.triggers.OFFERS];
  for (const m of text.matchAll(QUOTED)) {
    const name = m[1].trim();
    // “国民级”, “现象级” grade something; they name nothing.
    if (!name || /[，。；,;：:！？]/.test(name) || name.length > 16 || /级$/.test(name)) continue;
    const pre = before(text, m.index!, 10);
    const post = after(text, m.index! + m[0].length, 6);
    const start = offset + m.index! + m[0].indexOf(name);
    const span = (label: EntitySpan['label'], score: number): EntitySpan => ({ label, surface: name, start, end: start + name.length, method: 'pattern', score });
    const known = k.model(name);
    // 拥有“堪比人脑”的多模态能力: a quoted phrase before 的 describes the thing the cue word names.
    const describes = post.startsWith('的') && isPhrase(name);
    if (known) out.push(span(known.label, 0.85));
    else if (describes) continue;
    // “星海基座”大模型, 金融大模型“蚁鉴”, L0层的“星海基座”: a model word or a tier code qualifies the name.
    else if (hasAny(post.slice(0, 4), k.cues.model) || /(?:模型|\bL[0-3][层级]?的?)$/.test(pre)) out.push(span('Model', 0.8));
    // 训练芯片“启明X2”: a hardware word before the name.
    else if (k.cues.hardware.some((w) => pre.endsWith(w))) out.push({ ...span('Product', 0.75), props: { kind: 'hardware' } });
    else if (cueWithin(post, k.cues.product, 3) || /(?:产品|平台|应用|助手|工具|软件|小程序|App|APP|机器人|智能体)$/.test(pre)) out.push(span('Product', 0.75));
    else if (releasedRightBefore(pre, releaseVerbs) && /[\u3400-\u9fffA-Za-z]/.test(name) && name.length >= 2 && !isPhrase(name)) out.push(span('Model', 0.6));
  }
  return out;
}
