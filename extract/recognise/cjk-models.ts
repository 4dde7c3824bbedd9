// Chinese model names written with their kind: 盘古大模型, 星火认知大模型, 华为·气象大模型.
import { isOrgLabel, type EntitySpan } from './span.ts';
import { NAME_WORD_TAGS, type TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import { opensWithVersion } from './model-versions.ts';
import { FUNCTION_CHARS, isTradeNameIn } from './context.ts';

// Words that make `X大模型` a description (通用大模型, 金融大模型) or part of a phrase (面向大模型的) rather than a name.
const DESCRIPTIVE = /(?:通用|行业|垂直|领域|专业|基础|基座|开源|闭源|国产|国内|国外|海外|国际|多模态|语言|预训练|大型|超大|规模|千亿|万亿|百亿|参数|自研|金融|医疗|法律|教育|政务|工业|能源|汽车|交通|科学|生物|代码|视觉|图像|语音|中文|英文|场景|细分|任务|应用|相关|主流|各类|自有|首个|首款|首批|新款|新版|新一代|最新|全新|多款|这款|该款|此款|这些|人工智能|智能|先进|全球|地区|第[一二三四五]代|推动|发展|随着|加速|企业|技术|产业|我们|数据|对话|生成式|认知|其他|其它|当前|目前|部分|多数|少数|众多|一些|多家|各家|不少|面向|针对|围绕|包括|对于|关于|地方|本地|各地|区域)$/;
const NAME_TAGS = /^(?:nz|nr|nrt|nrfg|n|x|eng|j)$/;
// What may stand before a model name: nothing, punctuation, an organisation, or a release verb.
const BOUNDARY = /^(?:[，,、。；;：:“”"（）()]|发布|推出|上线|开源|名为|的|了|与|和|及|由|基于|采用|搭载|接入|将|把)$/;

// Fields a model is built for (金融大模型): after a proper name they complete a model's name.
// 多模态, 视觉语言, 轻量化: what kind of model, said between its name and 大模型 as a field is (天枢多模态大模型).
const MODALITY = /^(?:多模态|跨模态|视觉语言|语言|图文|轻量化|轻量级|端侧)$/;
const FIELD = /^(?:金融|医疗|医学|法律|教育|政务|工业|能源|汽车|交通|科学|生物|代码|编程|视觉|图像|语音|气象|电力|农业|营销|客服|办公|财税|保险|证券|制造|传媒)$/;
// 天枢通用大模型: the general kind after a model's own name.
const GENERAL = /^(?:通用|基础|基座)$/;
// People's and other proper names (not places: 北京金融大模型 may describe a city's model market).
const PROPER_NAME = /^(?:nr|nrt|nz|j)$/;
// GPT系列大模型, 文心等大模型: words that group models, not a field.
const GROUP_WORD = /^(?:系列|家族|之类|这类|这些|那些|一类|同类|其他|其它|旗下)$/;
// Above the known family's own name (0.85 with a containment bonus of 0.2 for the longer span): the full name wins.
const FAMILY_FIELD_SCORE = 0.7;

/** Does the text before word `j` end with an organisation's name (a known one, or one ending 公司/集团), or its 旗下? */
function organisationBefore(words: TaggedWord[], j: number, k: Knowledge): boolean {
  const words4 = words.slice(Math.max(0, j - 4), j).map((w) => w.word).join('');
  const tail = words4.replace(/旗下$/, '');
  // 云图智能旗下的…: what 旗下 follows is an owner, so a name ending in an organisation suffix will do.
  if (tail !== words4 && k.orgByName(tail)) return true;
  // 星河科技的天枢大模型: a 字号 and an organisation suffix right before 的.
  if (words[j - 1] && k.isOrgAffix(words[j - 1].word) && /^(?:n|nr|nz|ns|j)$/.test(words[j - 2]?.tag ?? '') && words[j - 2].word.length >= 2 && !DESCRIPTIVE.test(words[j - 2].word)) return true;
  return /(?:公司|集团)$/.test(tail) || k.knownNames(tail).some((n) => n.end === tail.length && isOrgLabel(n.label));
}

/**
 * 发布了 拓/nr | 天大/nz | 模型: jieba glued 大 to the last character of a name it split; a lone name character before
 * it, right after a boundary, makes the three one model name (强大模型, 更大模型 stay descriptions). Returns where the
 * name begins.
 */
function gluedKindStart(words: TaggedWord[], i: number): number | undefined {
  if (words[i].word !== '模型' || i < 2) return undefined;
  const [a, b, c] = [words[i - 3], words[i - 2], words[i - 1]];
  if (!/^[\u3400-\u9fff]大$/.test(c.word) || !/^[\u3400-\u9fff]$/.test(b.word) || !PROPER_NAME.test(b.tag) || (a && !BOUNDARY.test(a.word))) return undefined;
  return i - 2;
}

/**
 * Index of the word that opens 大模型 (jieba cuts it 大 | 模型) or 基座模型 ending at word `i`; or a modality's 模型 right
 * after a person's or other proper name (孟子 | 轻量化 | 模型), a name without 大 (中文语言模型 names nothing).
 */
const kindStart = (words: TaggedWord[], i: number): number => {
  if (words[i].word === '大模型') return i;
  if (words[i].word !== '模型' || i < 1) return -1;
  if (/^(?:大|基座)$/.test(words[i - 1].word)) return i - 1;
  return i >= 2 && MODALITY.test(words[i - 1].word) && PROPER_NAME.test(words[i - 2].tag) && words[i - 2].word.length >= 2 ? i - 1 : -1;
};

/** A model named by words `from` to `to` (the end of 大模型). */
const modelSpan = (words: TaggedWord[], from: number, to: number, offset: number, score: number): EntitySpan => ({
  label: 'Model', surface: words.slice(from, to + 1).map((w) => w.word).join(''), start: offset + words[from].start, end: offset + words[to].end, method: 'pattern', score,
});

// What a release may name after its kind that is no model's name (推出了金融大模型产品，).
const NOT_A_NAME_AFTER = /^(?:产品|服务|平台|应用|方案|技术|能力|体系|生态|系列|版本|家族|矩阵|底座|基座|工具|助手|解决方案)$/;

const coinedChar = (w: TaggedWord | undefined) => !!w && /^[\u3400-\u9fff]$/.test(w.word) && !FUNCTION_CHARS.has(w.word);

/**
 * 度小满推出了金融大模型轩辕，: a release verb, the model's kind (perhaps with its field), then a name of two to four
 * characters that ends the clause (one word, or characters jieba knows only one by one: 医|知|鹿, 京|医|千|询): the kind was put
 * before the new model's own name. The index of the name's last word.
 */
function namedAfterKind(words: TaggedWord[], i: number, kind: number, k: Knowledge): number | undefined {
  const name = words[i + 1];
  let last = i + 1;
  while (last < i + 4 && coinedChar(words[last]) && coinedChar(words[last + 1])) last++;
  if (last > i + 1) {
    if (!coinedChar(name)) return undefined;
  } else if (!name || !/^[\u3400-\u9fff]{2,3}$/.test(name.word) || !/^(?:n|nz|nr|nrt|j)$/.test(name.tag) || NOT_A_NAME_AFTER.test(name.word) || k.cues.product.includes(name.word)) return undefined;
  if (words[last + 1] && !/^[，,。；;、]$/.test(words[last + 1].word)) return undefined;
  // 开源了1760亿参数的金融行业大模型轩辕: the field and kind words, a size said with 的, then the release.
  let p = kind - 1;
  for (let n = 0; n < 3 && words[p] && (FIELD.test(words[p].word) || DESCRIPTIVE.test(words[p].word)); n++) p--;
  if (words[p]?.word === '的') {
    let q = p - 1;
    while (q > p - 5 && words[q] && (words[q].tag === 'm' || /^(?:参数|规模|级|量级|参数量)$/.test(words[q].word))) q--;
    if (q < p - 1) p = q;
  }
  if (words[p]?.word === '了') p--;
  return words[p] && k.cues.triggers.DEVELOPS.includes(words[p].word) ? last : undefined;
}

// What a platform for models does: 开发平台, 服务平台, 精调平台.
const PLATFORM_KIND = /^(?:开发|训练|服务|开放|应用|推理|精调|微调)$/;

/** Index of the word that ends 平台 right after 大模型 ending at word `i` (星河大模型 | 开发 | 平台, 大模型 | 平台). */
function platformEnd(words: TaggedWord[], i: number): number | undefined {
  const [a, b] = [words[i + 1]?.word, words[i + 2]?.word];
  if (a === '平台' || (a && /平台$/.test(a) && PLATFORM_KIND.test(a.slice(0, -2)))) return i + 1;
  return a && PLATFORM_KIND.test(a) && b === '平台' ? i + 2 : undefined;
}

/**
 * Index of the first word of a name of three to six characters that runs from a release (发布的, 推出了) right up to
 * the model's kind at word `kind` (or its field: 京医千询医疗大模型), when jieba cut it into characters none of which is a
 * function word or a description. Before a field two characters do, when jieba took one for a name (天/q 衡/ns 金融大模型;
 * not 首/m 款/q).
 */
function releasedName(words: TaggedWord[], kind: number, k: Knowledge): number | undefined {
  const field = words[kind - 1] && FIELD.test(words[kind - 1].word);
  let j = field ? kind - 1 : kind;
  const end = j;
  let chars = 0;
  while (j > 0 && /^[\u3400-\u9fff]$/.test(words[j - 1].word) && !FUNCTION_CHARS.has(words[j - 1].word) && chars < 6) { j--; chars++; }
  if (chars < 2 || (chars === 2 && !(field && words.slice(j, end).some((w) => NAME_WORD_TAGS.test(w.tag))))) return undefined;
  const verb = /^[的了]$/.test(words[j - 1]?.word ?? '') ? words[j - 2] : words[j - 1];
  return verb && k.cues.triggers.DEVELOPS.includes(verb.word) ? j : undefined;
}

export function findCjkModels(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const glued = gluedKindStart(words, i);
    if (glued !== undefined) {
      out.push(modelSpan(words, glued, i, offset, 0.6));
      continue;
    }
    const kind = kindStart(words, i);
    if (kind < 1) continue;
    const after = namedAfterKind(words, i, kind, k);
    if (after !== undefined) {
      out.push(modelSpan(words, i + 1, after, offset, 0.6));
      continue;
    }
    // 发布的 京/ns | 医/n | 千/m | 询/v 大模型: whatever a release names before its kind is the model's name.
    const released = releasedName(words, kind, k);
    if (released !== undefined) {
      out.push(modelSpan(words, released, i, offset, 0.6));
      continue;
    }
    // 天/q | 衡/ns 大模型: a name jieba knows only one character at a time is one proper name.
    const split = kind >= 2 && [words[kind - 1], words[kind - 2]].every((w) => /^[\u3400-\u9fff]$/.test(w.word) && !/^(?:p|c|u[a-z]*|r|d|m|x|f)$/.test(w.tag) && !FUNCTION_CHARS.has(w.word));
    // 天枢 | 多 | 模态 | 大模型: a modality of one or two words stands where a field would, and is read as one.
    const modal = [2, 1].map((n) => kind - n).find((m) => m >= 1 && MODALITY.test(words.slice(m, kind).map((w) => w.word).join('')));
    const from = modal ?? (split ? kind - 2 : kind - 1);
    const name: TaggedWord = from < kind - 1 ? { word: words.slice(from, kind).map((w) => w.word).join(''), tag: modal !== undefined ? 'n' : 'nz', start: words[from].start, end: words[kind - 1].end } : words[kind - 1];
    // 中文语言大模型: before a modality, a describing word is no name either.
    const isField = (w: TaggedWord) => FIELD.test(w.word) || (modal !== undefined && MODALITY.test(w.word) && !DESCRIPTIVE.test(words[modal - 1].word));
    const prev = words[from - 1];
    // 盘古气象大模型, 星火医疗大模型: a known family's model for a field is a model of its own, named in full.
    if (prev && k.model(prev.word)?.label === 'Model' && /^[\u3400-\u9fff]{2,4}$/.test(name.word) && !GROUP_WORD.test(name.word)) {
      out.push(modelSpan(words, from - 1, i, offset, FAMILY_FIELD_SCORE));
      continue;
    }
    // 云图金融大模型: a proper name before a field names that field's model (the field alone only describes); so does
    // the 字号 of a company the sentence names (星河科技推出了星河金融大模型).
    if (prev && (PROPER_NAME.test(prev.tag) || isTradeNameIn(words, prev, k)) && prev.word.length >= 2 && isField(name) && (!words[from - 2] || BOUNDARY.test(words[from - 2].word) || words[from - 2].word === '模型')) {
      out.push(modelSpan(words, from - 1, i, offset, 0.6));
      continue;
    }
    // 训练了天枢法律大模型, 如星河金融大模型, 自研的天枢通用大模型, …大模型和天枢视觉语言大模型: right after a release, a list's
    // opening, 自研的 or another model joined by 和, a plain noun before a field (or 通用) is the model's name too.
    const opening = words[from - 2];
    if (prev && /^[\u3400-\u9fff]{2}$/.test(prev.word) && /^(?:n|nz|ng)$/.test(prev.tag) && (isField(name) || GENERAL.test(name.word))
      && !DESCRIPTIVE.test(prev.word) && !FIELD.test(prev.word) && !k.regions(prev.word).some((r) => r.start === 0)
      && !!opening && (k.cues.triggers.DEVELOPS.includes(opening.word) || /^(?:了|如|例如|比如|包括|、)$/.test(opening.word)
        || (/^(?:和|与|及)$/.test(opening.word) && /模型$/.test(words[from - 3]?.word ?? ''))
        || (opening.word === '的' && /自研|自主/.test(words.slice(Math.max(0, from - 5), from - 2).map((w) => w.word).join(''))))) {
      out.push(modelSpan(words, from - 1, i, offset, 0.6));
      continue;
    }
    // 垂类大模型: a tier's own word is a kind, not a name.
    if (!NAME_TAGS.test(name.tag) || name.word.length < 2 || DESCRIPTIVE.test(name.word) || !/[\u3400-\u9fff]/.test(name.word) || Object.values(k.cues.tiers).some((cues) => cues.includes(name.word))) continue;
    if (prev && !BOUNDARY.test(prev.word) && prev.tag !== 'nt' && !/^(?:ns|nz)$/.test(prev.tag)) continue;
    // 企业的办公大模型 describes; 华为的盘古大模型 names: after 的 only an organisation's model is taken as named.
    if (prev?.word === '的' && !organisationBefore(words, from - 1, k)) continue;
    // 大模型公司, 大模型企业: companies of a kind, not a model.
    if (/^(?:公司|企业|厂商|初创公司|创业公司)$/.test(words[i + 1]?.word ?? '')) continue;
    // 星河大模型开发平台: the platform built around the model is the product named; 星河大模型开发平台“星舰”: a kind before
    // the platform's own name, which names nothing itself.
    const platform = platformEnd(words, i);
    if (platform !== undefined) {
      if (!/^\s*[A-Za-z“"「]/.test(words[platform + 1]?.word ?? '')) out.push({ ...modelSpan(words, from, platform, offset, 0.6), label: 'Product', props: { kind: 'platform' } });
      continue;
    }
    // 编程大模型 CodeGeeX, 对话大模型“…”: a kind put before the model's own name (a version after it is no name: 星河大模型V2).
    const next = words.slice(i + 1, i + 3).map((w) => w.word).join('');
    if (/^\s*[A-Za-z“"「]/.test(next) && !opensWithVersion(next)) continue;
    out.push(modelSpan(words, from, i, offset, 0.6));
  }
  return out;
}
