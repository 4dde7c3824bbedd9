// Products named by a list the sentence calls products: 腾讯会议、腾讯文档等产品; 聊天机器人，例如微软小冰、百度度秘等.
import { NAME_WORD_TAGS, type TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

// The kind a list's items are, said after it (…等产品, …等办公应用) or before it (聊天机器人，例如…).
const KIND = '(?:产品|应用|软件|工具|小程序|App|APP|聊天机器人|机器人|助手)';
const CUE_AFTER = new RegExp(`^等[^，,。；;、]{0,4}?${KIND}`);
const CUE_BEFORE = new RegExp(`${KIND}[，,：:]?(?:例如|比如|如|像|包括)$`);
// Words that cannot be part of a listed name: verbs, prepositions, particles, conjunctions, pronouns, numbers, punctuation.
const NOT_IN_NAME = /^(?:v|vd|p|uj|ul|ud|ug|uz|uv|u|c|r|d|m|x|f)$/;
// Single characters that are function words; any other lone character may be part of a coined name (钉/v|钉/v).
const FUNCTION_CHARS = new Set(['是', '有', '用', '在', '和', '与', '及', '或', '等', '的', '了', '将', '把', '被', '让', '使', '对', '向', '从', '如', '其', '该', '这', '那']);
const inName = (w: TaggedWord) => /^[\u3400-\u9fff]$/.test(w.word) ? !FUNCTION_CHARS.has(w.word) : !NOT_IN_NAME.test(w.tag);
const SCORE = 0.65;
// Above reference data (0.85): 小冰 is a company too, but 微软小冰 in a list of chatbots is the product.
const MAKER_NAMED_SCORE = 0.9;

interface Item { words: TaggedWord[]; start: number; text: string }

/** The list items joined by 、 that end at word `last` (inclusive), each one to three name words. */
function listBefore(words: TaggedWord[], last: number): Item[] {
  const items: Item[] = [];
  let i = last;
  for (;;) {
    let j = i;
    while (j >= 0 && i - j < 3 && inName(words[j])) j--;
    if (j === i) return [];
    const own = words.slice(j + 1, i + 1);
    items.unshift({ words: own, start: own[0].start, text: own.map((w) => w.word).join('') });
    if (j < 0 || words[j].word !== '、') return items;
    i = j - 1;
  }
}

/** Is an item a name (proper-name words, characters jieba knows only one by one: 小|冰, 钉|钉) rather than a common noun (识别)? */
function namesSomething(item: Item, k: Knowledge): boolean {
  if (item.text.length < 2 || item.text.length > 10) return false;
  const coined = item.words.length >= 2 && item.words.every((w) => w.word.length === 1);
  return coined || item.words.some((w) => NAME_WORD_TAGS.test(w.tag)) || k.knownNames(item.text).some((n) => n.start === 0);
}

/**
 * 微软小冰: a known company before a name it made up (characters jieba knows only one by one) is the maker, and the
 * product is the rest; 腾讯会议 (a dictionary word after the company) is the product's whole name.
 */
function productPart(item: Item, k: Knowledge): { start: number; text: string } {
  const maker = k.knownNames(item.text).find((n) => n.start === 0 && (n.label === 'Company' || n.label === 'Institution'));
  if (!maker) return { start: item.start, text: item.text };
  const rest = item.words.filter((w) => w.start >= item.start + maker.end);
  const coinedRest = rest.length >= 2 && rest.every((w) => w.word.length === 1) && rest[0].start === item.start + maker.end;
  return coinedRest ? { start: rest[0].start, text: item.text.slice(maker.end) } : { start: item.start, text: item.text };
}

export function findListedProducts(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    // A list ends before 等 (with a kind word after it, or with one and 例如 ahead of the list) or a clause break.
    const next = words[i + 1];
    if (next && next.word !== '等' && !/^[，,。；;]$/.test(next.word)) continue;
    const cueAfter = next?.word === '等' && CUE_AFTER.test(text.slice(next.start, next.start + 12));
    const items = listBefore(words, i);
    if (items.length < 2) continue;
    if (!cueAfter && !CUE_BEFORE.test(text.slice(Math.max(0, items[0].start - 12), items[0].start))) continue;
    if (!items.every((item) => namesSomething(item, k))) continue;
    for (const item of items) {
      // A known model (文心一言、通义千问等产品) keeps what the reference data says it is.
      if (k.model(item.text)) continue;
      const p = productPart(item, k);
      // Named after its maker (微软小冰), it is the maker's product, whatever else the name may be.
      const score = p.start > item.start ? MAKER_NAMED_SCORE : SCORE;
      out.push({ label: 'Product', surface: p.text, start: offset + p.start, end: offset + p.start + p.text.length, method: 'pattern', score });
    }
  }
  return out;
}
