// Model names that join a Chinese 字号 to a Latin part: 北辰-7B, 百川-13B-Chat (a size after a hyphen), 星河GPT (a
// model-family word written right after the 字号).
import { FUNCTION_WORD_TAGS, type TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import { FUNCTION_CHARS } from './context.ts';

// -7B, -13B-Chat, －2.5B: a parameter count after a hyphen marks a model (size units: thousand, million, billion, trillion).
const SIZE_TAIL = /^[-－]\d+(?:\.\d+)?[KkMmBbTt](?:-[A-Za-z][A-Za-z0-9]*)*(?![A-Za-z0-9])/;
// GPT, GLM, Chat, Coder: what a model's Latin half is, written with no space after the 字号 (not LLM: 金融LLM describes).
const FAMILY_TAIL = /^(?:GPT|GLM|Chat|Coder)(?:[-.]?\d+(?:\.\d+)*[A-Za-z]?)?(?![A-Za-z0-9])/;
const TAIL_OPENERS = new Set(['-', '－', 'G', 'C']);
// Tags of a 字号: nouns, names, abbreviations (not verbs, particles, numbers).
const STEM_TAGS = /^(?:n|nr|nrt|nz|ns|j|ng|x)$/;
// Words that say what a model is or how big, not whose: 参数-7B, 模型GPT.
const KIND_WORD = /^(?:模型|大模型|参数|版本|规模|系列|架构|基座|开源|中文|英文|对话|通用)$/;

/**
 * The 字号 ending at character `at`: one word of two to four Chinese characters opening a name (no name word before it)
 * that is not itself an organisation's or place's name.
 */
function stemBefore(words: TaggedWord[], at: number, k: Knowledge): TaggedWord | undefined {
  const i = words.findIndex((x) => x.end === at);
  // 天/q | 衡/ns -13B: two characters jieba cut apart are one 字号.
  const split = i > 0 && [words[i], words[i - 1]].every((x) => /^[\u3400-\u9fff]$/.test(x.word) && !FUNCTION_CHARS.has(x.word));
  const [w, before] = split ? [{ ...words[i], word: words[i - 1].word + words[i].word, tag: 'nz', start: words[i - 1].start }, words[i - 2]] : [words[i], words[i - 1]];
  // What comes before the 字号 continues no name: a function word, a number (500亿参数…), or a kind word (通用大模型北辰-7B).
  if (!w || (before && !FUNCTION_WORD_TAGS.test(before.tag) && before.tag !== 'm' && !KIND_WORD.test(before.word)) || !/^[\u3400-\u9fff]{2,4}$/.test(w.word) || !STEM_TAGS.test(w.tag) || KIND_WORD.test(w.word)) return undefined;
  // 百度GPT would be 百度's model named by a family, not a model of that name; 北京GPT a place's.
  if (k.knownNames(w.word).some((n) => n.end - n.start === w.word.length) || k.regions(w.word).some((r) => r.end - r.start === w.word.length) || k.orgByName(w.word)) return undefined;
  return w;
}

export function findMixedModels(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let at = 2; at < text.length; at++) {
    // Every tail opens with a hyphen or one of these capitals: most positions are passed over on one character.
    if (!TAIL_OPENERS.has(text[at]) || !/[\u3400-\u9fff]/.test(text[at - 1])) continue;
    const tail = SIZE_TAIL.exec(text.slice(at, at + 24))?.[0] ?? FAMILY_TAIL.exec(text.slice(at, at + 12))?.[0];
    if (!tail) continue;
    const stem = stemBefore(words, at, k);
    if (!stem) continue;
    out.push({ label: 'Model', surface: stem.word + tail, start: offset + stem.start, end: offset + at + tail.length, method: 'pattern', score: 0.8 });
  }
  return out;
}
