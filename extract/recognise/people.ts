// People: jieba person-name words (唐杰) confirmed by a role cue nearby (教授, 院长, 创始人 …).
import type { Knowledge, PersonRole } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import type { TaggedWord } from './jieba.ts';
import { CAREER_VERB, clauseFrom, FUNCTION_CHARS, WORK_VERB } from './context.ts';

const PERSON_TAG = /^(?:nr|nrfg|nrt)$/;
// 李彦宏表示, 据杨植麟介绍, 张亚勤现任…, 王小川创立了…: only a person speaks or holds a post, so a name right
// before such a verb is one.
const SPEECH_VERB = /^(?:表示|认为|指出|称|强调|透露|介绍|坦言|提到|谈到|宣布|说)$/;
const ADVERB = /^(?:现|曾|还|也|亦|又|已|先后|曾经|目前)$/;
// 由李开复于2023年创办, 由王小川带领: a name after 由 whose clause goes on to found or lead is a person.
const FOUNDS_OR_LEADS = /创办|创立|创建|带领|领导|牵头|领衔/;
const ledBy = (prev: string | undefined, rest: string): boolean => prev === '由' && FOUNDS_OR_LEADS.test(rest.split(/[，,。；;]/)[0].slice(0, 12));
/** Do the words after a name (`next`, then `then`) say what only a person does: 表示, 现任, 现担任, 曾创办, 曾 | 任? */
const actsAsPerson = (next: string | undefined, then: string | undefined): boolean =>
  !!next && (SPEECH_VERB.test(next) || CAREER_VERB.test(next) || (ADVERB.test(next) && !!then && (CAREER_VERB.test(then) || then === '任')));
/** 杨植麟于2023年创立…, 梁文锋在杭州创立…, 王小川于2023年4月在北京创立…: from word `j`, a date or a place, then a career verb. */
function actsAfterPhrase(words: TaggedWord[], j: number): boolean {
  if (!/^[于在]$/.test(words[j]?.word ?? '')) return false;
  let at = j + 1;
  while (at < words.length && at - j <= 8 && (words[at].tag === 'm' || words[at].tag === 'ns' || /^[年月日在]$/.test(words[at].word))) at++;
  return at > j + 1 && CAREER_VERB.test(words[at]?.word ?? '');
}
/** 张伟曾在百度工作: from word `j`, (an adverb,) 在, a place of work, then a verb of working, in one clause. */
function worksSomewhere(words: TaggedWord[], j: number): boolean {
  const at = ADVERB.test(words[j]?.word ?? '') ? j + 1 : j;
  if (words[at]?.word !== '在') return false;
  return clauseFrom(words, at + 1, 9).words.some((w, n) => n > 0 && WORK_VERB.test(w.word));
}
// 林 | 晓 | 岚 | 是, 赵 | 磊 | 现 | 为: a verb that says what someone is, or an adverb of time, ends a name jieba cut
// into characters.
const ENDS_A_NAME = /^[是为称系现曾已将也还又]$/;
// 马斯克和其他科研重量级人物: a name listed with other people of some kind is a person's.
const AMONG_PEOPLE = /^(?:和|与|及|等)(?:其他|其它|众多|多位|一批)[^，,。；;]{0,8}?(?:人物|专家|学者|科学家|研究者|研究人员|企业家|创始人|人士)/;
// Prepositions, particles, conjunctions and adverbs end a name (王小川 | 于2023年).
const FUNCTION_TAG = /^(?:p|u[a-z]*|c|d|r)$/;

/** The role a cue word next to a name implies (a title jieba cut in two right before it too: 高|管, 首席|科学家). */
function roleNear(words: TaggedWord[], from: number, to: number, k: Knowledge): PersonRole | undefined {
  for (let i = Math.max(0, from - 2); i < Math.min(words.length, to + 3); i++) {
    if (i >= from && i < to) continue;
    const role = k.roleOf(words[i].word);
    if (role) return role;
  }
  return from >= 2 ? k.roleOf(words[from - 2].word + words[from - 1].word) : undefined;
}

/** 周远航（星河科技CEO）表示: the role that ends a bracket right after the name (at word `j`) describes the name. */
function bracketRole(words: TaggedWord[], j: number, k: Knowledge): PersonRole | undefined {
  if (!/^[（(]$/.test(words[j]?.word ?? '')) return undefined;
  const inside = words.slice(j + 1, j + 9);
  const close = inside.findIndex((w) => /^[）)]$/.test(w.word));
  if (close < 1) return undefined;
  const content = inside.slice(0, close).map((w) => w.word).join('');
  for (let n = Math.min(6, content.length); n >= 2; n--) {
    const role = k.roleOf(content.slice(-n));
    if (role) return role;
  }
  return undefined;
}

