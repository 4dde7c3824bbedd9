// Tiers and chain layers: where a sentence places a model (L0/L1/L2) or an entity (基础层 … 应用层).
import type { ChainLayerCode, TierCode } from '../../schema/index.ts';
import type { Knowledge } from '../recognise/knowledge.ts';
import { labelLayers, mapLine } from '../recognise/map-lines.ts';
import type { EntitySpan } from '../recognise/span.ts';
import type { SentenceView } from '../relations/index.ts';

export interface FoundPlacement { entity: EntitySpan; tier?: TierCode; layer?: ChainLayerCode; confidence: number }

const CLAUSE_END = /[。；;！？]/;
const TIER_LAYER: Record<TierCode, ChainLayerCode> = { L0: 'model.general', L1: 'model.vertical', L2: 'model.vertical' };
/** The tier an explicit code names (L3, rarely written, is folded into L2). */
const tierOfCode = (digit: string): TierCode => (['L0', 'L1', 'L2', 'L2'] as const)[Number(digit)];

// What files a list under a tier: 归入, 归为, 列为, 划入…
const CLASSED_AS = /^\s*(?:被|均|都|可)?(?:归入|归为|归类为|列为|列入|划入|划为|视为|定位为|属于)/;
// Words of a predicate: between a tier cue and a model they end the cue's reach.
const PREDICATE_IN_GAP = /可以|能够|可在|在|将|被|让|使|把|从|向|对/;

/** The text after the last clause end (all of it without one): a scan back, not a split of the whole sentence. */
function lastClause(text: string): string {
  let from = text.length;
  while (from > 0 && !CLAUSE_END.test(text[from - 1])) from--;
  return text.slice(from);
}

/**
 * Does a model word follow a cue ending at `from` closely (金融大模型, 金融领域模型), one that is the named model's own
 * (金融大模型轩辕) and not another model's joined to it (天衡金融大模型和北辰视觉语言大模型)?
 */
function kindAfter(window: string, from: number, nameAt: number): boolean {
  const kind = /^[^，,。；]{0,8}?模型/.exec(window.slice(from));
  if (!kind) return false;
  const kindEnd = from + kind[0].length;
  return kindEnd >= nameAt || !/^(?:和|与|及|、)$/.test(window.slice(kindEnd, nameAt));
}

/**
 * The tier cue nearest before the model in its clause, if it qualifies a model word (通用大模型, 金融领域大模型), the
 * model's own name (云图医疗大模型, 盘古气象大模型: `name`, appended to the text) or the name right after it (面向金融行业的X).
 */
function tierBefore(text: string, k: Knowledge, name = '', tiers = k.cues.tiers): TierCode | undefined {
  // English glosses in brackets (通用人工智能（Artificial General Intelligence，AGI）技术如GPT-4) do not separate cue and model.
  const clause = (lastClause(text) + name).replace(/（[^（）]*）|\([^()]*\)/g, '');
  const window = clause.slice(-30);
  const nameAt = window.length - name.length;
  const explicit = window.match(/\bL([0-3])\b(?!.*\bL[0-3]\b)/);
  // L0层的“星海基座”为后续的星海政务大模型: a code qualifies the name it stands right before (L1级的X, L0大模型X), not one further on.
  const qualifies = explicit && (name === '' || nameAt - (explicit.index! + explicit[0].length) <= 8);
  if (explicit && qualifies) return tierOfCode(explicit[1]);
  let best: { tier: TierCode; at: number } | undefined;
  for (const [tier, cues] of Object.entries(tiers) as [TierCode, readonly string[]][]) {
    for (const cue of cues) {
      const at = window.lastIndexOf(cue);
      // The cue must qualify a model (通用大模型, 金融领域大模型), unless it names one itself (通用人工智能, 基座模型).
      // 小模型可以在ChatGPT类的大模型中…: not a cue for ChatGPT.
      const close = /(?:模型|人工智能)$/.test(cue) && /^[^，,；;：:]{0,12}$/.test(window.slice(at + cue.length))
        && !PREDICATE_IN_GAP.test(window.slice(at + cue.length, Math.max(at + cue.length, nameAt)));
      const rightBeforeName = name !== '' && at + cue.length <= nameAt && /^的?$/.test(window.slice(at + cue.length, nameAt));
      if (at < 0 || (!close && !rightBeforeName && !kindAfter(window, at + cue.length, nameAt))) continue;
      if (!best || at > best.at) best = { tier, at };
    }
  }
  return best?.tier;
}

