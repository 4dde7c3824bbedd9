// Latin-script names in Chinese text (GLM-130B, Microsoft 365 Copilot, Geoffrey Hinton) and their label.
import type { Knowledge } from './knowledge.ts';
import { isOrgLabel, type EntitySpan } from './span.ts';
import { after, before, cueWithin, hasAny, LICENCE_AFTER, LIST_JOINER } from './context.ts';

// A word, then further words that are capitalised, numeric or versions (TNLG v2, AI21 Labs, large v20220720).
const PHRASE = /(?<![A-Za-z0-9@._-])[A-Za-z][A-Za-z0-9]*(?:[-.+&'][A-Za-z0-9]+)*(?: (?:[A-Z0-9][A-Za-z0-9]*(?:[-.+][A-Za-z0-9]+)*|v\d[\w.]*))*(?![A-Za-z0-9])/g;
const PERSON_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$/;
const APP_NAME = /^[A-Z0-9][\w.+-]*(?: [\w.+-]+)* (?:App|APP|app|Store|search)$/;
// Tier codes (L0), bare versions (V4.0, V2), dates (Jul.07) and captions (Table 2, Figure 3) look like model names but
// are not. So are task and method names written X2Y (NL2SQL, Seq2Seq, Word2Vec).
const NOT_A_NAME = /^(?:[A-Za-z]+2[A-Za-z]+|L[0-3]|[Vv]\d{1,2}(?:\.\d[\d.]*)?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s?\d{1,2}|(?:Table|Figure|Fig|Chart|Exhibit|Appendix)\.? ?\d+(?:\.\d+)*)$/;
// Financial measures a broker's forecast table heads its columns with (EPS 2024E, PE 2025E, EV/EBITDA, CAGR).
const FINANCIAL_MEASURE = /^(?:EPS|PE|PB|PS|PEG|ROE|ROA|ROIC|EBIT|EBITDA|EV|CAGR|YoY|QoQ|GDP|CPI|PPI|PMI|IPO|TTM|FY)(?: ?(?:FY)?\d{2,4}[EAF]?)?$/;
// An event (AI Cloud Day, WAIC Summit) is not an entity of the ontology.
const EVENT = / (?:Day|Conference|Summit|Forum|Expo|Week)$/;
const WEB_ADDRESS = /\.(?:com|cn|net|org|ai|io)$/i;
// 图像数据集 ImageNet: a data set is not a model.
const DATASET_BEFORE = /(?:数据集|训练集|测试集|语料库)$/;
const PERSON_AFTER = /^(?:教授|博士|研究员|院士|先生|女士|等人|等前|作为|因其|致力于|他|她|曾|现任|是|表示|认为|指出|称|，|,)/;
// 整合进, 集成到, 嵌入: the verbs that put a capability into a product.
const BUILT_INTO_BEFORE = /(?:整合进|整合到|集成进|集成到|嵌入到?|融入到?|植入到?)\s*$/;
const RELEASED_BEFORE = /(?:发布|推出|上线|开放|亮相)(?:了)?\s*$/;
// 发布了Operator和Deep Research: a later item of a list of Latin names a release verb opens.
const RELEASED_ITEM_BEFORE = /(?:发布|推出|上线|开放|亮相)了?\s*[A-Za-z0-9][A-Za-z0-9 .+-]{0,24}(?:和|、|与|及|以及)\s*$/;
// 发布了Operator: a plain capitalised name a release brings in is what it released.
const PLAIN_NAME = /^[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}$/;
// 由Alexandr Wang领导: a name brought in by 由 that leads or founds something is a person's.
const LEADS_AFTER = /^(?:领导|带领|领衔|牵头|负责|创立|创办)/;
const INVESTS_AFTER = /^(?:联合领投|领投|跟投|参投|投资了|注资)/;
const INVESTED_AFTER = /^(?:追加|再次)?(?:投资|注资)/;
const PARTNERS_AFTER = /^(?:与|和)[^，,。；;]{1,8}?(?:达成|签署|建立|开展)[^，,。；;]{0,4}合作/;
/** OpenAI首席执行官Sam Altman: a role word right before the name. */
const roleBefore = (pre: string, k: Knowledge) => [2, 3, 4, 5].map((n) => (pre.length >= n ? k.roleOf(pre.slice(-n).trim()) : undefined)).find((r) => r);

/** Label of a Latin phrase from what it is and what surrounds it; undefined when it is not a name. */
function classify(p: string, pre: string, post: string, k: Knowledge, widerPre = pre): Pick<EntitySpan, 'label' | 'score' | 'props'> | undefined {
  if (k.cues.techAcronyms.has(p) || k.cues.techAcronyms.has(p.toUpperCase()) || NOT_A_NAME.test(p) || FINANCIAL_MEASURE.test(p) || EVENT.test(p) || DATASET_BEFORE.test(pre)) return undefined;
  // super APP, mini: a short lower-case English word is a word, unless reference data knows it as a name.
  if (/^[a-z]{1,6}$/.test(p) && !k.model(p) && !k.organisation(p)) return undefined;
  // AI 2000 (a list of scholars), IT 2023: a common acronym and a year.
  if (/^\S+ (?:19|20)\d\d$/.test(p) && k.cues.techAcronyms.has(p.split(' ')[0])) return undefined;
  // bigmodel.cn 大模型开放平台: a web address names the platform it serves, nothing else.
  if (WEB_ADDRESS.test(p)) return /^[^，。]{0,8}(?:平台|网站|官网)/.test(post) ? { label: 'Product', score: 0.6 } : undefined;
  if (LICENCE_AFTER.test(post)) return undefined;
  // An English gloss in brackets (人工智能（Artificial Intelligence, AI）) names nothing new.
  if (/[(（]\s*$/.test(pre) && / /.test(p) && !k.organisation(p)) return undefined;
  // DeepSeek App, GPT Store, ChatGPT search: a name ending in what kind of app it is names that app.
  if (APP_NAME.test(p)) return { label: 'Product', score: 0.85 };
  const org = k.organisation(p);
  // DeepSeek系列模型, 混元与DeepSeek双模型: a name that is an organisation's and a model family's, before a model word, is the model.
  const family = org && k.model(p);
  if (family && /^(?:系列|家族|双|等)?(?:大)?模型/.test(post)) return { label: family.label, score: 0.9 };
  if (org) return { label: org.label, score: 0.9 };
  const bySuffix = k.orgByName(p);
  // 金山办公发布WPS AI: what a release verb releases is no organisation, whatever its last word.
  const released = RELEASED_BEFORE.test(pre) || (/[和、与及]\s*$/.test(pre) && RELEASED_ITEM_BEFORE.test(widerPre));
  // 金山办公的WPS AI, 金山办公旗下WPS AI: a name with a weak suffix right after a company (and 的 or 旗下) is something
  // that company offers.
  const owned = () => {
    const owner = k.knownNames(pre).pop();
    return owner?.label === 'Company' && /^(?:的|旗下的?)?$/.test(pre.slice(owner.end).trim());
  };
  // (腾讯AI Lab is the company's lab, not its product.)
  if (bySuffix && !bySuffix.strong && bySuffix.label === 'Company' && / /.test(p) && owned()) return { label: 'Product', score: 0.6 };
  if (bySuffix && / /.test(p) && !released) return { label: bySuffix.label, score: 0.75 };
  if (/^(?:公司|集团)/.test(post)) return { label: 'Company', score: 0.85 };
  // hunyuan-pro, hunyuan-standard: an edition of a known model family is a model too.
  const known = k.model(p) ?? (/^[A-Za-z]+-[a-z]/.test(p) ? k.model(p.slice(0, p.indexOf('-'))) : undefined);
  if (known) return { label: known.label, score: 0.85 };
  // The title before the name says the role (OpenAI CEO Sam Altman: an executive); a scholar's context, a researcher.
  const titled = roleBefore(pre, k);
  if (PERSON_NAME.test(p) && !released && !p.split(' ').some((w) => k.cues.techAcronyms.has(w)) && (titled || PERSON_AFTER.test(post) || /(?:大学|学院|研究院|实验室|的)$/.test(pre) || (/由$/.test(pre) && LEADS_AFTER.test(post)))) return { label: 'Person', score: 0.7, props: { role: titled ?? 'researcher' } };
  // 由ASML领投, 微软向G42投资, G42与微软达成战略合作: what invests, is invested in or partners is an organisation.
  if (INVESTS_AFTER.test(post) || (/[向对]$/.test(pre) && INVESTED_AFTER.test(post)) || PARTNERS_AFTER.test(post)) return { label: 'Company', score: 0.65 };
  // Benchmarks and leaderboards (C-Eval作为…测试榜, SuperCLUE着眼于综合评价) are evaluation products.
  if (k.cues.layers['ecosystem.eval']?.includes(p) || /^(?:作为|是)?[^，。]{0,12}(?:测试榜|评测榜|测评榜|榜单|排行榜|基准测试|评测基准)/.test(post) || /(?:测评|评测|基准|榜单)$/.test(pre)) return { label: 'Product', score: 0.7, props: { kind: 'benchmark' } };
  // A100芯片, GPU芯片MTT S5000: a hardware word right after the name, or right before it.
  if (hasAny(post.slice(0, 4), k.cues.hardware) || k.cues.hardware.some((cue) => pre.trimEnd().endsWith(cue)) || /^[GTNDI]PU\b/.test(p)) return { label: 'Product', score: 0.7, props: { kind: 'hardware' } };
  // 微软 Azure, 谷歌的 Workspace: a plain word right after a company is something it offers.
  // 英伟达A100: so is a model code.
  if ((/^[A-Z][a-z]{3,}$/.test(p) || PRODUCT_CODE.test(p)) && owned()) return { label: 'Product', score: 0.6 };
  // 将大模型能力整合进WPS: what a capability is built into is a product.
  if (BUILT_INTO_BEFORE.test(pre)) return { label: 'Product', score: 0.6 };
  // Spotify、UberEats 等外部应用: the cue after a list's 等 names what its items are.
  if (cueWithin(post.replace(/^等/, ''), k.cues.product, 3) || /(?:产品|平台|名为|插件|工具|工具包|框架|智能体)$/.test(pre)) return { label: 'Product', score: 0.65 };
  if (hasAny(post.slice(0, 5), k.cues.model) || /(?:模型|大模型|LLM)$/.test(pre.trim())) return { label: 'Model', score: 0.8 };
  // Mixed case or digits read as model names (ChatGPT, LLaMA2, GPT-4); plain words are not.
  if (/\d/.test(p) && /[A-Za-z]{2}/.test(p) && !/^\d/.test(p)) return { label: 'Model', score: 0.55 };
  if (/[a-z][A-Z]|^[A-Z]{2,}[a-z]/.test(p) && p.length <= 20) return { label: 'Model', score: 0.45 };
  // (发布了Blackwell架构GPU B200: an architecture is no product.)
  if (released && (bySuffix || (PLAIN_NAME.test(p) && !/^架构/.test(post)))) return { label: 'Product', score: 0.6 };
  return undefined;
}

/** `GLM-130B 130B 2048`, `Qwen-7B 2023-08` (table rows read as prose): once a name has a version, numbers after it are other cells. */
function withoutNumericTail(phrase: string): string {
  const words = phrase.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^\d/.test(w) && words.slice(0, i).some((x) => /\d/.test(x)));
  return cut < 0 ? phrase : words.slice(0, cut).join(' ');
}

/**
 * `OpenAI CEO Sam Altman`: a title inside a phrase (CEO, CTO) ends the name before it, which holds the title
 * (`employs`), and opens the one after it.
 */
function atTitles(phrase: string, at: number, k: Knowledge): { text: string; at: number; employs: boolean }[] {
  // Most phrases are one word: nothing to split.
  if (!phrase.includes(' ')) return [{ text: phrase, at, employs: false }];
  const parts: { text: string; at: number; employs: boolean }[] = [];
  let from = 0;
  for (const w of phrase.matchAll(/\S+/g)) {
    if (!/^[A-Z]{2,4}$/.test(w[0]) || !k.roleOf(w[0])) continue;
    parts.push({ text: phrase.slice(from, w.index), at: at + from, employs: true });
    from = w.index! + w[0].length;
  }
  parts.push({ text: phrase.slice(from), at: at + from, employs: false });
  return parts.map((p) => ({ ...p, text: p.text.trimStart(), at: p.at + p.text.length - p.text.trimStart().length })).filter((p) => p.text.trim() !== '');
}

export function findLatinNames(text: string, offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(PHRASE)) for (const { text: whole, at: phraseAt, employs } of atTitles(m[0], m.index!, k)) {
    // Blackwell架构GPU B200: a processor word before a model code says what the code is; it is no part of the name.
    const lead = /^[GTNC]PU\s+(?=[A-Z]+\d)/.exec(whole)?.[0].length ?? 0;
    const [phrase, at] = [whole.slice(lead), phraseAt + lead];
    const surface = withoutNumericTail(phrase.replace(/ (?:GPU|API)$/, '').trim());
    if (surface.length < 2 || /^\d/.test(surface)) continue;
    // Markup in a report (<script>) is text, not a name.
    if (/<\/?$/.test(text.slice(Math.max(0, at - 2), at))) continue;
    // 思维链（Chain of Thought，CoT）: the abbreviation of an English gloss names nothing new either.
    if (GLOSS_BEFORE.test(before(text, at, 40))) continue;
    const c = classify(surface, before(text, at, 6).trimEnd(), after(text, at + surface.length, 8).trimStart(), k, before(text, at, 36))
      ?? (SERIES_MEMBER.test(before(text, at, 30)) && /^[A-Z][a-z]+$/.test(surface) ? { label: 'Model' as const, score: 0.6 } : undefined)
      ?? (employs ? { label: 'Company' as const, score: 0.6 } : undefined);
    // A person-shaped name or a code with no cue of its own may still be listed next to a person or a product (below).
    if (!c && !PERSON_NAME.test(surface) && !PRODUCT_CODE.test(surface) && !ACRONYM.test(surface)) continue;
    // 腾讯AI Lab: a lab named right after its company holds the company's name.
    const justBefore = before(text, at, 8);
    const owner = c?.label === 'Institution' ? k.knownNames(justBefore).filter((n) => isOrgLabel(n.label) && n.end === justBefore.length).pop() : undefined;
    const from = owner ? at - (owner.end - owner.start) : at;
    out.push({ ...(c ?? UNDECIDED), surface: text.slice(from, at) + surface, start: offset + from, end: offset + at + surface.length, method: 'pattern' });
  }
  return withListedKinds(withListedPeople(out, text, offset), text, offset).filter((s) => s.score > 0);
}

/** Below this a label is only a guess from the name's shape (mixed case, digits). */
const SHAPE_ONLY = 0.6;

/**
 * `开源工具 FudanNLP、FastNLP`: a name labelled only by its shape takes the label of the item listed before it; a bare
 * code (`A100、H100等GPU`) or acronym (`C-Eval和CMMLU`) takes the label of a product listed on either side.
 */
function withListedKinds(spans: EntitySpan[], text: string, offset: number): EntitySpan[] {
  const joined = (a: EntitySpan, b: EntitySpan) => LIST_JOINER.test(text.slice(a.end - offset, b.start - offset));
  const listedProduct = (m: EntitySpan | undefined, a: EntitySpan, b: EntitySpan) => m?.label === 'Product' && m.score >= SHAPE_ONLY && joined(a, b);
  return spans.map((s, i, all) => {
    const prev = all[i - 1];
    const next = all[i + 1];
    if (s.score === 0 && (PRODUCT_CODE.test(s.surface) || ACRONYM.test(s.surface))) {
      const mate = prev && listedProduct(prev, prev, s) ? prev : next && listedProduct(next, s, next) ? next : undefined;
      return mate ? { ...s, label: 'Product', score: SHAPE_ONLY, props: mate.props } : s;
    }
    return prev && s.score > 0 && s.score < SHAPE_ONLY && prev.score >= SHAPE_ONLY && prev.label !== 'Person' && prev.label !== s.label
      && joined(prev, s) ? { ...s, label: prev.label, props: prev.props } : s;
  });
}

const UNDECIDED = { label: 'Person', score: 0 } as const;
// A100, H100, MI300X, T4: a maker's model code (a few capitals, then digits), a product when something says so.
const PRODUCT_CODE = /^[A-Z]{1,3}\d{1,4}[A-Z]?$/;
// CMMLU: an acronym with no cue of its own may be listed with the products (benchmarks, chips) it is one of.
const ACRONYM = /^[A-Z]{3,8}$/;
// Claude 3系列模型，包括Opus、Sonnet和Haiku: plain words listed as the members of a model series are models.
const SERIES_MEMBER = /系列(?:大)?模型[^。；;]{0,3}(?:包括|包含|分别为|分别是|有)[^。；;，,]*$/;
const GLOSS_BEFORE = /[(（][A-Za-z][A-Za-z -]+[,，、]\s*$/;

/** `Chris Manning 和 Quoc Le`: a person-shaped name listed next to a person is a person too. */
function withListedPeople(spans: EntitySpan[], text: string, offset: number): EntitySpan[] {
  const isPersonShaped = (s: EntitySpan) => PERSON_NAME.test(s.surface) && s.score < 0.85;
  const joined = (a: EntitySpan, b: EntitySpan) => LIST_JOINER.test(text.slice(a.end - offset, b.start - offset));
  let changed = true;
  while (changed) {
    changed = false;
    spans.forEach((s, i) => {
      if (s.label === 'Person' || !isPersonShaped(s)) return;
      const prev = spans[i - 1]; const next = spans[i + 1];
      if ((prev?.label === 'Person' && joined(prev, s)) || (next?.label === 'Person' && joined(s, next))) {
        spans[i] = { ...s, label: 'Person', score: 0.7, props: { role: 'researcher' } };
        changed = true;
      }
    });
  }
  return spans;
}