/** The role a clause of at most `max` words from word `from` ends in, when a clause break closes it. */
function roleEndingClause(words: TaggedWord[], from: number, max: number, k: Knowledge): PersonRole | undefined {
  const clause = clauseFrom(words, from, max);
  // The clause's text, not its last word: jieba cuts some titles (首席|技术|官).
  return clause.closed && clause.words.length ? k.roleOf(clause.words.map((w) => w.word).join('')) : undefined;
}

/** 李娜，星河科技联合创始人，…: the role that ends a comma clause right after the name (at word `j`) describes the name. */
const appositiveRole = (words: TaggedWord[], j: number, k: Knowledge): PersonRole | undefined =>
  (/^[，,]$/.test(words[j]?.word ?? '') ? roleEndingClause(words, j + 1, 7, k) : undefined);

/** 张伟是北辰大学教授，…: the role that ends the clause 是 opens right after the name (at word `j`) is the name's. */
const copulaRole = (words: TaggedWord[], j: number, k: Knowledge): PersonRole | undefined =>
  (words[j]?.word === '是' ? roleEndingClause(words, j + 1, 9, k) : undefined);

/** What the words right after a name (at word `j`) say its bearer is: a comma clause, a bracket, or 是 ending in a role. */
const describedRole = (words: TaggedWord[], j: number, k: Knowledge): PersonRole | undefined =>
  appositiveRole(words, j, k) ?? bracketRole(words, j, k) ?? copulaRole(words, j, k);

export function findPeople(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!PERSON_TAG.test(words[i].tag)) continue;
    let j = i;
    // jieba splits rarer names into single characters tagged nr: 唐 | 杰
    while (j + 1 < words.length && words[j + 1].start === words[j].end && j - i < 2 && (
      (PERSON_TAG.test(words[j + 1].tag) && (words[j + 1].word.length === 1 || words[j].word.length === 1))
      // 邱 | 锡 | 鹏: after a one-character surname, one-character words of any tag finish the name
      || (words[i].word.length === 1 && words[j].word.length === 1 && words[j + 1].word.length === 1 && /[\u3400-\u9fff]/.test(words[j + 1].word) && !k.roleOf(words[j + 1].word) && !FUNCTION_TAG.test(words[j + 1].tag) && !ENDS_A_NAME.test(words[j + 1].word))
    )) j++;
    // 山姆·奥特曼, 埃隆·马斯克: a transliterated name goes on over each · and the name part after it.
    const given = j;
    while (/^[·•・]$/.test(words[j + 1]?.word ?? '') && /^[\u3400-\u9fff]{1,5}$/.test(words[j + 2]?.word ?? '') && words[j + 2].start === words[j + 1].end) j += 2;
    const transliterated = j > given;
    // 阿莫|迪, 扎克|伯格: and over the syllables jieba cut off, when they are part of a name (nr) rather than a function word.
    if (transliterated && words[j + 1] && /^[\u3400-\u9fff]{1,3}$/.test(words[j + 1].word) && PERSON_TAG.test(words[j + 1].tag) && words[j + 1].start === words[j].end) j++;
    // 郑/ns | 海涛/nr, 刘/zg | 晓/nr | 燕/nr: a given name jieba tags alone, after a family name it cut off.
    const lone = words[i - 1];
    if (!transliterated && lone && /^[\u3400-\u9fff]$/.test(lone.word) && lone.end === words[i].start && words.slice(i, j + 1).map((w) => w.word).join('').length === 2
      && k.surnameLength(lone.word + words[i].word) === 1 && !FUNCTION_TAG.test(lone.tag) && !k.roleOf(lone.word)) i--;
    // 埃|隆·马斯克: jieba may cut the first syllable of a transliterated name off as a word of its own.
    if (transliterated && i > 0 && /^[\u3400-\u9fff]$/.test(words[i - 1].word) && /^(?:ns|nr|nrt|nz|zg|ng|g)$/.test(words[i - 1].tag) && words[i - 1].end === words[i].start) i--;
    // 耶伦时表示, 张三等: a clause word jieba glued to the name is not part of it.
    const joined = words.slice(i, j + 1).map((w) => w.word).join('');
    const surface = joined.length >= 3 && /[时于称说等]$/.test(joined) ? joined.slice(0, -1) : joined;
    if (surface.length < 2 || surface.length > (transliterated ? 16 : 4) || !/^[\u3400-\u9fff·•・]+$/.test(surface)) { i = j; continue; }
    // 云图智能CTO…, 北辰科技董事长…: a name before an organisation suffix is the organisation's 字号; the role is held there.
    if (words[j + 1] && k.isOrgAffix(words[j + 1].word)) { i = j; continue; }
    const role = roleNear(words, i, j + 1, k) ?? describedRole(words, j + 1, k);
    const rest = words.slice(j + 1, j + 12).map((w) => w.word).join('');
    const speaks = surface === joined && (actsAsPerson(words[j + 1]?.word, words[j + 2]?.word) || actsAfterPhrase(words, j + 1) || worksSomewhere(words, j + 1) || ledBy(words[i - 1]?.word, rest) || AMONG_PEOPLE.test(rest) || LATIN_NAME_GLOSS.test(rest));
    if (role || speaks) out.push({ label: 'Person', surface, start: offset + words[i].start, end: offset + words[i].start + surface.length, method: 'pattern', score: role ? 0.7 : 0.65, props: role ? { role } : undefined });
    i = j;
  }
  return out;
}