/**
 * The tier of a model read from a table row: the one its own 类型 cell names (行业大模型: L1), else one the caption names
 * (国内主要通用大模型一览: L0; 行业大模型: L1; 部分L2场景模型: L2; a field such as 代码大模型 names none); else L1 when its
 * industry column names one (金融, 医疗).
 */
export function tableModelTier(caption: string, industry: string | undefined, k: Knowledge, kind?: string): TierCode | undefined {
  const named = (text: string | undefined) => (text ? tierBefore(text, k, '', k.cues.namedTiers) : undefined);
  return named(kind) ?? named(caption) ?? (industry && k.cues.tiers.L1.some((w) => industry.includes(w)) ? 'L1' : undefined);
}

/** The chain layer a tier puts a model on. */
export const tierLayer = (tier: TierCode): ChainLayerCode => TIER_LAYER[tier];

// 在搜索引擎领域，… / 算力方面，…: a topic that opens the sentence places what the sentence names.
const TOPIC = /^(?:在)?([^，,。；]{1,12}?)(?:领域|方面|层面|赛道)[，,]/;
const COMMA_CLAUSE_END = /[，,。；;！？]/;
const LIST_ITEM_END = /[、，,。；;！？]/;
// 中游为模型层，代表企业有百度、智谱AI；下游为应用层，如…: a part of the sentence that opens by naming a link of the chain
// (perhaps after what chain: AI大模型产业链上游为基础层，…) places the companies it goes on to list.
const CHAIN_HEAD = /^[^，,：:；;]{0,12}(?:上游|中游|下游|[^，,：:；;]{1,6}层)[^，,：:；;]{0,14}[，,：:]/;
// 上游为芯片设计与制造: upstream is never the application layer (制造 there is what the companies do, not an industry they
// serve), downstream never the infrastructure.
const OFF_STREAM: Partial<Record<string, RegExp>> = { 上游: /^app/, 下游: /^infra/ };
const streamOf = (head: string): string => head.match(/上游|中游|下游/)?.[0] ?? '';
// The verb right after a company that says it uses (buys, rents, deploys) something rather than provides it.
const USES = /^\s*(?:也|还|则|均|都|主要)?(?:采用|使用|动用|部署|依靠|选择|购买|租用|调用)了?/;
const SELF_MADE = /自家|自研|自主研发|自行研发|自己研发/;
const USED_LATER = /[，,]\s*(?:也|还|则|均|都|主要)?(?:采用|使用|动用|部署|依靠|购买|租用|调用)了?/;
// 已在星河银行、云图银行等机构落地应用, 为星河银行提供…: where something is deployed, or whom it serves, is a customer.
const CUSTOMER_BEFORE = /(?:在|于|为|向|帮助|服务于?)\s*$/;
const CUSTOMER_AFTER = /^(?:[、和及][^，,。；、和及]{1,10})*(?:等[^，,。；]{0,6})?(?:中|内部)?(?:已|已经|成功|全面)?(?:落地|部署|应用|使用|上线|试用|试点|提供)/;
const EXAMPLES_OF = /([^，,。；;：:、]{1,10})[，,：:]?(?:例如|比如|诸如|如|像|包括)[^，,。；;：:]*$/;
const KIND_LAYER: Partial<Record<string, ChainLayerCode>> = { hardware: 'infra.compute', benchmark: 'ecosystem.eval' };
// 百度等企业在数据集、计算能力方面存在短板: a clause that ends by saying the company lacks what its cues name.
const LACKS_AT_END = /(?:短板|不足|差距|欠缺|薄弱)(?:之处)?[\s)）]*$/;

// 算力(英伟达、华为昇腾), 金融(同花顺、恒生电子): a short label right before a bracketed list (text is NFKC: ( and )).
const LABEL_BEFORE = /[^、,，:：;；()\s]{1,8}$/;

/** Each labelled bracket group of the sentence: where its list lies (offsets into the report) and its label's layers. */
function labelledGroups(v: SentenceView, k: Knowledge): { from: number; to: number; layers: ChainLayerCode[] }[] {
  const out: { from: number; to: number; layers: ChainLayerCode[] }[] = [];
  for (let open = v.text.indexOf('('); open >= 0; open = v.text.indexOf('(', open + 1)) {
    const close = v.text.indexOf(')', open);
    const label = v.text.slice(Math.max(0, open - 8), open).match(LABEL_BEFORE)?.[0];
    if (close < 0 || !label) continue;
    const list = v.text.slice(open + 1, close);
    const layers = /[、,，和]/.test(list) && !list.includes('(') ? layersIn(label, k) : [];
    if (layers.length) out.push({ from: v.offset + open + 1, to: v.offset + close, layers });
  }
  return out;
}

