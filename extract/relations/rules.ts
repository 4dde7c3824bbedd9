// Relation rules over one sentence: trigger words between typed spans, adjacency, lists.
import type { RelType } from '../../schema/index.ts';
import type { Knowledge } from '../recognise/knowledge.ts';
import { hasAny, INVESTOR_OF_ROUND, WORK_VERB } from '../recognise/context.ts';
import { isOrgLabel, type EntitySpan } from '../recognise/span.ts';
import type { SentenceView } from './sentence-view.ts';
import { isStandIn } from './topics.ts';

/** A relation a rule read off a sentence. */
export interface Found { type: RelType; from: EntitySpan; to: EntitySpan; confidence: number }
type Rule = (v: SentenceView, k: Knowledge) => Found[];

const MAX_GAP = 30;
const ADJACENT = /^(?:的)?$/;
// 旗下的AI助手, 旗下的: what a company has under it is its own.
const OWNED = /^旗下(?:的)?[^，,。；;]{0,8}$/;
const ORG = ['Company', 'Institution'] as const;
// 创始人, 联合创始人, 创办人 opening a title: the person founded the organisation.
const FOUNDER_TITLE = /^(?:联合)?创始人|^创办人/;
// 零一万物由李开复于2023年创办, 由前谷歌研究员张海峰创立: the text from a company to the agent 由 names, in one clause.
const BY_AGENT = /^[)）]?[，,]?(?:于\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?)?(?:是|系)?由[^，,。；;]*$/;
// 寒武纪成立于2016年，由陈天石创立: a later clause of the subject's, with no subject of its own, that opens with 由.
const BY_AGENT_LATER = /[，,]由[^，,。；;]*$/;
// 张建中创业前曾任英伟达…: the founding before which a post was held is of another company.
const BEFORE_FOUNDING = /创业(?:之)?前|创办[^，,。；;]{0,8}前|离职创业后/g;
// 发布了性能超越GPT-4的模型: the model after a comparison word is the yardstick, not the release.
const COMPARED = /(?:超越|超过|媲美|比肩|对标|直逼|逼近|接近|追平|看齐|堪比|优于|不输|类似于?|相比|比)(?:了)?$/;
/** 发布了与ChatGPT具有相似功能的产品: 与 MODEL followed by a likeness word. */
const comparedAfter = (v: SentenceView, model: EntitySpan, mid: string) =>
  /(?:与|和|跟|同)$/.test(mid) && /^[^，。；]{0,6}(?:相似|类似|相当|一样|相同|同类|媲美|竞争)/.test(v.after(model, 12));

/** Pairs (a before b) of the given labels with the text between them. */
function pairs(v: SentenceView, from: readonly string[], to: readonly string[]): [EntitySpan, EntitySpan, string][] {
  const out: [EntitySpan, EntitySpan, string][] = [];
  for (const a of v.spans) for (const b of v.spans) {
    if (a.start < b.start && from.includes(a.label) && to.includes(b.label)) {
      const mid = v.between(a, b);
      if (mid.length <= MAX_GAP) out.push([a, b, mid]);
    }
  }
  return out;
}

/**
 * A gapped trigger (是…子公司, 以…为基础) around one end: its first part ends the text before that end, its last
 * part comes within a few characters after it, or after the price or means of a deal (被星河科技以10亿元收购).
 */
const around = (pre: string, post: string, words: readonly string[]) => words.some((w) => {
  const parts = w.split('…');
  if (parts.length !== 2) return false;
  const at = post.indexOf(parts[1]);
  return pre.endsWith(parts[0]) && at >= 0 && (at <= 3 || /^(?:以|斥资|出资)[^，,。；;]{1,10}$/.test(post.slice(0, at)));
});

/** The part of `s` from `start` to `end` (offsets into the surface) as a span of its own. */
const part = (s: EntitySpan, label: EntitySpan['label'], start: number, end: number, props?: Record<string, string>): EntitySpan =>
  ({ label, surface: s.surface.slice(start, end), start: s.start + start, end: s.start + end, method: 'rule', score: s.score, ...(props ? { props } : {}) });

/** 零一万物发布了Yi-34B，该模型基于LLaMA…: a clause break after the released model, with no new release verb, ends the release. */
function releaseEndedBefore(v: SentenceView, a: EntitySpan, b: EntitySpan, trig: readonly string[]): boolean {
  const last = v.spans.filter((s) => (s.label === 'Model' || s.label === 'Product') && s.start >= a.end && s.end <= b.start).pop();
  if (!last) return false;
  const clauses = v.between(last, b).split(/[，,；;]/);
  // …Orion系列模型，包括Orion-7B、Orion-13B: a clause that lists what was released goes on with the release.
  if (clauses.length === 2 && /^\s*(?:包括|包含|涵盖|分别为|分别是|即)/.test(clauses[1])) return false;
  if (clauses.length < 2) return false;
  const later = clauses.slice(1).join('，');
  if (!hasAny(later, trig)) return true;
  // …HithinkGPT，医联发布了MedGPT: a clause whose verb has a subject of its own (a word nothing recognised) is another release.
  const verbAt = Math.min(...trig.map((t) => later.indexOf(t)).filter((n) => n >= 0));
  const subject = later.slice(0, verbAt).trim();
  return /^[\u3400-\u9fff]{2,8}$/.test(subject) && !CLAUSE_ADVERBS.test(subject);
}

// What may open a clause that goes on with the same subject: 并, 同时, 随后, 此外, 近日…
const CLAUSE_ADVERBS = /^(?:并|还|又|也|亦|则|再|已|已经|同时|随后|此外|另外|之后|此后|近日|日前|今年|去年|年内|再次|进一步|正式|先后|陆续|相继|首次|率先|持续|不断|还将|将|计划|宣布|此次|本次|同期|当天|当日|目前|现已|后续|未来|基于此|在此基础上)+$/;

// A later clause that opens with the company it is about, unnamed: …，公司推出了…, …，该公司发布…
const COMPANY_ANAPHOR = /[，,]\s*(?:该|这家|此)?(?:公司|企业)[^，,；;。]*$/;

// …训练的, …推出的, …开发的: a clause that describes what its organisation made.
const MADE_THE = /(?:训练|推出|开发|研发|发布|打造|构建)的/;