// 伊利亚·苏茨克维（Ilya Sutskever）, 黄仁勋（Jensen Huang, JensenHuang as a PDF may join it): a given and a family name
// in Latin, in brackets, gloss a person's name.
const LATIN_GLOSS = /[（(]\s*[A-Z][a-z]+\s?(?:[A-Z][a-z]*\.?\s?)?[A-Z][a-z]+\s*[）)]/g;
const LATIN_NAME_GLOSS = new RegExp(`^${LATIN_GLOSS.source}`);
// After a name: a group or a form of address that a role word list does not hold.
const GROUP_AFTER = /^(?:团队|课题组|同学|老师|先生|女士|等人)/;
// Before a name: an organisation and 的 (清华大学的孙茂松), when a list word follows the name.
const ORG_BEFORE = /(?:大学|学院|研究院|研究所|实验室|课题组|中心|系|公司|集团)的?$/;
const LIST_AFTER = /^(?:、|，|,|和|与|及|以及|等)/;
const CLAUSE_WORD = /^(?:v|vn|d|ad|p|c|uj|ul|x|r)$/;

/**
 * 张 | 建 | 中曾 | 任: after a character cut off alone, jieba may take a name's last character and the adverb after it
 * (曾, 现) for another name.
 */
const gluesAdverb = (w: TaggedWord, i: number, words: readonly TaggedWord[]): boolean =>
  w.word.length === 2 && PERSON_TAG.test(w.tag) && ENDS_A_NAME.test(w.word[1]) && isNameChar(words[i - 1]);
// A character that can be part of a name: not punctuation (，华为 is the company) nor a function word (的华为).
const isNameChar = (w: TaggedWord | undefined) => !!w && /^[\u3400-\u9fff]$/.test(w.word) && !FUNCTION_CHARS.has(w.word);
const splitLast = (w: TaggedWord): TaggedWord[] =>
  [{ word: w.word[0], tag: 'nr', start: w.start, end: w.start + 1 }, { word: w.word[1], tag: 'd', start: w.start + 1, end: w.end }];

/** The sentence's words with each such glued adverb cut off the name (most sentences have none: they keep their array). */
export const splitGluedAdverbs = (words: TaggedWord[]): TaggedWord[] =>
  words.some(gluesAdverb) ? words.flatMap((w, i) => (gluesAdverb(w, i, words) ? splitLast(w) : [w])) : words;

/**
 * Family name + one or two characters, in a context only a person fits (孙茂松团队, 研究院的张亚勤以及…):
 * jieba splits rarer names into single characters, so its tags alone miss them.
 */
