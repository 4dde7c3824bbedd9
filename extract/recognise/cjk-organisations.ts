// Chinese organisation names: a word ending in an organisation suffix, extended left over name-like words.
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import { FUNCTION_WORD_TAGS, NAME_WORD_TAGS, tagWords, type TaggedWord } from './jieba.ts';
import { CAREER_VERB, clauseFrom, DESCRIBED_AS_COMPANY, FUNCTION_CHARS } from './context.ts';

// Tags of words that can be part of a name (place, organisation, nouns, abbreviations, Latin).
const NAME_TAGS = /^(?:ns|nt|nz|n|nr|nrt|nrfg|j|eng|vn|an|b|ng|x)$/;
// Words that begin a clause or describe rather than name: the name cannot extend over them.
const STOP_WORDS = new Set(['的', '和', '与', '及', '以及', '或', '等', '由', '在', '是', '为', '将', '对', '从', '向', '被', '把', '如', '包括', '例如', '其中', '其', '该', '本', '此', '这', '那', '各', '多', '个', '家', '所', '以', '于', '中', '上', '下', '后', '前', '里', '内', '外',
  // Prepositions jieba may tag as nouns (面向/n 银行): 面向银行、证券等金融机构.
  '面向', '针对', '涵盖', '覆盖', '通过', '基于', '依托', '借助']);
// A name made only of these is a description (科技公司, 人工智能企业), not an entity.
const GENERIC = new Set(['科技', '人工智能', '数字', '智慧', '未来', '传统', '新兴', '现代', '主流', '通用', '专业', '互联网', '技术', '信息', '智能', '网络', '数据', '大型', '国内', '国外', '海外', '国际', '相关', '知名', '头部', '龙头', '初创', '创业', '上市', '研究', '金融', '证券', '银行', '基金', '保险', '软件', '硬件', '芯片', '计算机', '高校', '大学', '企业', '公司', '机构', '政府', '国家', '地方', '我国', '中国', '全球', '世界', '重点', '顶尖', '顶级', '主要', '部分', '多家', '各大', '一些', '其他', '其它', '新', '老', '大', '小', '模型', '大模型', '实验室', '研究院', '研究所', '中心', '团队', '课题组', '工作组', '平台', '行业', '领域', '产业', '服务', '应用', '商业', '类型', '创新型', '新型', '新一轮', '规范', '民营', '国有', '股份制', '城市', '农村', '外资', '上下文', '网络通信', '研发', '开发', '运营', '管理', '交易', '投资', '深度', '代表', '领先', '中文', '英文', '高质量', '子', '分', '母', '全资', '控股', '参股', '附属']);

// 应用型, 领域性, 生成式, 通用化: a word that says what kind of thing, not which one.
const DESCRIPTIVE_WORD = /[\u3400-\u9fff][型性式类化]$/;
const STATE_ORGAN_SUFFIX = /(?:署|局|部|委员会|办公室|办公厅)$/;
// Tags of ordinary words (nouns, verbs, adjectives), as against names (nt, nz, ns, nr, j).
const COMMON_NOUN = /^(?:n|vn|v|a|an)$/;
// Tags of proper names: people (and transliterations), places, other names.
const PROPER_NAME_TAGS = /^(?:nr|nrt|nrfg|ns|nz)$/;
// How the names of state bodies begin (国家数据局, 中国证监会): never trimmed as description.
const STATE_PREFIX = new Set(['国家', '中国', '全国', '中央']);
// 研究院, 办公厅, 学院: an organisation ending on its own.
const isBareSuffix = (word: string, k: Knowledge) => k.isOrgAffix(word) || (k.orgByName(word) !== undefined && word.length <= 3);
// 美国科技公司 describes: a place plus generic words names no one.
const isPlace = (word: string, k: Knowledge) => k.regions(word).some((r) => r.start === 0 && r.end === word.length);

/** 隶属于, 旗下, 收购: a word that says one organisation belongs to another (控股, also a suffix, is a name's). */
const ownershipWord = (word: string, k: Knowledge) =>
  !k.isOrgAffix(word) && (k.cues.ownership.partFirst.includes(word) || k.cues.ownership.ownerFirst.includes(word)) && !/实验室|研究院|公司/.test(word);

/** 公司 or 企业 alone: a word that says an organisation is a company without naming one. */
const BARE_COMPANY = /^(?:公司|企业)$/;
/** 有限公司, 股份有限公司: the legal form that registers a company's name. */
const registeredForm = (affix: string) => /有限(?:责任)?公司$|股份公司$/.test(affix);