/** 1. 算力：英伟达、华为昇腾 (a map's line): the list a label naming a link of the chain heads (offsets into the report), and its layers. */
function labelledLine(v: SentenceView, k: Knowledge): { from: number; to: number; layers: ChainLayerCode[] } | undefined {
  const line = mapLine(v.text);
  const layers = line ? (labelLayers(line.label, k) as ChainLayerCode[]) : [];
  return line && layers.length ? { from: v.offset + line.listStart, to: v.offset + v.text.length, layers } : undefined;
}

/** Layers whose cue words occur in `text`. */
function layersIn(text: string, k: Knowledge): ChainLayerCode[] {
  return (Object.entries(k.cues.layers) as [ChainLayerCode, readonly string[]][]).filter(([, cues]) => cues.some((c) => {
    const at = text.indexOf(c);
    return at >= 0 && (c.charCodeAt(0) > 0x7f || latinWordAt(text, c, at));
  })).map(([layer]) => layer);
}

const isLatinLetter = (ch: string | undefined) => !!ch && /[A-Za-z]/.test(ch);

/** Is a Latin cue, first found at `at`, somewhere a word of its own (search, not the end of Deep Research)? */
function latinWordAt(text: string, cue: string, at: number): boolean {
  for (; at >= 0; at = text.indexOf(cue, at + 1)) if (!isLatinLetter(text[at - 1]) && !isLatinLetter(text[at + cue.length])) return true;
  return false;
}

