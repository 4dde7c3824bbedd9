// All entity spans of one prose sentence: every recogniser, then overlaps resolved.
import type { Knowledge } from './knowledge.ts';
import { BONUS_MIN_SCORE, isOrgLabel, resolveOverlaps, type EntitySpan } from './span.ts';
import { tagWords, type TaggedWord } from './jieba.ts';
import { findPolicies } from './policies.ts';
import { findLatinNames } from './latin-names.ts';
import { findCjkOrganisations } from './cjk-organisations.ts';
import { findGlossedPeople, findPeople, findSurnamedPeople, splitGluedAdverbs } from './people.ts';
import { findQuotedNames } from './quoted-names.ts';
import { findCjkModels } from './cjk-models.ts';
import { declaredAliases } from './alias-declarations.ts';
import { findModelApps } from './model-apps.ts';
import { withVersion } from './model-versions.ts';
import { findMixedModels } from './mixed-models.ts';
import { findListedNames } from './listed-names.ts';
import { findChipNames } from './chip-names.ts';
import { findOpeningCompanies } from './opening-companies.ts';
import { findMapLineItems } from './map-lines.ts';
import { findReleasedApps } from './released-apps.ts';
import { findAttachedUnits } from './attached-units.ts';
import { findBusinessUnits } from './business-units.ts';
import { findDottedModels } from './dotted-models.ts';
import { findKindNamedProducts } from './kind-named-products.ts';
import { LICENCE_AFTER } from './context.ts';

/** Known organisations and regions found by the reference data, as spans. */
function referenceSpans(text: string, offset: number, k: Knowledge, words: TaggedWord[]): EntitySpan[] {
  // A known name starting inside a word is a coincidence (源大模型 inside 开源大模型, 海地 inside 沿海地区), unless
  // another known name ends right there and jieba merely joined across the two (华为云盘古: 云盘 is a word).
  const hits = k.regions(text);
  const all = k.knownNames(text);
  // Offsets where a word starts or a known name ends, as flags (cheaper than sets, asked once per hit).
  const opens = new Uint8Array(text.length + 1);
  for (const w of words) opens[w.start] = 1;
  for (const n of hits) opens[n.end] = 1;
  for (const n of all) opens[n.end] = 1;
  const startsWord = (n: { start: number }) => opens[n.start] === 1 || !/[\u3400-\u9fff]/.test(text[n.start - 1] ?? '');
  const regions = hits.filter(startsWord).map((r): EntitySpan => ({
    label: 'Region', surface: r.surface, start: offset + r.start, end: offset + r.end, method: 'lexicon', score: 0.8,
    props: { level: r.level, name: r.name, ...(r.parent ? { parent: r.parent } : {}) },
  }));
  // 采用MoE架构: a technical term written as it is (MoE) is not the organisation an acronym in other case names (MOE, 教育部).
  const knownHits = all.filter((n) => startsWord(n) && !(isOrgLabel(n.label) && k.cues.techAcronyms.has(n.surface)));
  const apps = findModelApps(text, offset, knownHits);
  // 腾讯混元助手 names the app, not the model 腾讯混元: the model's name is read as part of the app's.
  const inApp = (n: { start: number; end: number }) => apps.some((a) => a.start < offset + n.end && offset + n.start < a.end);
  const known = knownHits.filter((n) => n.label !== 'Model' || !inApp(n))
    .map((n): EntitySpan => ({ ...n, start: offset + n.start, end: offset + n.end, method: 'lexicon', score: 0.85 }));
  return [...regions, ...known, ...apps];
}

/**
 * 南山 | 大学教授 | 陈思远: jieba glues a role to the organisation suffix before it (大学教授, 学院院长); the suffix ends a
 * name and the role opens a person's title, so they are cut apart.
 */