/** ORG … 发布/推出 … MODEL, ORG的MODEL, ORG MODEL (百度文心), and MODEL 由 ORG 开发. */
const develops: Rule = (v, k) => {
  const out: Found[] = [];
  const trig = k.cues.triggers.DEVELOPS;
  for (const [a, b, mid] of pairs(v, [...ORG, 'Person'], ['Model'])) {
    // 超越了GPT-4和Claude: a comparison before a list covers every model in it.
    const listHead = v.listMates(b)[0];
    if (v.anyBetween(a, b, [...ORG, 'Person']) || COMPARED.test(listHead === b ? mid : v.between(a, listHead)) || comparedAfter(v, b, mid)) continue;
    // 零一万物由李开复创办，推出了Yi-34B; 智谱AI由清华大学孵化，推出了GLM-4: who the company was founded or made by is
    // not the subject of the clauses after; the company is.
    const madeBy = v.spans.find((o) => isOrgLabel(o.label) && o.end <= a.start && BY_AGENT.test(v.between(o, a)));
    const clauseEnd = mid.search(/[，,]/);
    if (madeBy && clauseEnd >= 0 && !hasAny(mid.slice(0, clauseEnd), trig)) {
      if (hasAny(mid.slice(clauseEnd), trig)) out.push({ type: 'DEVELOPS', from: madeBy, to: b, confidence: 0.75 });
      continue;
    }
    // …曾任云图研究院副院长，公司推出了…: 公司 (该公司) opening the releasing clause is the sentence's subject.
    const subject = v.spans[0];
    if (a !== subject && isOrgLabel(subject.label) && COMPANY_ANAPHOR.test(mid) && hasAny(mid.slice(mid.search(COMPANY_ANAPHOR)), trig)) {
      for (const t of v.listMates(b)) out.push({ type: 'DEVELOPS', from: subject, to: t, confidence: 0.75 });
      continue;
    }
    // 百度文心, 华为的盘古; 商汤科技旗下的日日新: a company's own model.
    if ((ADJACENT.test(mid) || OWNED.test(mid)) && a.label !== 'Person') out.push({ type: 'DEVELOPS', from: a, to: b, confidence: 0.7 });
    // 星河、北辰发布了A、B和C: every developer listed, every model listed after the verb (not 推出基于GPT-4的New Bing: the base;
    // but 基于自研的A: 自研 says who made it).
    else if (hasAny(mid, trig) && !releaseEndedBefore(v, a, b, trig) && !/基于(?:其|自家的?)?\s*$/.test(mid)) for (const m of v.listMates(a)) for (const t of v.listMates(b)) out.push({ type: 'DEVELOPS', from: m, to: t, confidence: 0.8 });
  }
  for (const [a, b, mid] of pairs(v, ['Model'], [...ORG])) {
    if (/^(?:大?模型)?(?:[，,]?(?:是|即)?由|是)$/.test(mid) && hasAny(v.after(b, 8), trig)) out.push({ type: 'DEVELOPS', from: b, to: a, confidence: 0.8 });
    // BloombergGPT：彭博社基于自建金融数据集训练的…LLM: a model's entry, its maker described as having made it.
    else if (/^\s*[:：]\s*$/.test(mid) && MADE_THE.test(v.after(b, 30).split(/[，,。；;]/)[0] ?? '') && hasAny(v.after(b, 30), trig)) out.push({ type: 'DEVELOPS', from: b, to: a, confidence: 0.75 });
  }
  return out;
};

// 集成到了, 接入, 嵌入进: a model put into a product (what comes after the verb).
const BUILT_INTO = /^(?:大?模型)?(?:已)?(?:集成|接入|嵌入|整合|融入)(?:到|进|至)?了?(?:其|自家的?)?$/;
// …由天枢大模型驱动 / 提供支持: the model behind what was named before 由.
const poweredAfter = (after: string, k: Knowledge) => [...k.cues.powers, '提供支持', '提供技术支持', '支持'].some((w) => after.startsWith(w));
// 天枢大模型驱动的小云: right between the model and the product.
const powering = (mid: string, k: Knowledge) => k.cues.powers.some((w) => mid === w || mid === `${w}的`);

const DERIVED = /微调|精调|蒸馏|得到/;
// …，底层为（…自研的）, …，其底座是…: the clause after a product that says what model runs underneath it.
const UNDERNEATH = /^[，,]\s*(?:其)?(?:底层|底座|基座)(?:模型)?(?:为|是|采用)[^，,。；;]{0,16}$/;