export function findSurnamedPeople(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  // Most words start with no family name: the lookups below are built only for a sentence that has one.
  // A dictionary word at the start (高校, 金融, 王者) makes an ordinary phrase, not a name.
  const candidates = words.flatMap((w, i) => {
    const family = w.word.length <= 3 && (w.word.length < 2 || PERSON_TAG.test(w.tag)) ? k.surnameLength(text.slice(w.start, w.start + 2)) : 0;
    return family ? [{ i, w, family }] : [];
  });
  if (!candidates.length) return out;
  const wordAt = new Map(words.map((w) => [w.start, w]));
  const ends = new Set(words.map((w) => w.end));
  for (const { i, w, family } of candidates) {
    const prev = words[i - 1];
    // 曾 | 任 | 搜狗CEO: the family name 任 finishing a career verb (曾任, 现任) is that verb.
    if (prev && CAREER_VERB.test(prev.word.slice(-1) + w.word)) continue;
    // 首席 | 执行官 | 张 | 鹏: a title jieba cut in two is one title.
    const roleBefore = prev && (k.roleOf(prev.word) ?? (words[i - 2] ? k.roleOf(words[i - 2].word + prev.word) : undefined));
    const orgBefore = ORG_BEFORE.test(text.slice(Math.max(0, w.start - 6), w.start));
    for (const n of [family + 1, family + 2]) {
      const end = w.start + n;
      const name = text.slice(w.start, end);
      if (!ends.has(end) || !/^[\u3400-\u9fff]+$/.test(name)) continue;
      const next = wordAt.get(end);
      // 教授孙茂|松|当选: a lone character between the name and a verb is the name's last character, not a verb.
      if (n === family + 1 && next?.word.length === 1 && !FUNCTION_TAG.test(next.tag) && !/[时于称说等]/.test(next.word) && /^(?:v|vn|n)$/.test(wordAt.get(next.end)?.tag ?? '') && wordAt.get(next.end)!.word.length >= 2) continue;
      const rest = text.slice(end, end + 3);
      const listed = LIST_AFTER.test(rest);
      // After a title (教授黄民烈创立…, 院长黄铁军曾任…) the name ends where a verb or a function word begins.
      const clauseGoesOn = !!roleBefore && (!next || CLAUSE_WORD.test(next.tag));
      const roleAfter = (next && k.roleOf(next.word)) || (next && describedRole(words, words.indexOf(next), k));
      // …时也表示: a function word (也, 还, 都) after the family name is no given name.
      const speaks = (actsAsPerson(next?.word, next && wordAt.get(next.end)?.word) || (!!next && worksSomewhere(words, words.indexOf(next))) || (ledBy(prev?.word, text.slice(end)) && !!next && CLAUSE_WORD.test(next.tag))) && !words.some((x) => x.start > w.start && x.end <= end && FUNCTION_TAG.test(x.tag));
      // 北辰大学计算机系陈明 alone on its line: the header of a bio.
      const endsLine = text.slice(end).trim() === '';
      if (!(roleAfter || speaks || GROUP_AFTER.test(rest) || ((orgBefore || roleBefore) && (listed || endsLine)) || clauseGoesOn)) continue;
      const role = roleAfter ?? roleBefore ?? (speaks ? undefined : 'researcher');
      out.push({ label: 'Person', surface: name, start: offset + w.start, end: offset + end, method: 'pattern', score: 0.65, props: role ? { role } : undefined });
      break;
    }
  }
  return out;
}

// What may stand right before a name of two or three characters: a boundary, a list word or a short function word.
const BEFORE_NAME = /(?:^|[\s，,、；;：:（(“"]|和|与|及|由|为|是|的|包括|如)$/;

/**
 * 伊利亚·苏茨克维（Ilya Sutskever）, 由黄仁勋（Jensen Huang）创立: a name glossed by a Latin given and family name is a
 * person's, however jieba cut and tagged its characters: a transliteration (its first part one word of jieba's) or a
 * family name and one or two characters after a boundary.
 */
export function findGlossedPeople(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  // Most sentences hold no Latin gloss: ask before anything else.
  if (!/[（(]\s*[A-Z][a-z]/.test(text)) return [];
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(LATIN_GLOSS)) {
    const end = m.index!;
    const before = text.slice(Math.max(0, end - 16), end);
    const dotted = before.match(/([\u3400-\u9fff]{1,5})((?:·[\u3400-\u9fff]{1,6}){1,3})$/);
    let start: number | undefined;
    if (dotted) {
      // The first part begins where the jieba word ending at the first · begins (包括 | 萨姆·…).
      const dot = end - dotted[2].length;
      let firstAt = words.findIndex((w) => w.end === dot);
      // 埃 | 隆·马斯克: single characters jieba cut off before it belong to it too.
      while (firstAt > 0 && isNameChar(words[firstAt - 1]) && !BEFORE_NAME.test(words[firstAt - 1].word) && dot - words[firstAt - 1].start <= 4) firstAt--;
      const first = words[firstAt];
      if (first && dot - first.start <= 4 && /^[\u3400-\u9fff]+$/.test(text.slice(first.start, dot))) start = first.start;
      else if (BEFORE_NAME.test(text.slice(0, dot - dotted[1].length))) start = dot - dotted[1].length;
    } else {
      for (const n of [3, 2]) {
        const at = end - n;
        if (at >= 0 && /^[\u3400-\u9fff]+$/.test(text.slice(at, end)) && k.surnameLength(text.slice(at, at + 2)) > 0 && BEFORE_NAME.test(text.slice(0, at))) { start = at; break; }
      }
    }
    if (start === undefined) continue;
    const surface = text.slice(start, end);
    if (k.organisation(surface) || k.regions(surface).some((r) => r.start === 0)) continue;
    out.push({ label: 'Person', surface, start: offset + start, end: offset + end, method: 'pattern', score: 0.7 });
  }
  return out;
}