function splitGluedRoles(words: TaggedWord[], k: Knowledge): TaggedWord[] {
  const cut = (w: TaggedWord): number => {
    for (let at = 2; at <= w.word.length - 2; at++) if (k.isOrgAffix(w.word.slice(0, at), 'strong') && k.roleOf(w.word.slice(at))) return at;
    return 0;
  };
  // Most sentences have no such word: they keep their array.
  if (!words.some((w) => w.word.length >= 4 && cut(w) > 0)) return words;
  return words.flatMap((w) => {
    const at = w.word.length >= 4 ? cut(w) : 0;
    return at ? [{ word: w.word.slice(0, at), tag: 'n', start: w.start, end: w.start + at }, { word: w.word.slice(at), tag: 'n', start: w.start + at, end: w.end }] : [w];
  });
}

const isCjkChar = (w: TaggedWord | undefined): w is TaggedWord => w !== undefined && /^[\u3400-\u9fff]$/.test(w.word);

/** How many one-character words from `i` on join into a strong organisation suffix (the longest, 2 to 4), or 0. */
function cutAffixLength(words: TaggedWord[], i: number, k: Knowledge): number {
  let joined = words[i].word;
  let longest = 0;
  for (let n = 2; n <= 4 && isCjkChar(words[i + n - 1]); n++) {
    joined += words[i + n - 1].word;
    if (k.isOrgAffix(joined, 'strong')) longest = n;
  }
  return longest;
}

/**
 * 广东省 | 卫 | 健 | 委: jieba cuts an organ's short suffix it does not know into characters; characters that together
 * make a strong organisation suffix are joined back into one word, so that the place before it names that organ.
 * Most sentences have no such run: they keep their array.
 */
function joinCutAffixes(words: TaggedWord[], k: Knowledge): TaggedWord[] {
  let out: TaggedWord[] | undefined;
  for (let i = 0; i < words.length; i++) {
    const n = isCjkChar(words[i]) ? cutAffixLength(words, i, k) : 0;
    if (n === 0) {
      out?.push(words[i]);
      continue;
    }
    out ??= words.slice(0, i);
    out.push({ word: words.slice(i, i + n).map((w) => w.word).join(''), tag: 'n', start: words[i].start, end: words[i + n - 1].end });
    i += n - 1;
  }
  return out ?? words;
}

/** A sentence's spans from every recogniser, overlaps not yet resolved, and the words they were read from. */
export interface RecognisedSentence { spans: EntitySpan[]; words: TaggedWord[] }

/** Every recogniser's spans for a sentence, overlaps not yet resolved (the costly part: jieba). */
export function recogniseSentence(text: string, offset: number, k: Knowledge): RecognisedSentence {
  const words = joinCutAffixes(splitGluedAdverbs(splitGluedRoles(tagWords(text), k)), k);
  const spans = [
    ...findPolicies(text, offset, (t) => k.isPolicyTitle(t)),
    ...findLatinNames(text, offset, k),
    ...findCjkOrganisations(words, offset, k),
    ...findPeople(words, offset, k),
    ...findSurnamedPeople(text, words, offset, k),
    ...findGlossedPeople(text, words, offset, k),
    ...findQuotedNames(text, offset, k),
    ...findCjkModels(words, offset, k),
    ...findMixedModels(text, words, offset, k),
    ...findListedNames(text, words, offset, k),
    ...findReleasedApps(text, words, offset, k),
    ...findChipNames(text, words, offset, k),
    ...findOpeningCompanies(text, words, offset, k),
    ...findMapLineItems(text, offset, k),
    ...findDottedModels(text, words, offset, k),
    ...findKindNamedProducts(text, words, offset, k),
    ...referenceSpans(text, offset, k, words),
  ];
  spans.push(...findAttachedUnits(text, offset, spans), ...findBusinessUnits(text, offset, spans));
  return { spans: spans.map((s) => withVersion(s, text, offset)), words };
}

/**
 * Names learnt elsewhere in the report, found again in this sentence, without those that end inside one of its words
 * (云诊 in 云|诊室) unless another name starts right there (华为云 in 华为|云盘|古, before 盘古).
 */