export function findPlacements(v: SentenceView, k: Knowledge): FoundPlacement[] {
  const out: FoundPlacement[] = [];
  const models = v.of('Model');
  for (const [i, m] of models.entries()) {
    // 通用大模型如文心、通义: a cue before a list qualifies every model in it; but 代码大模型CodeGeeX、文生图模型CogView:
    // an item with a model word of its own takes only what that says.
    const prev = models[i - 1];
    const ownWords = prev && prev.end <= m.start ? v.text.slice(prev.end - v.offset, m.start - v.offset) : '';
    // …法律大模型ChatLaw，其13B版本基于姜子牙: a cue before another model that is no list mate reaches no further.
    const mates = v.listMates(m);
    const apart = !!prev && prev.end <= m.start && !/^\s*[、和及与]/.test(ownWords) && !mates.includes(prev);
    const before = /模型/.test(ownWords) || apart ? ownWords : v.text.slice(0, m.start - v.offset);
    // A cue after the list the model ends (Bert、LLaMA这些强大的基座模型) qualifies every model in it.
    const listEnd = Math.max(...mates.map((x) => x.end)) - v.offset;
    const afterList = v.text.slice(listEnd, listEnd + 12).split(CLAUSE_END)[0];
    // 日日新大模型属于通用基础模型: what the model is said to be.
    const said = v.after(m, 20).match(/^(?:大模型|模型)?(?:属于|是|为)(?:一款|一个|一种|典型的)?([^，,。；]{0,14})/)?.[1];
    // 星海政务大模型（L1）: a tier code in brackets right after the name.
    const bracketed = v.after(m, 8).match(/^\s*\(\s*L([0-3])\s*\)/)?.[1];
    // 本报告将A、B和C归入L2场景模型: a list said to be of a tier is, whatever cues stand inside it (盘古气象大模型).
    const classed = CLASSED_AS.test(afterList) ? tierBefore(afterList, k) : undefined;
    const tier = (bracketed ? tierOfCode(bracketed) : undefined) ?? classed ?? tierBefore(before, k, m.surface) ?? (/^\s*[、，,和及与]/.test(afterList) ? undefined : tierBefore(afterList, k)) ?? (said ? tierBefore(said, k) : undefined);
    // 领域模型…都在基于LLaMA2展开: what industry models are built on is a foundation model.
    // (Not a cue in the model's own name: 推出基于蚂蚁金融大模型的应用 keeps its L1.)
    const placedTier = tier && /基于\s*$/.test(v.before(m, 4)) && tierBefore(before, k) === 'L1' ? 'L0' : tier;
    if (placedTier) out.push({ entity: m, tier: placedTier, confidence: 0.7 }, { entity: m, layer: TIER_LAYER[placedTier], confidence: 0.65 });
    // ChatGPT是一款聊天机器人: what the model is used as.
    const isA = v.after(m, 12).match(/^(?:是|作为)(?:一款|一个|一种)?([^，,。；]{0,8})/);
    if (isA) for (const layer of layersIn(isA[1], k)) if (layer.startsWith('app')) out.push({ entity: m, layer, confidence: 0.6 });
  }
  const topic = v.text.match(TOPIC)?.[1] ?? '';
  const topicLayers = topic ? layersIn(topic, k) : [];
  // Each ；-part's head layers, with where the part's list begins and ends.
  const parts: { from: number; to: number; layers: ChainLayerCode[] }[] = [];
  let at = 0;
  for (const part of v.text.split(/(?<=[；;])/)) {
    // Most parts name no link: the regular expression is asked only where one of its words occurs.
    const head = /层|游/.test(part) ? part.match(CHAIN_HEAD)?.[0] : undefined;
    if (head) parts.push({ from: v.offset + at + head.length, to: v.offset + at + part.length, layers: layersIn(head, k).filter((l) => !OFF_STREAM[streamOf(head)]?.test(l)) });
    at += part.length;
  }
  const chainLayers = (e: EntitySpan) => parts.filter((p) => e.start >= p.from && e.end <= p.to).flatMap((p) => p.layers);
  const line = labelledLine(v, k);
  const groups = line ? [...labelledGroups(v, k), line] : labelledGroups(v, k);
  // A company or product followed in its clause by layer words (在算力层、平台层…布局; 整合到搜索引擎中) sits on those layers.
  // Universities and institutes are not placed on the chain from a passing cue.
  const organisations = v.of('Company', 'Institution');
  const isCustomer = (e: EntitySpan) => {
    const mates = v.listMates(e);
    return CUSTOMER_BEFORE.test(v.before(mates[0], 4)) && CUSTOMER_AFTER.test(v.after(mates[mates.length - 1], 40));
  };
  for (const e of v.of('Company', 'Product')) {
    if (e.label === 'Company' && isCustomer(e)) continue;
    // Bing 搜索引擎、Windows 操作系统: an item of a list is what its own words say, not what the next item's say.
    const listed = /^[^，,。；]{0,8}、/.test(v.after(e, 10)) || /、[^，,。；、]{0,8}$/.test(v.before(e, 10));
    const end = e.label !== 'Product' ? COMMA_CLAUSE_END : listed ? LIST_ITEM_END : CLAUSE_END;
    // A hardware product or a benchmark is placed by what it is, not by words around it (合规率 in a benchmark's clause).
    const fixed = e.label === 'Product' ? KIND_LAYER[e.props?.kind ?? ''] : undefined;
    if (fixed) {
      out.push({ entity: e, layer: fixed, confidence: 0.7 });
      continue;
    }
    // An item of a labelled list is where its label says (with the part's chain head), not where the next group's is.
    const group = groups.find((g) => e.start >= g.from && e.end <= g.to);
    if (group) {
      for (const layer of new Set([...group.layers, ...(e.label === 'Company' ? chainLayers(e) : [])])) out.push({ entity: e, layer, confidence: 0.6 });
      continue;
    }
    // Anthropic、Cohere、Hugging Face等: a cue word that is another organisation's name says nothing about this one
    // (a product's name does: 百度智能云推出千帆大模型平台).
    const others = (text: string) => organisations.reduce((t, s) => (s === e || !t.includes(s.surface) ? t : t.replaceAll(s.surface, '|')), text);
    const clause = others(v.after(e, 40).split(end)[0] ?? '');
    // 聊天机器人，例如微软小冰、百度度秘等: an example's kind is said before 例如.
    const kind = e.label === 'Product' ? v.before(e, 30).match(EXAMPLES_OF)?.[1] ?? '' : '';
    const own = e.label === 'Product' ? `${others(v.before(e, 12).split(listed ? LIST_ITEM_END : COMMA_CLAUSE_END).pop() ?? '')}|${kind}` : '';
    const sentenceLayers = [...(e.start - v.offset > topic.length ? topicLayers : []), ...(e.label === 'Company' ? chainLayers(e) : [])];
    // Meta采用了NVIDIA的V100显卡: a company that uses compute is its customer, not on the compute layer (unless it made it: 自家开发的TPU).
    // 算力方面，OpenAI通过与微软Azure的合作，动用了…GPU: so is the subject whose later clause uses it.
    const rest = v.after(e, 60).split(CLAUSE_END)[0] ?? '';
    const usesCompute = e.label === 'Company' && !SELF_MADE.test(rest) && (USES.test(clause) || (e === organisations[0] && USED_LATER.test(rest)));
    const clauseLayers = LACKS_AT_END.test(clause) ? [] : layersIn(clause + '|' + own, k);
    for (const layer of new Set([...clauseLayers, ...sentenceLayers])) {
      if (!(usesCompute && layer.startsWith('infra'))) out.push({ entity: e, layer, confidence: 0.55 });
    }
  }
  return out;
}
