// Products and companies named by a list the sentence says they are: 腾讯会议、腾讯文档等产品; 聊天机器人，例如微软小冰、百度度秘等;
// 数据堂、海天瑞声等企业.
import { NAME_WORD_TAGS, type TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import { FUNCTION_CHARS, INVESTOR_OF_ROUND } from './context.ts';
import { isNamingWord } from './cjk-organisations.ts';

// The kind a list's items are, said after it (…等产品, …等办公应用, …等企业) or before it (聊天机器人，例如…).
const PRODUCT_KIND = '(?:产品|应用|软件|工具|小程序|App|APP|聊天机器人|机器人|助手)';
const COMPANY_KIND = '(?:企业|公司|厂商|服务商|供应商|独角兽|大厂|巨头)';
// 等办公应用 yes; 等机构落地应用 no: the kind word must say what the items are, not what is done there.
const cueAfter = (kind: string) => new RegExp(`^等(?:(?!机构|单位|部门|企业|公司)[^，,。；;、]){0,4}?${kind}`);
// 聊天机器人，例如…, 代表企业有…: a kind and a word that opens its examples.
const cueBefore = (kind: string) => new RegExp(`${kind}[，,：:]?(?:例如|比如|如|像|包括|主要有|有)$`);
const KINDS = [
  { label: 'Product' as const, after: cueAfter(PRODUCT_KIND), before: cueBefore(PRODUCT_KIND) },
  { label: 'Company' as const, after: cueAfter(COMPANY_KIND), before: cueBefore(COMPANY_KIND) },
];
// 下游为应用层，如平安好医生、微医等。: the examples a link of the chain opens are its companies, when the list ends its
// clause (应用层主要包括智慧医院、健康管理等场景 lists scenes).
const CHAIN_LINK_BEFORE = /(?:上游|中游|下游|层)[^，,：:；;。]{0,8}?[，,：:]?(?:例如|比如|如|像|包括|主要有|有)$/;
const ENDS_CLAUSE = /^等?(?:[，,。；;]|$)/;
// Words that cannot be part of a listed name: verbs, prepositions, particles, conjunctions, pronouns, numbers, punctuation.
const NOT_IN_NAME = /^(?:v|vd|p|uj|ul|ud|ug|uz|uv|u|c|r|d|m|x|f)$/;
const inName = (w: TaggedWord) => /^[\u3400-\u9fff]$/.test(w.word) ? !FUNCTION_CHARS.has(w.word) : !NOT_IN_NAME.test(w.tag);
const SCORE = 0.65;
// Above reference data (0.85): 小冰 is a company too, but 微软小冰 in a list of chatbots is the product.
const MAKER_NAMED_SCORE = 0.9;

interface Item { words: TaggedWord[]; start: number; text: string }

/** The list items joined by 、 (or 和, 及) that end at word `last` (inclusive), each one to three name words. */
function listBefore(words: TaggedWord[], last: number): Item[] {
  const items: Item[] = [];
  let i = last;
  for (;;) {
    let j = i;
    while (j >= 0 && i - j < 3 && inName(words[j])) j--;
    if (j === i) return [];
    const own = words.slice(j + 1, i + 1);
    items.unshift({ words: own, start: own[0].start, text: own.map((w) => w.word).join('') });
    // A、B、C和D: the last item may be joined by 和 or 及.
    if (j < 0 || !/^(?:、|和|及|以及)$/.test(words[j].word)) return items;
    i = j - 1;
  }
}

/** Is an item a name (proper-name words, characters jieba knows only one by one: 小|冰, 钉|钉) rather than a common noun (识别)? */
function namesSomething(item: Item, k: Knowledge): boolean {
  if (item.text.length < 2 || item.text.length > 10) return false;
  // 小|冰, 数据|堂: a lone character that is no function word makes a coined name of the words around it.
  const coined = item.words.length >= 2 && item.words.some((w) => w.word.length === 1 && /^[\u3400-\u9fff]$/.test(w.word) && !FUNCTION_CHARS.has(w.word));
  return coined || item.words.some((w) => NAME_WORD_TAGS.test(w.tag)) || k.knownNames(item.text).some((n) => n.start === 0);
}

/** Does an item end in a company's suffix after words that name (星河科技; not 科技 alone, 人工智能科技, 北京科技, 生物科技)? */
function hasCompanySuffix(item: Item, k: Knowledge): boolean {
  const typed = k.orgByName(item.text);
  if (typed?.label !== 'Company' || item.text.length < typed.affix.length + 2) return false;
  const head = item.words.filter((w) => w.end <= item.start + item.text.length - typed.affix.length);
  // 生物科技、医疗科技等企业: a field (an industry-tier cue) and a suffix are an industry, not a name.
  return head.length > 0 && head.every((w) => isNamingWord(w, k) && !k.cues.tiers.L1.includes(w.word));
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

const makerAndProduct = (text: string, k: Knowledge): boolean =>
  k.knownNames(text).some((n) => n.start === 0 && (n.label === 'Company' || n.label === 'Institution') && !!k.model(text.slice(n.end)));

export function findListedNames(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    // A list ends before 等 (with a kind word after it, or with one and 例如 ahead of the list) or a clause break.
    const next = words[i + 1];
    if (next && next.word !== '等' && !/^[，,。；;]$/.test(next.word)) continue;
    const items = listBefore(words, i);
    if (items.length === 0) continue;
    const after = next?.word === '等' ? text.slice(next.start, next.start + 12) : '';
    const before = text.slice(Math.max(0, items[0].start - 12), items[0].start);
    const kind = KINDS.find((c) => c.after.test(after) || c.before.test(before))
      // 阿里巴巴、红杉中国、星河书等参与投资: the investors of a round are companies.
      ?? ((CHAIN_LINK_BEFORE.test(before) && ENDS_CLAUSE.test(text.slice(words[i].end, words[i].end + 2))) || INVESTOR_OF_ROUND.test(after) ? KINDS[1] : undefined);
    if (!kind) continue;
    // 星河科技、云图智能等企业, 星河科技等国内企业: a company's suffix names an item of a list of companies, even alone.
    const isCompany = (item: Item) => kind.label === 'Company' && hasCompanySuffix(item, k);
    if (items.length === 1 ? !(isCompany(items[0]) && kind.after.test(after)) : !items.every((item) => namesSomething(item, k) || isCompany(item))) continue;
    for (const item of items) {
      // A known model or organisation (文心一言、通义千问等产品, 百度、阿里等企业) keeps what the reference data says it is.
      // 华为昇腾 among companies: a known maker and its known product are read as the reference data says, not as one company.
      if (k.model(item.text) || (kind.label === 'Company' && (k.organisation(item.text) || makerAndProduct(item.text, k)))) continue;
      if (kind.label === 'Company') {
        out.push({ label: 'Company', surface: item.text, start: offset + item.start, end: offset + item.start + item.text.length, method: 'pattern', score: SCORE });
        continue;
      }
      const p = productPart(item, k);
      // Named after its maker (微软小冰), it is the maker's product, whatever else the name may be.
      const score = p.start > item.start ? MAKER_NAMED_SCORE : SCORE;
      out.push({ label: 'Product', surface: p.text, start: offset + p.start, end: offset + p.start + p.text.length, method: 'pattern', score });
    }
  }
  return out;
}
