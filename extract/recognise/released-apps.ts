// Apps named by a coined word and App (or a name and 助手, or a name, AI and a task, or a name and AI that end the
// released item) right after a release: 推出的星野App, 推出了小云助手, 推出的秘塔AI搜索, 推出了海螺AI。
import { NAME_WORD_TAGS, type TaggedWord } from './jieba.ts';
import { isTradeNameIn } from './context.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

const APP = /^(?:App|APP|app)$/;
const ASSISTANT = /^(?:助手|助理)$/;
// 秘塔AI搜索, 星河AI写作: a name, AI and what the product does.
const AI_TASK = /^(?:搜索|搜索引擎|写作|翻译|办公|助手|助理)$/;
const HEAD_IN_TEXT = /app|ai|助手|助理/i;
const isLoneChar = (w: TaggedWord | undefined) => !!w && /^[\u3400-\u9fff]$/.test(w.word) && !/^(?:p|c|u[a-z]*|r|d|m|q|x|v)$/.test(w.tag);
// Before App a common noun (n) may be a coined name; before 助手, which kinds of assistant take too (智能助手,
// 写作助手), only a proper name (小云/nr) may. Verbs, numbers and pronouns never are.
const namesTheApp = (w: TaggedWord, head: TaggedWord) => NAME_WORD_TAGS.test(w.tag) || (w.tag === 'n' && /^(?:App|APP|app|AI)$/.test(head.word));
// 智能AI, 生成式AI, 企业AI: kinds of AI, not names.
const KIND_OF_AI = /^(?:智能|人工|通用|生成式|对话|企业|行业|开源|国产|多模态|具身|端侧|边缘|消费级)$/;
// What may follow the last word of a released name: a clause break or the next item.
const ITEM_END = /^(?:[。，,；;、]|和|与|及|等)$/;

/**
 * `…推出的|推出了 NAME App`: the release verb says something new is named, so the word before App is its name, not a
 * kind of device (手机App, a product cue word, stays unnamed).
 */
export function findReleasedApps(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  // Most sentences name no app: ask before walking the words.
  if (!HEAD_IN_TEXT.test(text)) return [];
  const verbs = [...k.cues.triggers.OFFERS, ...k.cues.triggers.DEVELOPS];
  const out: EntitySpan[] = [];
  for (let i = 2; i < words.length; i++) {
    const aiTask = /^AI$/i.test(words[i].word) && AI_TASK.test(words[i + 1]?.word ?? '') && words[i + 1].start === words[i].end;
    // 推出了海螺AI。: a coined word and AI that end what is released (not a field: 医疗AI).
    const aiEnd = /^AI$/i.test(words[i].word) && ITEM_END.test(words[i + 1]?.word ?? '。') && !KIND_OF_AI.test(words[i - 1].word) && !k.cues.tiers.L1.includes(words[i - 1].word);
    const app = aiTask ? { ...words[i], word: words[i].word + words[i + 1].word, end: words[i + 1].end } : words[i];
    if (!APP.test(app.word) && !ASSISTANT.test(app.word) && !aiTask && !aiEnd) continue;
    // 小|云|助手: a name jieba knows only one character at a time counts as one proper name.
    const split = isLoneChar(words[i - 1]) && isLoneChar(words[i - 2]);
    const name: TaggedWord = split ? { word: words[i - 2].word + words[i - 1].word, tag: 'nz', start: words[i - 2].start, end: words[i - 1].end } : words[i - 1];
    // 秘|塔AI搜索, 星河科技…星河AI写作: before AI and a task, a coined name or the maker's 字号.
    const aiNamed = aiTask && (split || isTradeNameIn(words, words[i - 1], k));
    if (app.start !== name.end || !(namesTheApp(name, app) || aiNamed) || !/^[\u3400-\u9fff]{2,4}$/.test(name.word)) continue;
    if (k.cues.product.includes(name.word) || k.cues.hardware.includes(name.word)) continue;
    const v = split ? i - 3 : i - 2;
    const verb = /^[的了]$/.test(words[v]?.word ?? '') ? words[v - 1] : words[v];
    if (!verb || !verbs.includes(verb.word)) continue;
    out.push({ label: 'Product', surface: name.word + app.word, start: offset + name.start, end: offset + app.end, method: 'pattern', score: 0.7 });
  }
  return out;
}