/** A word that names rather than describes: 清华大学 yes, 科技, 公司, 美国, 解析 (a verb) no. */
export const isNamingWord = (p: TaggedWord, k: Knowledge): boolean => (p.tag !== 'vn' && NAME_TAGS.test(p.tag) && !DESCRIPTIVE_WORD.test(p.word) && !GENERIC.has(p.word) && !isBareSuffix(p.word, k) && !isPlace(p.word, k))
  // 微软/a | 中国 | 研究院: a known organisation's name names, whatever jieba tags it.
  || (p.word.length >= 2 && !!k.organisation(p.word));

/** The head of a word that ends in the suffix names something: 招商银行 yes; 商业银行, 中央银行, 证券公司 no. */
const headNames = (word: string, affix: string) => {
  if (word.length <= affix.length || !word.endsWith(affix)) return true;
  const head = word.slice(0, -affix.length);
  return !GENERIC.has(head) && !STATE_PREFIX.has(head);
};

/**
 * Can the name ending at word `i` (a bare suffix such as 委员会) extend over 与 at `j - 1` to the field word before it?
 * A research unit's fields may be verbs (智能感知与计算实验室): between 与 and the suffix they name, not act.
 */
function fieldsJoined(words: TaggedWord[], j: number, i: number, k: Knowledge, researchUnit: boolean): boolean {
  const field = words[j - 2];
  const between = words.slice(j, i);
  const fieldWord = (p: TaggedWord) => NAME_TAGS.test(p.tag) || (researchUnit && /^(?:v|vn|l)$/.test(p.tag) && /^[\u3400-\u9fff]{2,}$/.test(p.word) && !actsInClause(p.word, k));
  return !!field && isBareSuffix(words[i].word, k) && between.length >= 1
    // 北辰大学与计算实验室: a word before 与 that ends an organisation's name (大学) ends that name, not a field;
    // 云图智能与北辰大学: a proper name after 与 opens the second organisation's name.
    && !k.isOrgAffix(field.word, 'strong') && !between.some((p) => PROPER_NAME_TAGS.test(p.tag))
    // 源码资本和星河创投: two investment firms listed, not one firm of two fields.
    && !(FUND_SUFFIX.test(field.word) && FUND_SUFFIX.test(words[i].word))
    && [field, ...between].every((p) => fieldWord(p) && !STOP_WORDS.has(p.word) && !k.orgByName(p.word) && !k.organisation(p.word) && /[\u3400-\u9fffA-Za-z]/.test(p.word));
}

/** 智能感知与计算实验室: where the fields of a research unit joined by 与/和 before its suffix begin, if they are. */
function joinedFieldsStart(words: TaggedWord[], i: number, k: Knowledge): number | undefined {
  for (let m = i - 1; m >= Math.max(1, i - 4); m--) {
    if (/^[与和]$/.test(words[m].word) && fieldsJoined(words, m + 1, i, k, true)) return m - 1;
  }
  return undefined;
}

/** 复旦大学 | 自然语言 | 处理: only field words (nouns, set phrases, verbs that act in no clause) between an organisation's name and word `j`. */
function fieldsFollowOrganisation(words: TaggedWord[], j: number, k: Knowledge): boolean {
  for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
    const w = words[m];
    if (isStrongName(w) || k.orgByName(w.word)?.strong || k.isOrgAffix(w.word, 'strong')) return true;
    if (!/^(?:l|n|vn|v)$/.test(w.tag) || !/^[\u3400-\u9fff]{2,}$/.test(w.word) || actsInClause(w.word, k)) return false;
  }
  return false;
}

/** Index of a place (深圳市, 广东省) at most three remit words (nouns, verbs that act in no clause, 和) before word `j`. */
function localPlaceBefore(words: TaggedWord[], j: number, k: Knowledge): number | undefined {
  for (let m = j - 1; m >= Math.max(0, j - 4); m--) {
    const w = words[m];
    if (isPlace(w.word, k)) return m;
    const remit = (/^(?:n|v|vn|a|an|j)$/.test(w.tag) && /^[\u3400-\u9fff]{2,}$/.test(w.word) && !actsInClause(w.word, k)) || w.word === '和';
    if (!remit) return undefined;
  }
  return undefined;
}

/** 星河科技由前百度高管周航于2019年创立: 由 at word `j` brings in who founded the name before it, in the same clause. */
function foundedBy(words: TaggedWord[], j: number, k: Knowledge): boolean {
  if (words[j]?.word !== '由') return false;
  return clauseFrom(words, j + 1, 11).words.some((w) => k.cues.triggers.FOUNDED.includes(w.word));
}

/** A relation trigger (发布, 成立, 合作) or career verb acts in the clause: no unit is named by it. */
const actsInClause = (word: string, k: Knowledge) => CAREER_VERB.test(word) || Object.values(k.cues.triggers).some((list) => list.includes(word));

/** An organisation jieba knows by name (深圳市人民政府/nt): a unit after it (办公厅) is as sure a name. */
const isStrongName = (w: TaggedWord) => w.tag === 'nt' && w.word.length >= 3;