export function learntAtWordEnds(found: EntitySpan[], sentence: RecognisedSentence, offset: number): EntitySpan[] {
  if (found.length === 0) return found;
  const starts = new Set([...sentence.spans, ...found].map((s) => s.start - offset));
  const endsInsideWord = (e: EntitySpan) => {
    const end = e.end - offset;
    return sentence.words.some((w) => w.start < end && end < w.end && /[\u3400-\u9fff]/.test(w.word));
  };
  return found.filter((e) => starts.has(e.end - offset) || !endsInsideWord(e));
}

/**
 * Shapes no recogniser should return as a name: one CJK character (大), a method written with + (预训练+精调; a policy's
 * title may hold one: 《…“人工智能+”行动计划》),
 * an English phrase in lower case (large-scale) unless it begins with a known name (hunyuan-pro).
 */
const implausible = (s: EntitySpan) => s.label !== 'Region' && s.method !== 'lexicon'
  && (/^[\u3400-\u9fff]$/.test(s.surface) || (s.label !== 'Policy' && /[\u3400-\u9fff][+＋]|[+＋][\u3400-\u9fff]/.test(s.surface)) || (/^[a-z]+(?:[- ][a-z]+)+$/.test(s.surface) && s.score < KNOWN_SCORE));
const KNOWN_SCORE = 0.85;

// 火山引擎原动力大会, 百度世界大会: an organisation's name opening an event's name names the event, not an actor in the sentence.
const EVENT_AFTER = /^[^，。；、,;\s在于与和及将把对由的了是]{0,8}(?:大会|峰会|发布会|论坛|博览会|年会)/;
const opensEventName = (s: EntitySpan, text: string, offset: number) =>
  isOrgLabel(s.label) && EVENT_AFTER.test(text.slice(s.end - offset));

/**
 * Whether names learnt elsewhere leave a sentence's reading as it was: each one sits exactly where a plausible
 * recogniser span at least as strong already is. Too weak for a bonus, it ranks after that twin (ties keep input
 * order) and is dropped wherever the twin is kept or blocked, so `sentenceEntities` would return the same spans.
 */
export function addsNothing(extra: EntitySpan[], recognised: EntitySpan[]): boolean {
  return extra.every((e) => e.score < BONUS_MIN_SCORE
    && recognised.some((r) => r.start === e.start && r.end === e.end && r.score >= e.score && !implausible(r)));
}

// MIT许可证: a licence named after an organisation is no mention of it (asked only where a licence word occurs).
const namesLicence = (s: EntitySpan, text: string, offset: number) =>
  isOrgLabel(s.label) && LICENCE_AFTER.test(text.slice(s.end - offset, s.end - offset + 6));

/** Entity spans of a sentence; `extra` are spans found elsewhere in the report (names seen before). */
export function sentenceEntities(text: string, offset: number, k: Knowledge, recognised: EntitySpan[], extra: EntitySpan[] = []): EntitySpan[] {
  const licence = /许可|协议|[Ll]icen/.test(text);
  const plausible = (s: EntitySpan) => !implausible(s) && !(licence && namesLicence(s, text, offset));
  const kept = resolveOverlaps([...recognised, ...extra].filter(plausible)).filter((s) => !opensEventName(s, text, offset));
  const aliases = kept.flatMap((s) => declaredAliases(text, offset, s));
  // A declared alias that reference data found too (（微软亚洲研究院前身）) keeps that span, bound to the name it follows.
  const sameSpan = (a: EntitySpan, s: EntitySpan) => a.start === s.start && a.end === s.end && a.label === s.label;
  const bound = kept.map((s) => {
    const same = aliases.find((a) => sameSpan(a, s));
    return same ? { ...s, aliasOf: same.aliasOf } : s;
  });
  return resolveOverlaps([...bound, ...aliases.filter((a) => !kept.some((s) => sameSpan(a, s)))]);
}