/** MODEL 基于 MODEL, 基于 MODEL 的 MODEL/PRODUCT, 搭载了 MODEL 的 MODEL, 具有 MODEL 架构的 MODEL. */
const basedOn: Rule = (v, k) => {
  const out: Found[] = [];
  const trig = k.cues.triggers.BASED_ON;
  for (const [a, b, mid] of pairs(v, ['Model', 'Product'], ['Model'])) {
    const alone = !v.anyBetween(a, b, ['Model', 'Product']);
    // 升级了文心一言，而腾讯则依托混元大模型: a clause with a subject of its own says nothing about a.
    const newSubject = /[，,]/.test(mid) && v.anyBetween(a, b, [...ORG, 'Person']);
    // 接入了DeepSeek-R1和DeepSeek-V3: every model listed from the first one on.
    if (alone && !newSubject && ((hasAny(mid, trig) && mid.length <= 12) || around(mid, v.after(b, 8), trig))) {
      for (const m of v.listMates(b)) if (m.start >= b.start) out.push({ type: 'BASED_ON', from: a, to: m, confidence: 0.75 });
    }
    if (/(?:前身)$/.test(mid)) out.push({ type: 'BASED_ON', from: a, to: b, confidence: 0.7 });
    // 推出了AI助手百小应，底层为百川智能自研的Baichuan 4模型: what runs underneath is its base.
    else if (alone && UNDERNEATH.test(mid)) out.push({ type: 'BASED_ON', from: a, to: b, confidence: 0.75 });
  }
  for (const [a, b, mid] of pairs(v, ['Product', 'Model'], ['Model'])) {
    // “小云”助手由天枢大模型驱动: what a model drives is built on it.
    if (/由\s*$/.test(mid) && mid.length <= 6 && poweredAfter(v.after(b, 8), k)) out.push({ type: 'BASED_ON', from: a, to: b, confidence: 0.75 });
  }
  for (const [a, b, mid] of pairs(v, ['Model'], ['Model', 'Product'])) {
    // 将GPT-4集成到了Bing中, 天枢大模型驱动的小云: a model put into a product, or powering it.
    // 计划将ChatGPT集成到Office中: a plan is not yet a product built on the model.
    const planned = hasAny(v.before(a, 6), k.cues.hedge);
    // 混元大模型接入微信、腾讯会议等产品: every product listed.
    if (b.label === 'Product' && !planned && (BUILT_INTO.test(mid) || powering(mid, k))) for (const p of v.listMates(b)) out.push({ type: 'BASED_ON', from: p, to: a, confidence: 0.75 });
    // 基于混元大模型的AI助手腾讯元宝, 基于通义千问的智能编码助手**通义灵码**: what kind of product may stand between.
    else if (/^(?:架构|技术|系列)?的(?:新产品|产品|[^，,。；;的]{0,6}?(?:助手|助理|应用|平台|工具|智能体|产品)[“"「*]*)?$/.test(mid) && hasAny(v.before(a, 6), [...trig, '具有'])) out.push({ type: 'BASED_ON', from: b, to: a, confidence: 0.75 });
    // 基于 Orion-7B 开发了 B, 基于 Orion-7B，星河训练了 B: the base model opens the sentence that releases the new one.
    // 基于LLaMA-2微调得到了B: deriving one model from another releases the new one too.
    else if (/(?:基于|依托)(?:自研的|自主研发的|自家的|其)?\s*$/.test(v.before(a, 10)) && mid.length <= 20 && !/[。；;]/.test(mid) && (hasAny(mid, k.cues.triggers.DEVELOPS) || DERIVED.test(mid)) && !v.anyBetween(a, b, ['Model', 'Product'])) out.push({ type: 'BASED_ON', from: b, to: a, confidence: 0.75 });
    // 在 LLaMA-2 的基础上训练了 B: the trigger wraps the base model, and the new one follows in the same clause.
    else if (mid.length <= 16 && !/[，,；;。]/.test(mid) && !v.anyBetween(a, b, ['Model', 'Product']) && around(v.before(a, 3), mid, trig)) out.push({ type: 'BASED_ON', from: b, to: a, confidence: 0.75 });
  }
  return out;
};

// 基于昇腾的星火一体机: the text up to a product (mid), '|', and the text after it, when the product is a basis.
const BASIS_OF_NEXT = /(?:基于|依托|搭载)\|的/;

// After a relational noun, what may stand before the product it names: quotes, a colon, or the examples of a list
// (旗下多款产品，包括但不限于A、B; 融入7大产品之中，如A、B及C).
const NOUN_TO_NAME = /^(?:[\s“"「：:]*|(?:之中|中)?[，,：:]?(?:包括但不限于|包括|例如|比如|如)[^，,。；;]*)$/;

/**
 * Does the text between an organisation and a product say the one offers the other: a verb of releasing anywhere, or
 * a relational noun naming the product (百度的产品文心一言; not 海光信息的DCU产品兼容CUDA生态)?
 */
function saysOffered(mid: string, k: Knowledge): boolean {
  const said = [...k.cues.triggers.OFFERS, ...k.cues.triggers.DEVELOPS].filter((w) => mid.includes(w));
  if (!said.length) return false;
  const nouns = [...k.cues.triggerNouns.OFFERS, ...k.cues.triggerNouns.DEVELOPS];
  return said.some((w) => !nouns.includes(w) || NOUN_TO_NAME.test(mid.slice(mid.lastIndexOf(w) + w.length)));
}

/** ORG 推出 PRODUCT, ORG的PRODUCT, ORG PRODUCT (微软小冰). */
const offers: Rule = (v, k) => {
  const out: Found[] = [];
  for (const [a, b, mid] of pairs(v, ORG, ['Product'])) {
    if (v.anyBetween(a, b, [...ORG])) continue;
    // 云图智能旗下的AI助手“小云”: what a company has under it (旗下) is its own.
    if (ADJACENT.test(mid) || OWNED.test(mid)) out.push({ type: 'OFFERS', from: a, to: b, confidence: 0.7 });
    // 发布了基于昇腾的星火一体机: what the release is based on is not what it releases.
    else if (saysOffered(mid, k) && !BASIS_OF_NEXT.test(mid + '|' + v.after(b, 3))) for (const m of v.listMates(a)) out.push({ type: 'OFFERS', from: m, to: b, confidence: 0.75 });
  }
  return out;
};

/** …，同时也是清华大学讲席教授，中国工程院院士: a clause that is (or opens with) the organisation and a title held there. */
function holdsTitleAt(v: SentenceView, before: string, org: EntitySpan, k: Knowledge): boolean {
  const title = v.after(org, 12).split(/[，,。；;、]/)[0];
  // …，星河科技CTO李娜表示: a title with a name after it is that name's.
  const named = v.spans.some((p) => p.label === 'Person' && p.start >= org.end && p.start <= org.end + title.length);
  return /^(?:同时)?(?:也|还)?(?:是|为)?$/.test(before) && !named && !!k.roleOf(title);
}

/** 曾在微软亚洲研究院工作: the text before the organisation ends in 在, and a verb of working follows it. */
const worksAt = (v: SentenceView, before: string, org: EntitySpan) => /^(?:曾|现|目前|此前|先后|曾经)?在$/.test(before) && WORK_VERB.test(v.after(org, 2));

/** 北辰大学的王晓东博士和陈静副教授: the person and those listed after it, each perhaps with a title before the joiner. */
function titledMates(v: SentenceView, p: EntitySpan, k: Knowledge): EntitySpan[] {
  const people = v.of('Person').filter((x) => x.start >= p.start);
  let n = 1;
  while (n < people.length) {
    const between = v.between(people[n - 1], people[n]);
    const joiner = between.match(/(?:和|与|、|及|以及)$/);
    if (!joiner || (between.length > joiner[0].length && !k.roleOf(between.slice(0, -joiner[0].length)))) break;
    n++;
  }
  return people.slice(0, n);
}

/** ORG(的)PERSON(教授), PERSON 加盟/任职于 ORG, PERSON 创办 ORG, ORG 创始人 PERSON. */
const people: Rule = (v, k) => {
  const out: Found[] = [];
  for (const [a, b, mid] of pairs(v, ORG, ['Person'])) {
    // 零一万物由李开复于2023年创办, 云图智能由前谷歌研究员张海峰创立: the founder named with 由 before the founding verb;
    // an organisation between them only describes the founder.
    const byAgent = BY_AGENT.test(mid) || (a === v.spans[0] && BY_AGENT_LATER.test(mid) && !v.anyBetween(a, b, [...ORG]));
    if (byAgent && !v.anyBetween(a, b, ['Person'])) {
      // (由马克·扎克伯格（Mark Zuckerberg）创立: Latin glosses stand between; 由A、B和C在伦敦创立: so do the other founders.)
      const clause = v.after(b, 80).replace(/[（(][^（）()]*[）)]/g, '').split(/[，,。；;]/)[0];
      const mates = v.listMates(b).filter((m) => m.start >= b.start);
      const verbAt = Math.min(...k.cues.triggers.FOUNDED.map((t) => clause.indexOf(t)).filter((n) => n >= 0));
      if (verbAt <= 12 + (mates.length > 1 ? 40 : 0)) {
        for (const m of mates) out.push({ type: 'FOUNDED', from: m, to: a, confidence: 0.75 });
        // …创立并担任首席执行官: the founder holds a post there too.
        const post = clause.slice(verbAt).match(/并(?:担任|出任)([^，,。；;]{2,10})/)?.[1];
        if (post && k.roleOf(post)) out.push({ type: 'AFFILIATED_WITH', from: b, to: a, confidence: 0.7 });
        continue;
      }
    }
    // 清华大学教授、智谱AI首席科学家唐杰: each organisation of a list of titles before the name is one the person holds a post at.
    const titles = mid.split('、');
    if (titles.length > 1 && !v.anyBetween(a, b, ['Person']) && !/[，,。；;]/.test(mid) && titles.every((t) => t.length <= 14 && k.roleOf(t))) {
      // 百度创始人、董事长兼CEO李彦宏: the founder who also holds a post there.
      if (FOUNDER_TITLE.test(titles[0])) out.push({ type: 'FOUNDED', from: b, to: a, confidence: 0.65 });
      if (!titles.every((t) => FOUNDER_TITLE.test(t))) out.push({ type: 'AFFILIATED_WITH', from: b, to: a, confidence: 0.65 });
      continue;
    }
    if (v.anyBetween(a, b, ['Person', ...ORG])) continue;
    if (/创始人|创办人/.test(mid)) out.push({ type: 'FOUNDED', from: b, to: a, confidence: 0.75 });
    else if (mid.length <= 10 && !/[，,。；]/.test(mid)) for (const p of titledMates(v, b, k)) out.push({ type: 'AFFILIATED_WITH', from: p, to: a, confidence: 0.7 });
  }
  // OpenAI…，联合创始人包括A、B和C: every founder listed, of the organisation the sentence names before them.
  for (const p of v.of('Person')) {
    const mates = v.listMates(p);
    if (p !== mates[0] || !/(?:联合)?创始人(?:包括|有|为|是)[：:]?$/.test(v.before(p, 10))) continue;
    const org = v.of(...ORG).filter((o) => o.end <= p.start)[0];
    if (org) for (const m of mates) out.push({ type: 'FOUNDED', from: m, to: org, confidence: 0.7 });
  }
  // 张伟曾任百度首席科学家，2021年离职创办了云图智能: the person a sentence opens with is the subject of its later clauses.
  // 公司创始人兼CEO陈思远毕业于…: titles before the name in the opening clause leave it the subject.
  const first = v.of('Person')[0];
  const subject = first && v.text.slice(0, first.start - v.offset).length <= 12 && !/[，,。；;]/.test(v.text.slice(0, first.start - v.offset)) ? first : undefined;
  if (subject) for (const b of v.of(...ORG)) {
    // …和李开复博士等共同创立…: a person joined to the subject's act by 和/与 is a co-actor, not a new subject.
    const coActor = (p: EntitySpan) => /(?:和|与|同|跟)$/.test(v.before(p, 1));
    const others = v.of('Person').filter((p) => p !== subject && p.start >= subject.end && p.end <= b.start && !coActor(p));
    const clauses = b.start > subject.end && others.length === 0 ? v.between(subject, b).split(/[，,；;]/) : [];
    // The first clause is the pairs' own (below); a later one has the subject only by continuity.
    const clause = clauses.length > 1 ? clauses[clauses.length - 1] : '';
    if (/(?:创办|创立|创建|联合创办|联合创立)了?$/.test(clause)) out.push({ type: 'FOUNDED', from: subject, to: b, confidence: 0.7 });
    else if (/(?:现任|现为|担任|出任|加入|加盟|曾任|历任|曾担任|任职于|就职于)了?$/.test(clause) || worksAt(v, clause, b) || holdsTitleAt(v, clause, b, k)) out.push({ type: 'AFFILIATED_WITH', from: subject, to: b, confidence: 0.65 });
  }
  for (const [a, b, mid] of pairs(v, ['Person'], ORG)) {
    // 李娜，星河科技联合创始人，…, 周远航（星河科技CEO）: the organisation and role that describe the name after a comma or
    // in a bracket.
    const described = /^[，,(（]$/.test(mid) && v.after(b, 12).split(/[，,。；;)）]/)[0];
    if (described && FOUNDER_TITLE.test(described)) out.push({ type: 'FOUNDED', from: a, to: b, confidence: 0.7 });
    else if (described && k.roleOf(described)) out.push({ type: 'AFFILIATED_WITH', from: a, to: b, confidence: 0.65 });
    // 邱锡鹏教授团队、哈尔滨工业大学的…: an organisation after a list break belongs to the next item.
    if (v.anyBetween(a, b, ['Person']) || /[、，,；;]/.test(mid)) continue;
    // 由涂存超创办的幂律智能与智谱AI…: what 创办的 describes is the organisation right after it, not its partner.
    const foundedBefore = /(?:创办|创立|创建)的/.test(mid) && v.anyBetween(a, b, [...ORG]);
    // 梁文锋同时也是幻方量化的联合创始人: a founder's title after the organisation.
    if ((hasAny(mid.replace(BEFORE_FOUNDING, ''), k.cues.triggers.FOUNDED) && !foundedBefore) || /^的?(?:联合)?创始人/.test(v.after(b, 6))) out.push({ type: 'FOUNDED', from: a, to: b, confidence: 0.75 });
    else if (hasAny(mid, k.cues.triggers.AFFILIATED_WITH) || worksAt(v, mid, b)) out.push({ type: 'AFFILIATED_WITH', from: a, to: b, confidence: 0.7 });
  }
  return out;
};

/** ORG 与 ORG 合作 / 联合发布; ORG 投资 ORG; 投资方包括 ORG; ORG 旗下 ORG; 阿里达摩院. */
const organisations: Rule = (v, k) => {
  const out: Found[] = [];
  for (const [a, b, mid] of pairs(v, ORG, ORG)) {
    if (v.anyBetween(a, b, [...ORG])) continue;
    const post = v.after(b, 10);
    // 星河科技与商汤科技、智谱AI等企业达成合作: the trigger may follow the whole list, and joins every item of it.
    const mates = v.listMates(b).filter((m) => m.start >= b.start);
    const listPost = v.after(mates[mates.length - 1], 16).replace(/^等[^，,。；;]{0,6}?(?=[\u3400-\u9fff]{2})/, '');
    if (/^(?:联合|携手|联手)$/.test(mid)) out.push({ type: 'PARTNERS_WITH', from: a, to: b, confidence: 0.7 });
    else if (/(?:与|和|同|携手)$/.test(mid.replace(/^.*?(?=与|和|同|携手)/, '')) && hasAny(mid + listPost.slice(0, 10), k.cues.triggers.PARTNERS_WITH)) for (const m of mates) out.push({ type: 'PARTNERS_WITH', from: a, to: m, confidence: 0.7 });
    else if (/^\/$/.test(v.text.slice(a.end - v.offset, b.start - v.offset))) out.push({ type: 'PARTNERS_WITH', from: a, to: b, confidence: 0.6 });
    // 商汤科技等），以及高校与研究院所（复旦大学…: a trigger across a list, a bracket or a clause joins nothing.
    const oneClause = !/[)）、，,；;]|以及/.test(mid);
    if (oneClause && (hasAny(mid, k.cues.ownership.partFirst) || around(mid, post, k.cues.ownership.partFirst))) out.push({ type: 'SUBSIDIARY_OF', from: a, to: b, confidence: 0.7 });
    else if ((oneClause && hasAny(mid, k.cues.ownership.ownerFirst)) || (mid === '' && b.label === 'Institution' && a.label === 'Company')) out.push({ type: 'SUBSIDIARY_OF', from: b, to: a, confidence: 0.7 });
    else if (mid === '' && b.label === 'Institution' && a.label === 'Institution' && b.props?.kind === 'research') out.push({ type: 'SUBSIDIARY_OF', from: b, to: a, confidence: 0.65 });
    // 星河科技于2023年在深圳成立了星河智能研究院: what a company sets up is its own.
    // 星河科技与云图智能成立合资公司北辰智算: every founder listed with it.
    else if (oneClause && a.label === 'Company' && SETS_UP.test(mid)) for (const m of v.listMates(a)) out.push({ type: 'SUBSIDIARY_OF', from: b, to: m, confidence: 0.65 });
    // 阿里巴巴、腾讯投资了智谱AI和百川智能: every investor listed with the last one, in every company listed after the verb.
    // 星河资本领投，云图创投跟投: a clause break after the verb ends what it invests in; the next company is a co-investor.
    if (/投资(?![方者人])|领投|参投|入股/.test(mid) && !/融资/.test(mid) && !/(?:投资|领投|参投|入股)[^，,；;]*[，,；;]/.test(mid)) {
      for (const f of v.listMates(a)) for (const m of v.listMates(b)) out.push({ type: 'INVESTS_IN', from: f, to: m, confidence: 0.7 });
    }
    // 投资方包括 B 和 C; 作为A的重要投资者…，B: B (and every investor listed with it) is the investor.
    if ((/投资方(?:包括|为|有)|投资者包括/.test(mid) || /^的[^，,。；]{0,8}(?:投资者|投资方|投资人|股东)/.test(mid)) && b.label !== 'Institution') {
      for (const m of v.listMates(b)) out.push({ type: 'INVESTS_IN', from: m, to: a, confidence: 0.75 });
    }
    // 微软是OpenAI的最大投资方: what the first is of the second.
    if (/^(?:是|为|作为)$/.test(mid) && /^的[^，,。；]{0,6}(?:投资方|投资者|投资人|股东)/.test(post)) out.push({ type: 'INVESTS_IN', from: a, to: b, confidence: 0.75 });
    // 腾讯投资参与了月之暗面的新一轮融资: a round the first takes part in is the second's.
    // 腾讯也参与了A、B和C的融资: every company listed.
    if (/^(?:也|还|亦|同样)?(?:投资)?(?:参与|参投|领投|跟投)了?$/.test(mid) && /^的[^，,。；;]{0,12}(?:融资|投资)/.test(v.after(mates[mates.length - 1], 14))) {
      for (const m of v.listMates(a)) for (const t of mates) out.push({ type: 'INVESTS_IN', from: m, to: t, confidence: 0.75 });
    }
    // 中科曙光持有海光信息约28%的股份: a shareholder has invested.
    if (/^(?:持有|间接持有|直接持有)$/.test(mid) && /^[^，,。；;]{0,12}(?:股份|股权)/.test(post)) out.push({ type: 'INVESTS_IN', from: a, to: b, confidence: 0.7 });
    // 微软向OpenAI投资100亿美元: the investor first, the verb after the company it invests in.
    if (/^(?:向|对)$/.test(mid) && /^(?:追加|再次|进行)?(?:了)?(?:战略)?(?:投资|注资|入股)/.test(post)) out.push({ type: 'INVESTS_IN', from: a, to: b, confidence: 0.75 });
    // MiniMax获得腾讯、阿里巴巴等机构投资: the company that receives comes first, its investors after, perhaps with the
    // amount and round between (…的数千万美元天使轮投资).
    if (/(?:获得|获|得到|引入)了?$/.test(mid) && !RECEIPT_CLAUSE_END.test(mid)) {
      const mates = v.listMates(b);
      if (INVESTMENT_AFTER.test(v.after(mates[mates.length - 1], 20))) for (const m of mates) out.push({ type: 'INVESTS_IN', from: m, to: a, confidence: 0.75 });
    }
  }
  return [...out, ...fundingRound(v), ...subjectReceives(v)];
};

// The opening of a later clause with no subject of its own (…，目前已…, …，并…): what it says is the sentence subject's.
const LATER_CLAUSE = '[，,]\\s*(?:目前|近日|日前|此前|随后|先后|并|还|同时|今年|去年)*(?:已经?)?';
// …，获得了A、B等机构的投资: such a clause that opens by receiving.
const RECEIPT = `${LATER_CLAUSE}(?:获得|获|得到|引入)了?`;
const RECEIPT_CLAUSE = new RegExp(RECEIPT, 'g');
const RECEIPT_CLAUSE_END = new RegExp(`${RECEIPT}$`);
const INVESTMENT_AFTER = /^[^，,。；;]{0,14}?(?:的)?(?:战略)?(?:投资|注资|入股|领投)/;

/**
 * 星河智能由前云图科技副总裁李明创立，获得了红杉中国、高瓴创投等机构的投资: what such a clause receives goes to the
 * sentence's subject (its first name), not to an organisation named in between (云图科技).
 */
function subjectReceives(v: SentenceView): Found[] {
  const subject = v.spans[0];
  if (!subject || !isOrgLabel(subject.label)) return [];
  const out: Found[] = [];
  const orgs = v.of(...ORG);
  const rest = v.text.slice(subject.end - v.offset);
  for (const clause of rest.matchAll(RECEIPT_CLAUSE)) {
    if (/[。；;]/.test(rest.slice(0, clause.index))) break;
    const at = subject.end + clause.index! + clause[0].length;
    const first = orgs.find((o) => o.start >= at && o.start - at <= 2);
    if (!first) continue;
    const mates = v.listMates(first).filter((m) => m.start >= first.start);
    if (INVESTMENT_AFTER.test(v.after(mates[mates.length - 1], 20))) for (const m of mates) out.push({ type: 'INVESTS_IN', from: m, to: subject, confidence: 0.75 });
  }
  return out;
}

// 目前已完成…融资: a later clause that says the sentence's subject raised a round.
const ROUND_CLAUSE = new RegExp(`${LATER_CLAUSE}(?:宣布)?(?:完成|获得)了?[^，,。；;]{0,24}?融资`);

/**
 * 月之暗面完成新一轮融资，由阿里巴巴领投，星河资本和云图创投跟投: every investor of a round invests in the company that
 * raised it, however many investor clauses follow, up to the end of the sentence. 星河科技完成了由红杉中国领投的B轮融资:
 * investors brought in by 由 inside the round's own words are its investors too.
 */
function fundingRound(v: SentenceView): Found[] {
  const out: Found[] = [];
  const orgs = v.of('Company', 'Institution');
  for (const raiser of orgs) {
    // An investor brought in by 由 raises nothing (由红杉中国、高瓴创投联合领投的…融资).
    if (/由\s*$/.test(v.before(v.listMates(raiser)[0], 2))) continue;
    const after = v.after(raiser, 80);
    const right = after.match(/^[^，,。；;]{0,24}?融资/);
    // The sentence's subject (its first name) also raises a round a later clause reports (X由Y创立，目前已完成…融资).
    const later = !right && v.spans[0] === raiser ? after.match(ROUND_CLAUSE) : null;
    const round = right ?? later;
    if (!round || /[。；;]/.test(after.slice(0, round.index))) continue;
    const from = raiser.end + round.index!;
    const to = from + round[0].length;
    const inside = orgs.filter((o) => o.start >= from && o.end <= to);
    if (inside.length) {
      // 完成了由红杉中国、高瓴创投联合领投的B轮融资
      const mates = v.listMates(inside[0]);
      if (/由\s*$/.test(v.before(mates[0], 2)) && INVESTOR_OF_ROUND.test(v.after(mates[mates.length - 1], 12))) for (const m of mates) out.push({ type: 'INVESTS_IN', from: m, to: raiser, confidence: 0.7 });
      continue;
    }
    for (const b of orgs) {
      if (b.start <= raiser.end || /[。；;]/.test(v.between(raiser, b))) continue;
      const mates = v.listMates(b);
      if (INVESTOR_OF_ROUND.test(v.after(mates[mates.length - 1], 12))) out.push({ type: 'INVESTS_IN', from: b, to: raiser, confidence: 0.7 });
    }
  }
  return out;
}

/** ISSUER 发布/印发 《POLICY》; the policy applies to a region named in its title or just before it. */
const policies: Rule = (v, k) => {
  const out: Found[] = [];
  for (const [a, b, mid] of pairs(v, ['Institution', 'Region'], ['Policy'])) {
    // 北京市发布《A》，深圳市发布《B》: another body or place before the policy is its issuer.
    if (v.anyBetween(a, b, ['Institution', 'Region']) || !hasAny(mid, k.cues.triggers.ISSUED)) continue;
    // 北京市科委、中关村管委会联合发布《…》: every body listed with the nearest one issued it.
    for (const m of v.listMates(a)) out.push({ type: 'ISSUED', from: m, to: b, confidence: 0.8 });
  }
  // 《…办法》由国家网信办等七部门联合发布: the body brought in by 由 after the policy, when an issuing verb follows it.
  for (const [a, b, mid] of pairs(v, ['Policy'], ['Institution'])) {
    if (!/^(?:已|已经)?由$/.test(mid) || !hasAny(v.after(b, 14).split(/[，,。；;]/)[0], k.cues.triggers.ISSUED)) continue;
    for (const m of v.listMates(b)) out.push({ type: 'ISSUED', from: m, to: a, confidence: 0.75 });
  }
  // 欧盟《人工智能法案》, 欧盟拟在《人工智能法案》中新增…: a country or bloc right before a policy no body is said to issue
  // is the legislator that made it.
  for (const [a, b, mid] of pairs(v, ['Region'], ['Policy'])) {
    if (!/^(?:country|bloc)$/.test(a.props?.level ?? '') || !/^(?:的|拟|将|正在|已|已经)?(?:在|于|对)?$/.test(mid) || out.some((f) => f.to === b)) continue;
    out.push({ type: 'ISSUED', from: a, to: b, confidence: 0.6 });
  }
  for (const p of v.of('Policy')) {
    const inTitle = k.regions(p.surface)[0];
    // The issuer's own place (美国国会 → 美国) before any other place named earlier in the sentence.
    const issuer = out.filter((f) => f.to === p && f.from.label === 'Institution').map((f) => f.from).pop();
    const issuerPlace = issuer && k.regions(issuer.surface).find((r) => r.start === 0);
    const region = issuerPlace ? part(issuer, 'Region', 0, issuerPlace.end) : v.of('Region').filter((r) => r.end <= p.start && p.start - r.end <= 40).pop();
    // 《北京市促进…措施》: the place the title opens with (a part of the policy's own span, which overlaps won).
    if (inTitle && inTitle.start <= 1) {
      out.push({ type: 'APPLIES_TO', from: p, to: part(p, 'Region', inTitle.start, inTitle.end, { level: inTitle.level, name: inTitle.name }), confidence: 0.8 });
    } else if (region) out.push({ type: 'APPLIES_TO', from: p, to: region, confidence: 0.6 });
  }
  return out;
};

// 成立了, 于2023年在深圳设立了: a company setting up an organisation (a time and a place may come first).
const SETS_UP = /^(?:于[^，,。]{0,10}?)?(?:在[^，,。]{0,8}?)?(?:共同|联合)?(?:成立|设立|组建|创建|新设)了?(?:(?:全资|控股)?子公司|合资公司)?$/;

/** 在深圳成立了星河研究院: an organisation named in the clause after the place, which the verb sets up. */
const foundsAnother = (v: SentenceView, place: EntitySpan): boolean =>
  v.of('Company', 'Institution').some((o) => o.start >= place.end && !/[，,。；;]/.test(v.between(place, o)));

// 而在国内，…; 在中国，…; 国内则由…: a country opening the sentence as its topic.
const TOPIC_BEFORE = /^(?:而|但|同时|此外|目前)?在?$/;
const TOPIC_AFTER = /^(?:方面|市场)?[，,]|^则/;
// 国内AI芯片厂商可分为三类：…: the home country's own organisations are what the sentence goes on to name (美国科技公司积极…
// describes companies it does not name).
const HOME_KIND_AFTER = /^[^，,。；;：:]{0,8}(?:厂商|企业|公司|机构)/;

// 北京聚集了…, 上海拥有…, 深圳则有…: what a place is home to.
const PLACE_GATHERS = /^(?:则|也|还|主要)?(?:聚集|集聚|汇聚|云集|拥有|有|坐落着|集中了)了?$/;
// 美国的科技巨头如…, 法国初创公司Mistral AI, 中国人工智能企业…: what kind of organisation, between its country and its name.
const PLACE_DESCRIBES = /^(?:的)?(?:[^\s，,。；;、：:对向与和及在将被由把从是为]{0,8}(?:巨头|企业|公司|厂商|高校|机构|大学|独角兽|大厂))?(?:如|的)?$/;

/** Where the run of places ending with `r` begins (在日本东京: at 日本). */
function placesFrom(v: SentenceView, r: EntitySpan): number {
  let at = r.start;
  for (let p = v.spans.find((s) => s.label === 'Region' && s.end === at); p; p = v.spans.find((s) => s.label === 'Region' && s.end === at)) at = p.start;
  return at;
}


/** Does reference data put the organisation in a country other than `code`? */
const placedElsewhere = (o: EntitySpan, code: string | undefined, k: Knowledge) => {
  const country = k.organisation(o.surface)?.country;
  return !!country && country !== code;
};

/** ORG 位于 REGION; REGION(的)(企业|高校…)ORG; the organisations of a sentence about a country are in it. */
const located: Rule = (v, k) => {
  const out: Found[] = [];
  const topic = v.of('Region')[0];
  // 在中国，…; or a country labelling the row or section the sentence is in.
  const opensTopic = (t: EntitySpan) => {
    const after = v.text.slice(t.end - v.offset);
    return TOPIC_BEFORE.test(v.text.slice(0, t.start - v.offset)) && (TOPIC_AFTER.test(after) || (/^(?:国内|我国)$/.test(t.surface) && HOME_KIND_AFTER.test(after)));
  };
  if (topic?.props?.level === 'country' && (isStandIn(topic) || opensTopic(topic))) {
    const code = k.regions(topic.surface)[0]?.code;
    for (const o of v.of('Company', 'Institution')) {
      // Reference data that places it elsewhere wins (在中国，微软…); a name with its own place says so itself.
      if (placedElsewhere(o, code, k) || k.regions(o.surface).some((r) => r.start === 0)) continue;
      out.push({ type: 'LOCATED_IN', from: o, to: topic, confidence: 0.55 });
    }
  }
  const subject = v.of('Company', 'Institution')[0];
  // 南山智能由北辰大学孵化，总部位于深圳: an organisation brought in as the agent (由, 被) does not take the subject's place.
  const agentsOnly = (a: EntitySpan, b: EntitySpan) => v.spans.every((o) => !isOrgLabel(o.label) || o.start < a.end || o.end > b.start || /[由被]$/.test(v.before(o, 1)));
  for (const [a, b, mid] of pairs(v, ORG, ['Region'])) {
    if (hasAny(mid, k.cues.triggers.LOCATED_IN) && mid.length <= 8 && !/[，,]/.test(mid)) out.push({ type: 'LOCATED_IN', from: a, to: b, confidence: 0.8 });
    // 月之暗面成立于2023年，总部位于北京: the sentence's subject, with the trigger right before the place.
    else if (a === subject && agentsOnly(a, b) && !/[；;]/.test(mid) && k.cues.triggers.LOCATED_IN.some((t) => mid.endsWith(t))) out.push({ type: 'LOCATED_IN', from: a, to: b, confidence: 0.7 });
    // 云图智能于2021年在杭州成立: founded in a place, in the subject's own clause (not 在深圳成立了星河研究院: what it set up is there).
    // (在美国旧金山成立: the wider place written before it.)
    else if (a === subject && /在$/.test(v.text.slice(0, placesFrom(v, b) - v.offset)) && !/[，,；;]/.test(mid) && /^(?:注册)?(?:成立|创立|注册)/.test(v.after(b, 4)) && !foundsAnother(v, b)) out.push({ type: 'LOCATED_IN', from: a, to: b, confidence: 0.7 });
  }
  for (const [a, b, mid] of pairs(v, ['Region'], ORG)) {
    if (v.anyBetween(a, b, [...ORG, 'Region'])) continue;
    // 梁文锋在杭州创立深度求索, 于2023年在日本东京创立的Sakana AI: an organisation founded in a place is there.
    if (/^(?:创立|创办|创建|成立|注册)(?:了|的)?$/.test(mid) && /在$/.test(v.text.slice(0, placesFrom(v, a) - v.offset))) {
      out.push({ type: 'LOCATED_IN', from: b, to: a, confidence: 0.7 });
    } else if (PLACE_GATHERS.test(mid) && /^$|[，,；;。：:]$/.test(v.before(a, 1))) {
      for (const m of v.listMates(b)) if (m.start >= b.start) out.push({ type: 'LOCATED_IN', from: m, to: a, confidence: 0.65 });
    } else if (PLACE_DESCRIBES.test(mid)) {
      // 阿联酋的G42与微软: reference data that places a list mate elsewhere wins.
      const code = k.regions(a.surface)[0]?.code;
      for (const m of v.listMates(b)) if (m === b || !placedElsewhere(m, code, k)) out.push({ type: 'LOCATED_IN', from: m, to: a, confidence: 0.65 });
    }
  }
  // 总部位于安徽合肥: a place written right after the one that contains it says where, more narrowly.
  return out.map((f) => {
    const narrower = v.spans.find((s) => s.label === 'Region' && s.start === f.to.end && s.props?.parent !== undefined && s.props.parent === f.to.props?.name);
    return narrower ? { ...f, to: narrower } : f;
  });
};

// A province or city is part of its country by definition: a report naming both (国内北京、上海等地) states nothing.
const WITHIN_COUNTRY = /^(?:province|city)$/;

/** Two places in one sentence where the gazetteer says one contains the other (深圳 in 广东, 英国 in 欧洲). */
const regionParts: Rule = (v) => {
  const out: Found[] = [];
  // A place inside a cited title (《中国人工智能大模型地图研究报告》) is not one the sentence talks about.
  const cited = (r: EntitySpan) => /《[^》]*$/.test(v.before(r, 60));
  const places = v.of('Region').filter((r) => !cited(r));
  for (const a of places) for (const b of places) {
    if (a === b || !a.props?.parent || a.props.parent !== b.props?.name) continue;
    if (!(WITHIN_COUNTRY.test(a.props.level ?? '') && b.props?.level === 'country')) out.push({ type: 'PART_OF', from: a, to: b, confidence: 0.7 });
  }
  return out;
};

/**
 * Names that carry their owner or place: 美国国会 is in 美国, 北京智源人工智能研究院 in 北京,
 * 清华大学智能产业研究院 belongs to 清华大学, NVIDIA A100 is NVIDIA's product.
 */
const namedAfter: Rule = (v, k) => {
  const out: Found[] = [];
  for (const s of v.of('Company', 'Institution', 'Product', 'Model')) {
    const region = k.regions(s.surface)[0];
    // 北京大学深圳研究生院: a place inside the owner's name the unit opens with is the owner's, not the unit's.
    const inOwnersName = (r: { end: number }) => k.knownNames(s.surface).some((n) => n.start === 0 && n.end > r.end && n.end < s.surface.length && isOrgLabel(n.label));
    if (isOrgLabel(s.label) && region?.start === 0 && region.end < s.surface.length && !inOwnersName(region)) {
      out.push({ type: 'LOCATED_IN', from: s, to: part(s, 'Region', 0, region.end, { level: region.level, name: region.name }), confidence: 0.6 });
    }
    // 阿里达摩院: reference data names the owner (达摩院's parent 阿里巴巴, here as 阿里) the name opens with.
    const parent = isOrgLabel(s.label) ? k.organisation(s.surface)?.parent : undefined;
    const opens = parent?.names.filter((n) => n.length < s.surface.length && s.surface.startsWith(n)).sort((a, b) => b.length - a.length)[0];
    const owner = k.knownNames(s.surface).find((n) => n.start === 0 && n.end < s.surface.length && isOrgLabel(n.label)) ?? (parent && opens ? { label: parent.label, end: opens.length } : undefined);
    if (!owner || !/^[\s·]?[\u3400-\u9fffA-Za-z0-9]/.test(s.surface.slice(owner.end))) continue;
    const by = part(s, owner.label, 0, owner.end);
    if (isOrgLabel(s.label)) out.push({ type: 'SUBSIDIARY_OF', from: s, to: by, confidence: 0.6 });
    else out.push({ type: s.label === 'Model' ? 'DEVELOPS' : 'OFFERS', from: by, to: s, confidence: 0.6 });
  }
  return out;
};

// …，其Yi-34B模型, …，其推出的AI助手“小云”: 其 (its) opening a clause, perhaps with how the thing is its own and
// what kind it is; not 其英文MMLU测评, where more words stand between.
const ITS = /[，,；;]\s*其(?:自研|推出|发布|研发|开发|旗下|最新|核心|主打)?的?(?:AI|智能)?(?:助手|产品|应用|平台|工具|大模型|模型)?[“"「『]?$/;

/**
 * What a pronoun or 公司 gives an organisation the sentence named before. 零一万物是…AI公司，其Yi-34B模型…: a model or
 * product that 其 gives an owner belongs to the sentence's organisation, when the sentence names exactly one before it
 * (with two, 其 could be either); so do a title 其 opens, an investor 是其…投资方 names, and a post at 公司.
 */
const referredOwner: Rule = (v, k) => {
  const out: Found[] = [];
  const ownerBefore = (b: EntitySpan) => {
    const owners = v.of(...ORG).filter((o) => o.end <= b.start);
    return owners.length === 1 ? owners[0] : undefined;
  };
  for (const b of v.of('Model', 'Product')) {
    const owner = ITS.test(v.before(b, 16)) ? ownerBefore(b) : undefined;
    if (owner) out.push({ type: b.label === 'Model' ? 'DEVELOPS' : 'OFFERS', from: owner, to: b, confidence: 0.65 });
  }
  // …，其首席执行官萨姆·奥尔特曼: a person its title places at the organisation.
  for (const p of v.of('Person')) {
    const title = v.before(p, 10).match(/[，,；;]\s*其([^\s，,。；;、其]{1,8})$/)?.[1];
    const owner = title && k.roleOf(title) ? ownerBefore(p) : undefined;
    if (owner) out.push({ type: FOUNDER_TITLE.test(title!) ? 'FOUNDED' : 'AFFILIATED_WITH', from: p, to: owner, confidence: 0.65 });
  }
  // 刘庆峰现任公司董事长, 公司CEO则由张鹏担任, …，首席执行官为肖鹏: the post is at the company the sentence names first.
  const company = v.of('Company')[0];
  if (company) {
    for (const p of v.of('Person').filter((x) => x.start >= company.end)) {
      // (…，首席执行官为肖鹏: a clause that opens with the title.)
      const title = v.after(p, 16).match(/^(?:现任|至今担任|担任|出任|现为)公司([^，,。；;]{1,10})/)?.[1] ?? v.before(p, 12).match(/公司([^，,。；;]{1,8}?)(?:则|一职)?由$/)?.[1]
        ?? v.before(p, 12).match(/[，,；;]\s*([^，,。；;]{2,8}?)(?:为|是)$/)?.[1];
      if (title && k.roleOf(title)) out.push({ type: FOUNDER_TITLE.test(title) ? 'FOUNDED' : 'AFFILIATED_WITH', from: p, to: company, confidence: 0.65 });
    }
  }
  // …，腾讯是其主要投资方, 英伟达是其投资方之一: an investor of the one organisation named before it.
  for (const b of v.of(...ORG)) {
    if (!/^(?:也|同样)?(?:是|为)其[^，,。；;]{0,4}(?:投资方|投资者|投资人|股东)/.test(v.after(b, 12)) || !/[，,；;]\s*$/.test(v.before(b, 2))) continue;
    const owners = v.of(...ORG).filter((o) => o.end <= b.start && o !== b);
    if (owners.length === 1) out.push({ type: 'INVESTS_IN', from: b, to: owners[0], confidence: 0.65 });
  }
  return out;
};

// 该所所长徐波, 该公司CEO李明: a title held at 该 (that) body, and the ending that body's name has.
const THAT_BODY = /该(所|院|校|实验室|中心|公司|集团|企业)\s*([^\s，,。；;、]{1,8})$/;
const THAT_BODY_NAME: Readonly<Record<string, RegExp>> = {
  所: /所$/, 院: /院$/, 校: /(?:大学|学院|学校)$/, 实验室: /实验室$/, 中心: /中心$/, 公司: /./, 集团: /./, 企业: /./,
};

/**
 * 自动化研究所研发了…，该所所长徐波表示…: a person titled at 该所 (that institute) works at the nearest body of that kind
 * the sentence named before.
 */
const atThatBody: Rule = (v, k) => {
  const out: Found[] = [];
  for (const p of v.of('Person')) {
    const m = v.before(p, 14).match(THAT_BODY);
    if (!m || !k.roleOf(m[2])) continue;
    const label = /公司|集团|企业/.test(m[1]) ? 'Company' : 'Institution';
    const body = v.of(label).filter((o) => o.end <= p.start - m[0].length && THAT_BODY_NAME[m[1]].test(o.surface)).pop();
    if (body) out.push({ type: FOUNDER_TITLE.test(m[2]) ? 'FOUNDED' : 'AFFILIATED_WITH', from: p, to: body, confidence: 0.65 });
  }
  return out;
};

export const RULES: readonly Rule[] = [develops, basedOn, offers, people, organisations, policies, located, regionParts, namedAfter, referredOwner, atThatBody];