/** A two-character dictionary word other than an organisation name. */
const isCommonWord = (two: string) => {
  const words = tagWords(two);
  return words.length === 1 && !/^(?:nt|j)$/.test(words[0].tag);
};

/** 智能产业研究院, 交互式人工智能课题组: a research unit named by what it studies (three words or more, a strong suffix). */
const isDescriptiveUnit = (parts: TaggedWord[], typed: NonNullable<ReturnType<Knowledge['orgByName']>>) =>
  typed.strong && typed.label === 'Institution' && parts.length >= 3 && parts.map((p) => p.word).join('').length >= 6;

// Tags of single characters that can be part of a coined name (not particles, pronouns, numbers, prepositions…).
const CONTENT_CHAR_TAGS = /^(?:n|ng|v|vg|a|ag|nr|ns|nz|b|s|t|tg|z|g|j)$/;
// 由/被 bring in the agent of an act: 由星河科技训练, 被星河科技收购.
const CLAUSE_OPENING = /^(?:[，,。；;：:、（(“"]|与|和|及|由|被)$/;
const ACTS_NEXT = /^(?:v|p|c)$/;
const RAISES = /^(?:获得|获|完成|宣布)$/;
// 星河科技在数据集方面布局较早: a business that works in a field (a field's own progress is said otherwise).
const WORKS_IN_FIELD = /^在[^，,。；;]{1,10}(?:领域|方面|赛道|业务)(?:的)?(?:布局|发力|深耕|投入|积累|探索|拥有|具备)/;
/** One character jieba cut alone that can be part of a name (兴, 泰), not a particle or a stop word. */
const loneContentChar = (x: TaggedWord) => /^[\u3400-\u9fff]$/.test(x.word) && CONTENT_CHAR_TAGS.test(x.tag) && !STOP_WORDS.has(x.word);

/**
 * 衔远科技推出了…, 星环科技与…, 心言集团发布…: two characters jieba knows only one by one (a coined 字号) before a company
 * suffix, opening a clause whose verb follows, name a company. So does an ordinary noun before a weak suffix (星河科技)
 * when what follows is a relation trigger or a role (星河科技发布了…, 星河科技的创始人…), or an act at a known place
 * (星河科技在上海设立了…). Returns the name's words, or undefined.
 */
function tradeNameOpeningClause(words: TaggedWord[], i: number, k: Knowledge, investing: () => boolean): TaggedWord[] | undefined {
  const [a, b] = [words[i - 2], words[i - 1]];
  const next = words[afterTimePhrase(words, i + 1)];
  if (!b || !next || !k.isOrgAffix(words[i].word)) return undefined;
  // 初创公司星河智能完成了…: a bare 公司/企业 before the name describes it, as a clause opening would; so does the 的
  // of a founding (由李明创办的幂|律|智能与…).
  const opensClause = (n: number) => {
    const x = words[n];
    return !x || CLAUSE_OPENING.test(x.word) || BARE_COMPANY.test(x.word) || (x.word === '的' && /^(?:创立|创办|创建|成立)$/.test(words[n - 1]?.word ?? ''));
  };
  const coinedChar = (x: TaggedWord) => loneContentChar(x) && !GENERIC.has(x.word);
  // 高新 | 科技, 新兴 | 技术: a two-character word the dictionary knows is no coined name.
  if (a && coinedChar(a) && coinedChar(b) && opensClause(i - 3) && ACTS_NEXT.test(next.tag) && tagWords(a.word + b.word).length > 1) return [a, b, words[i]];
  // 创办了元/m | 象/n | 智能。: any two characters a career verb brings in, up to the clause's end, are a coined 字号.
  const verb = words[i - 3]?.word === '了' ? words[i - 4] : words[i - 3];
  const anyChar = (x: TaggedWord | undefined) => !!x && /^[\u3400-\u9fff]$/.test(x.word) && !FUNCTION_CHARS.has(x.word);
  if (anyChar(a) && anyChar(b) && verb && CAREER_VERB.test(verb.word) && /^[，,。；;]$/.test(words[i + 1]?.word ?? '。')) return [a!, b, words[i]];
  // What the name does, asked last (the word tests below rule most candidates out first). 星河科技创始人…, 星河科技的CEO…:
  // a role right after the name, or after 的. 星河智能完成了B轮融资: in a sentence about investing, raising money is an
  // organisation's act too.
  const roleAfter = () => k.roleOf(next.word) ?? (next.word === '的' && words[i + 2] ? k.roleOf(words[i + 2].word) : undefined);
  // 星河科技的天枢大模型: an organisation's model after 的.
  const ownsModel = () => next.word === '的' && /^[\u3400-\u9fffA-Za-z0-9-]{1,8}?大?模型/.test(words.slice(i + 2, i + 6).map((x) => x.word).join(''));
  const actsAsOrganisation = () => actsInClause(next.word, k) || ownsModel() || ![undefined, 'researcher'].includes(roleAfter()) || (RAISES.test(next.word) && investing()) || foundedBy(words, afterTimePhrase(words, i + 1), k)
    || joinsOrganisation(words, i + 1, k) || actsAtPlace(words, afterTimePhrase(words, i + 1), k) || saysBusiness(words.slice(i + 1, i + 14).map((x) => x.word).join(''));
  // 现任星河科技CTO, 加盟星河科技。: a career verb brings in the organisation a post is held at, whatever follows.
  const afterCareerVerb = !!a && CAREER_VERB.test(a.word);
  // 医疗科技, 金融科技: an industry before the suffix names a field, not a company.
  if (/^[\u3400-\u9fff]{2}$/.test(b.word) && b.tag === 'n' && !GENERIC.has(b.word) && !isBareSuffix(b.word, k) && !k.cues.tiers.L1.includes(b.word) && (opensClause(i - 2) || afterCareerVerb) && (afterCareerVerb || actsAsOrganisation())) return [b, words[i]];
  return undefined;
}

const saysBusiness = (after: string) => DESCRIBED_AS_COMPANY.test(after) || WORKS_IN_FIELD.test(after);

// An investment firm's suffix: also an ordinary word (资本市场, 社会资本), so a name needs a sentence about investing.
const FUND_SUFFIX = /^(?:资本|创投|基金)$/;
const INVESTMENT_CUE = /领投|跟投|参投|投资|融资|注资|入股/;
// What kind of capital or fund (社会资本, 天使基金, 产业基金, 美元基金), not whose.
const FUND_KIND = new Set(['社会', '风险', '人力', '国有', '民间', '产业', '私募', '公募', '政府', '引导', '天使', '种子', '风投', '战略', '长期', '耐心', '境外', '外部', '外资', '民营', '美元', '人民币', '科创', '专项', '发展', '并购', '股权', '债券', '货币', '指数', '养老', '社保', '主权', '地方', '市场', '早期', '成长', '大量', '更多', '充足', '巨额', '大额', '工业', '跨国', '基础', '机构', '知识', '数字', '文化', '资金']);

/**
 * 高瓴资本和启明创投跟投, 获得了经纬创投的投资: a 字号 of two characters before 资本/创投/基金 names an investment firm in a
 * sentence about investing. Returns the name's words, or undefined.
 */
function investmentFirm(words: TaggedWord[], i: number, k: Knowledge, investing: () => boolean): TaggedWord[] | undefined {
  const [a, b] = [words[i - 2], words[i - 1]];
  if (!b || !FUND_SUFFIX.test(words[i].word)) return undefined;
  const stem = /^[\u3400-\u9fff]{2}$/.test(b.word) ? [b] : a && loneContentChar(a) && loneContentChar(b) ? [a, b] : undefined;
  if (!stem) return undefined;
  const word = stem.map((p) => p.word).join('');
  const [before, after] = [words[i - 1 - stem.length], words[i + 1]];
  // 开展基金销售业务: a suffix word that a noun goes on from is part of a compound, not the end of a name (投资/vn is the act).
  if (after && /^(?:n|vn|nz|ng)$/.test(after.tag) && !INVESTMENT_CUE.test(after.word)) return undefined;
  if (GENERIC.has(word) || FUND_KIND.has(word) || STOP_WORDS.has(stem[0].word) || isPlace(word, k) || (before && !FUNCTION_WORD_TAGS.test(before.tag))) return undefined;
  return investing() ? [...stem, words[i]] : undefined;
}

/**
 * 星河智能与南山大学共建…: 与/和 at word `j` joins an organisation (a strong suffix, a name jieba or the reference data
 * knows) that acts with this one in the clause (a relation trigger follows).
 */
function joinsOrganisation(words: TaggedWord[], j: number, k: Knowledge): boolean {
  if (!/^(?:与|和|同|携手)$/.test(words[j]?.word ?? '')) return false;
  const partner = words.slice(j + 1, j + 4);
  // 与云图/nr | 智能: a proper name and a weak suffix are an organisation as well.
  const isOrganisation = (x: TaggedWord, n: number) => isStrongName(x) || k.isOrgAffix(x.word, 'strong') || !!k.organisation(x.word)
    || (n > 0 && k.isOrgAffix(x.word) && /^(?:nr|nz|nrt|j)$/.test(partner[n - 1].tag));
  // The trigger may follow a list of partners (与商汤科技、智谱AI等企业达成合作).
  return partner.some(isOrganisation) && clauseFrom(words, j + 1, 12).words.some((x) => actsInClause(x.word, k));
}

/** 星河科技于2023年5月发布…, 星河科技近日宣布…: the index of the first word after a time phrase at word `j` (or `j`). */
function afterTimePhrase(words: TaggedWord[], j: number): number {
  let m = j;
  if (/^[于在]$/.test(words[m]?.word ?? '') && words[m + 1]?.tag === 'm') m++;
  while (m < words.length && (words[m].tag === 't' || (words[m].tag === 'm' && /^[\d年月日]/.test(words[m].word)) || (m > j && /^[年月日初底末]$/.test(words[m].word)))) m++;
  return m > j && m < words.length ? m : j;
}

// What an organisation does at a place (量子科技在合肥取得突破 is a field's progress, not a company's act).
const ACT_AT_PLACE = /^(?:设立|成立|建立|开设|落户|布局|注册|建设|设有|上线|举办)$/;

/** 星河科技在上海设立了…, 在美国旧金山成立: 在 at word `j`, places the reference data knows, then an organisation's act. */
function actsAtPlace(words: TaggedWord[], j: number, k: Knowledge): boolean {
  if (words[j]?.word !== '在') return false;
  let at = j + 1;
  while (at < j + 4 && words[at] && isPlace(words[at].word, k)) at++;
  return at > j + 1 && (ACT_AT_PLACE.test(words[at]?.word ?? '') || actsInClause(words[at]?.word ?? '', k));
}

/** 兴/v | 泰/ns (合肥兴泰金融控股集团): a name does not begin on a lone character jieba split from the character before it. */
const splitCharOfName = (prev: TaggedWord, first: TaggedWord) => loneContentChar(prev) && loneContentChar(first);

/**
 * The name right after a description (…公司灵犀机器人宣布…): a proper name, a Latin word or characters jieba knows only
 * one by one, then at most three name words, ended by the verb or function word its clause goes on with. Ordinary
 * nouns (a numeral character too: 零壹/m | 万物) name the company when two or more run up to an organisation's own act
 * (…企业灵枢机器人完成…; not 企业数量增长); `mustAct` asks that act of a proper name too.
 */
function nameAfterDescription(words: TaggedWord[], j: number, k: Knowledge, mustAct = false): TaggedWord[] | undefined {
  const first = words[j];
  if (first && GENERIC.has(first.word)) return undefined;
  const proper = !!first && (/^(?:nr|nrt|nrfg|nz|eng|j)$/.test(first.tag) || (loneContentChar(first) && loneContentChar(words[j + 1] ?? first)));
  const plain = !!first && (first.tag === 'n' || (first.tag === 'm' && /^[\u3400-\u9fff]{2}$/.test(first.word))) && !STOP_WORDS.has(first.word);
  if (!first || !(proper || plain)) return undefined;
  let e = j;
  while (e - j < 3 && words[e + 1] && /^(?:n|nr|nz|ng|j|eng)$/.test(words[e + 1].tag) && !STOP_WORDS.has(words[e + 1].word) && !k.roleOf(words[e + 1].word)) e++;
  const after = words[e + 1];
  if (!after || !(/^v/.test(after.tag) || FUNCTION_WORD_TAGS.test(after.tag))) return undefined;
  const acts = actsInClause(after.word, k) || RAISES.test(after.word);
  return (proper && !mustAct) || ((proper || e > j) && acts) ? words.slice(j, e + 1) : undefined;
}

/** A word that can say what business a company is in (具身智能, 初创, AI): not a name, a place or punctuation. */
const describesBusiness = (w: TaggedWord | undefined, k: Knowledge) =>
  !!w && /^[\u3400-\u9fffA-Za-z]+$/.test(w.word) && (!NAME_WORD_TAGS.test(w.tag) || k.cues.techAcronyms.has(w.word)) && !k.organisation(w.word);

/** A company named by consecutive words. */
const companyOf = (name: readonly TaggedWord[], offset: number, score: number): EntitySpan =>
  ({ label: 'Company', surface: name.map((w) => w.word).join(''), start: offset + name[0].start, end: offset + name[name.length - 1].end, method: 'pattern', score });

/** …子公司星河智算。: two to eight characters of name words from word `j` to the end of the clause. */
function subsidiaryName(words: TaggedWord[], j: number): TaggedWord[] | undefined {
  const end = words.findIndex((w, n) => n >= j && /^[，,。；;）)]$/.test(w.word));
  const name = end < 0 ? [] : words.slice(j, end);
  const text = name.map((w) => w.word).join('');
  // 子公司众多: one ordinary word is no name.
  const named = name.length > 1 ? name.every((w) => CONTENT_CHAR_TAGS.test(w.tag) || w.tag === 'eng') : NAME_WORD_TAGS.test(name[0]?.tag ?? '');
  return /^[\u3400-\u9fffA-Za-z]{2,8}$/.test(text) && named ? name : undefined;
}

/** Indices of words whose end is an organisation suffix, with the name extended to the left. */
export function findCjkOrganisations(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  let investing: boolean | undefined;
  const aboutInvesting = () => (investing ??= INVESTMENT_CUE.test(words.map((w) => w.word).join('')));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!/[\u3400-\u9fff]/.test(w.word)) continue;
    // 具身智能企业灵枢机器人完成…: 企业 ends no name, but like a bare 公司 it ends a description before one.
    const described = w.word === '企业' && describesBusiness(words[i - 1], k) ? nameAfterDescription(words, i + 1, k, true) : undefined;
    if (described) {
      out.push(companyOf(described, offset, 0.6));
      continue;
    }
    // Most words cannot end an organisation name: ask before building the window of words before it.
    if (!k.mayEndOrgName(w.word)) continue;
    const typed = k.orgByName(words.slice(Math.max(0, i - 4), i + 1).map((x) => x.word).join(''));
    const strongWord = isStrongName(w);
    // jieba tags descriptions as organisations too (新格局/nt, 商业机会/nt): a name needs an organisation suffix.
    if (!typed) continue;
    // 格局, 机会, 社会, 总部 (also inside 新格局/nt): a common word that merely ends like an organisation.
    if (typed.affix.length === 1 && w.word.length >= 2 && w.word.endsWith(typed.affix) && isCommonWord(w.word.slice(-2))) continue;
    // 神经网络, 大数据: a common noun that ends in a weak suffix (网络, 数据) is that noun, not a company.
    if (!typed.strong && typed.label === 'Company' && w.word.length > typed.affix.length && w.word.endsWith(typed.affix) && COMMON_NOUN.test(w.tag)) continue;
    // 首席 | 技术 | 官: a title jieba cut apart (the word after is no title alone) ends in no organisation suffix.
    const next = words[i + 1]?.word ?? '';
    if (next && !k.roleOf(next) && k.roleOf(`${words[i - 1]?.word ?? ''}${w.word}${next}`)) continue;
    // 北辰自然语言处理与社会人文计算实验室: a research unit's name spells out its fields, so it may run longer.
    const researchUnit = typed.kind === 'research' && typed.strong;
    const maxWords = researchUnit ? 9 : 7;
    let j = researchUnit ? joinedFieldsStart(words, i, k) ?? i : i;
    while (j > 0 && i - j < maxWords) {
      const prev = words[j - 1];
      // 国家科学与技术委员会, 资本市场与公司金融研究中心: a unit named by two fields joined by 与/和.
      if (/^[与和]$/.test(prev.word) && fieldsJoined(words, j, i, k, researchUnit)) { j -= 2; continue; }
      // 北辰科技（深圳）有限公司: a registered name may give its place in brackets before the legal form.
      if (/^[)）]$/.test(prev.word) && j >= 3 && /^[(（]$/.test(words[j - 3].word) && isPlace(words[j - 2].word, k) && /公司$/.test(typed.affix)) { j -= 3; continue; }
      if (i - j >= maxWords - 1) break;
      // 自然语言/l, 交互式/l: set phrases name a research unit's field.
      // 清华大学 | 知识/v | 工程 | 实验室: between an organisation's name and a unit's suffix, a verb jieba tags names the field.
      const fieldVerb = researchUnit && prev.tag === 'v' && /^[\u3400-\u9fff]{2}$/.test(prev.word) && fieldsFollowOrganisation(words, j - 1, k);
      // 深圳市 | 大/a | 数据 | 研究院: a one-character adjective opens a field word (大数据) too, after a name or place.
      const fieldAdjective = researchUnit && prev.tag === 'a' && prev.word.length === 1 && words[j].tag === 'n' && /^(?:ns|nr|nz|nt|j)$/.test(words[j - 2]?.tag ?? '');
      const fieldPhrase = researchUnit && (prev.tag === 'l' || fieldVerb || fieldAdjective) && !actsInClause(prev.word, k);
      const knownName = prev.word.length >= 2 && !!k.organisation(prev.word);
      // 中国科技企业 | 星河科技: a bare 公司/企业 ends a description before the name, unless a legal form follows.
      if (BARE_COMPANY.test(prev.word) && !registeredForm(typed.affix)) break;
      // 云图研究院 | 隶属于 | 云图集团: a word of ownership joins two names, it is part of neither.
      if (ownershipWord(prev.word, k)) break;
      if (STOP_WORDS.has(prev.word) || CAREER_VERB.test(prev.word) || (!NAME_TAGS.test(prev.tag) && !fieldPhrase && !knownName && !splitCharOfName(prev, words[j])) || /[\s，。、；：,.;:“”"（）()《》<>/\\'=&]/.test(prev.word)) break;
      // 清华大学 | 北京大学 are two names; but a unit with no name of its own (办公厅, 计算机学院) belongs to the organisation before it.
      // A research unit's own name is a proper one (北辰大学 | 星河NLP实验室); the fields it studies are ordinary words.
      const ownName = (p: TaggedWord) => (researchUnit ? NAME_WORD_TAGS.test(p.tag) : isNamingWord(p, k));
      if (k.orgByName(prev.word) && prev.tag !== 'ns' && words.slice(j, i + 1).some(ownName)) break;
      // FINANCIAL NEWS | 合肥兴泰…集团 (a cover's lines run together): a place opening a name is its first word.
      if (prev.tag === 'eng' && isPlace(words[j].word, k)) break;
      j--;
    }
    // 国家 | 大 | 数据 | 局: a state organ's remit may hold an adjective the name-word walk stopped at.
    if (STATE_ORGAN_SUFFIX.test(typed.affix)) {
      let m = j;
      while (m > 0 && j - m < 2 && /^(?:a|an|b)$/.test(words[m - 1].tag)) m--;
      if (m < j && m > 0 && STATE_PREFIX.has(words[m - 1].word)) j = m - 1;
      // 深圳市 | 科技 | 创新 | 局: a local government body is named by its place and remit, verbs in the remit too.
      const place = localPlaceBefore(words, j, k);
      if (place !== undefined) j = place;
    }
    // Some word must name rather than describe: 清华大学 yes, 科技公司 no.
    const names = (p: TaggedWord) => (p === w ? headNames(w.word, typed.affix) && (strongWord || isNamingWord(p, k)) : isNamingWord(p, k));
    // 规范中央银行, 知名企业百度公司: descriptive words in front are not part of the name.
    while (j < i && GENERIC.has(words[j].word) && !STATE_PREFIX.has(words[j].word) && words.slice(j + 1, i + 1).some(names)) j++;
    // 奠定了基础 | 布尔诺理工大学 (a table's lines run together): a name with a strong suffix does not open on a common noun before a proper one.
    while (typed.strong && j < i && words[j].tag === 'n' && PROPER_NAME_TAGS.test(words[j + 1].tag)) j++;
    const parts = words.slice(j, i + 1);
    // 隶属 | 于银河 | 集团: jieba glues a preposition to the name after it; no organisation's name begins with one.
    const lead = parts[0].word.length >= 3 && /^[于在由被向从对]/.test(parts[0].word) ? 1 : 0;
    const surface = parts.map((p) => p.word).join('').slice(lead);
    // A registered legal form (…科技有限公司) names a company even when the words before it are ordinary ones.
    const registered = registeredForm(typed.affix) && parts.length >= 3;
    // A state organ is named by its remit (国家国际发展合作署, 国家市场监督管理总局): ordinary words are its name.
    // 南京市 | 科委: a place and the short name of its organ (科委, 发改委), a whole name in itself, name that place's organ.
    const placeOrgan = parts.length === 2 && isPlace(parts[0].word, k) && typed.strong && typed.kind === 'government' && w.word === typed.affix;
    const stateOrgan = ((STATE_PREFIX.has(parts[0].word) || isPlace(parts[0].word, k)) && STATE_ORGAN_SUFFIX.test(typed.affix) && parts.length >= 3) || placeOrgan;
    const nameSpan = (name: string, start: number, score: number): EntitySpan =>
      ({ label: typed.label, surface: name, start: offset + start, end: offset + w.end, method: 'pattern', score, props: typed.kind ? { kind: typed.kind } : undefined });
    // 成立了全资子公司星河智算。, 成立合资公司北辰智算。: what a subsidiary is called, when its name ends the clause.
    const subsidiary = /^(?:全资|控股)?子公司$/.test(w.word) || (w.word === '公司' && words[i - 1]?.word === '合资') ? subsidiaryName(words, i + 1) : undefined;
    if (subsidiary) {
      out.push(companyOf(subsidiary, offset, 0.6));
      continue;
    }
    // 具身智能公司灵犀机器人: a field and a bare 公司/企业 right before a name describe it; the name is the company.
    if (BARE_COMPANY.test(w.word) && parts.length > 1 && !parts.slice(0, -1).some((p) => NAME_WORD_TAGS.test(p.tag) || !!k.organisation(p.word))) {
      const described = nameAfterDescription(words, i + 1, k);
      if (described) {
        out.push(companyOf(described, offset, 0.6));
        continue;
      }
    }
    const coined = typed.label === 'Company' && j >= i - 2 ? tradeNameOpeningClause(words, i, k, aboutInvesting) ?? investmentFirm(words, i, k, aboutInvesting) : undefined;
    if (coined) {
      out.push(nameSpan(coined.map((p) => p.word).join(''), coined[0].start, 0.6));
      continue;
    }
    // 蒙特利尔大学, 南京大学: a city or province and 大学 name a university (a country's, 美国大学, are many).
    const placeUniversity = typed.kind === 'university' && parts.length === 2 && k.regions(parts[0].word).some((r) => r.start === 0 && r.end === parts[0].word.length && r.level !== 'country' && r.level !== 'bloc');
    if (surface.length < 3 || !(parts.some(names) || isDescriptiveUnit(parts, typed) || registered || stateOrgan || placeUniversity)) continue;
    // 视频公司, 某AI芯片公司: common nouns or a technical acronym before a bare 公司/企业 say what business, not which company
    // (but 星河 | 智能 | 公司 is a 字号 and a trade before the legal form).
    const head = parts.slice(0, -1);
    if (BARE_COMPANY.test(w.word) && head.every((p) => /^(?:n|vn|an)$/.test(p.tag) || k.cues.techAcronyms.has(p.word)) && !head.some((p) => /^[\u3400-\u9fff]+$/.test(p.word) && k.isOrgAffix(p.word))) continue;
    // A weak suffix (技术, 中心, 智能) is also an ordinary word: only a proper-name head makes it a name.
    // Office 办公软件: a Latin name before a product word (软件, 平台) names the product, not a company.
    if (!typed.strong && parts[0].tag === 'eng' && k.cues.product.includes(typed.affix)) continue;
    // 高科技/nz, 高新科技/nz: one dictionary word ending in a weak suffix is a term, unless jieba knows it as an organisation.
    if (!typed.strong && parts.length === 1 && !/^(?:nt|j)$/.test(w.tag)) continue;
    // 7nm制程和chiplet技术: a measure (7nm) opens no name.
    if (!typed.strong && !stateOrgan && (!/^(?:ns|nt|nz|nr|nrt|eng|j)$/.test(parts[0].tag) || parts[0].word.length < 2 || k.cues.techAcronyms.has(parts[0].word) || /^\d/.test(parts[0].word))) continue;
    // A place's organ outranks the national one its short name alone would be (广州市发改委, not 发改委).
    out.push(nameSpan(surface, parts[0].start + lead, strongWord || parts.some(isStrongName) || placeOrgan ? 0.7 : 0.6));
  }
  return [...out, ...brandsWithPlace(words, offset, k, aboutInvesting), ...agentsOfRelease(words, offset, k)];
}

// What a maker does to a model or product: 研发, 开发, 推出, 发布, 训练, 打造, 出品.
const MAKES = /^(?:研发|开发|推出|发布|训练|打造|出品|研制|推出的|研发的|开发的)$/;

/**
 * Orion-14B由猎户星空研发: after 由, two to six characters of name words before a making verb name the maker, a company
 * (one person-tagged word is a person: 由李开复创办).
 */
function agentsOfRelease(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  const makes = (w: TaggedWord) => MAKES.test(w.word) || k.cues.triggers.DEVELOPS.includes(w.word);
  for (let i = 0; i < words.length; i++) {
    if (words[i].word !== '由') continue;
    let e = i + 1;
    while (e < words.length && e - i <= 3 && /^(?:n|nr|nz|ns|j|ng)$/.test(words[e].tag) && /^[\u3400-\u9fff]+$/.test(words[e].word) && !STOP_WORDS.has(words[e].word) && !makes(words[e])) e++;
    const name = words.slice(i + 1, e);
    const text = name.map((w) => w.word).join('');
    if (!words[e] || !makes(words[e]) || text.length < 2 || text.length > 6) continue;
    if ((name.length === 1 && /^(?:nr|nrt|nrfg)$/.test(name[0].tag)) || name.every((w) => GENERIC.has(w.word)) || k.organisation(text) || isPlace(text, k) || k.roleOf(text)) continue;
    out.push(companyOf(name, offset, 0.55));
  }
  return out;
}

// 领投, 跟投 (jieba cuts them 领|投): what an investor of a round does.
const ROUND_VERB = /^(?:联合)?(?:领投|跟投|参投)/;

/** 红杉中国领投, 软银中国跟投: in a sentence about investing, a brand and the market it serves name the investor of a round. */
function brandsWithPlace(words: TaggedWord[], offset: number, k: Knowledge, investing: () => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const [brand, place] = [words[i - 1], words[i]];
    // Cheapest tests first: most words are no brand, and most are not followed by a round's verb (领|投, 跟投…).
    if (!/^[\u3400-\u9fff]{2}$/.test(brand.word) || !/^(?:n|nr|nz|nt|j)$/.test(brand.tag) || GENERIC.has(brand.word) || !/^[领跟参联]/.test(words[i + 1]?.word ?? '')) continue;
    if (!ROUND_VERB.test(words.slice(i + 1, i + 4).map((w) => w.word).join('')) || !isPlace(place.word, k) || isPlace(brand.word, k) || !investing()) continue;
    out.push({ label: 'Company', surface: brand.word + place.word, start: offset + brand.start, end: offset + place.end, method: 'pattern', score: 0.6 });
  }
  return out;
}
