// A coined name that opens a sentence saying when it was founded or what company it is: 硅流智算成立于2023年，…;
// 无穹芯动是一家专注于端侧推理芯片的初创公司. No suffix marks such a name; the sentence says what it names.
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import { DESCRIBED_AS_COMPANY, FUNCTION_CHARS } from './context.ts';
import type { TaggedWord } from './jieba.ts';

// The verb after the name, and what it says: founded with a year (成立于2023年), or what company it is.
const OPENING_VERB = /^(?:成立|成立于|创立|创立于|创办于|注册|是)$/;
const FOUNDED_IN = /^(?:注册)?(?:成立|创立|创办)于\s*\d{4}\s*年/;
// Heading numbers and bullets before the name: （一）, 1., •.
const LEAD = /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、]?|[一二三四五六七八九十]+、|[•·\-*])?\s*/;
// Subjects that are no name: 公司, 该公司, 其, 我们, 本报告…
const NOT_A_NAME = /^(?:公司|该公司|本公司|企业|该企业|其|它|我们|我国|本报告|报告|平台|该平台|项目|该项目|团队|该团队)/;
// Words jieba tags that a name can be made of.
const NAME_TAGS = /^(?:n|nr|nrt|nrfg|nz|ns|ng|j|vn|v|a|m|eng)$/;

export function findOpeningCompanies(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  // Most sentences say neither near their start: asked before anything else.
  if (!/成立|创立|创办|注册|是/.test(text.slice(0, 16))) return [];
  const lead = text.match(LEAD)![0].length;
  const verbAt = words.findIndex((w) => w.start >= lead && OPENING_VERB.test(w.word));
  if (verbAt < 1) return [];
  // One to four words from the name's start up to the verb, two to six characters, none a function word.
  const name = words.slice(0, verbAt).filter((w) => w.start >= lead);
  const surface = text.slice(lead, words[verbAt].start);
  const rest = text.slice(words[verbAt].start);
  if (name.length < 1 || name.length > 4 || name[0].start !== lead || !/^[\u3400-\u9fff]{2,6}$/.test(surface) || NOT_A_NAME.test(surface)) return [];
  if (name.some((w) => !NAME_TAGS.test(w.tag) || FUNCTION_CHARS.has(w.word)) || !(FOUNDED_IN.test(rest) || DESCRIBED_AS_COMPANY.test(rest))) return [];
  // A place, a known thing or a name with a suffix of its own is read by the recognisers that know it.
  if (k.regions(surface).some((r) => r.start === 0) || k.knownNames(surface).length || k.orgByName(surface)) return [];
  const company = (at: number, name: string): EntitySpan => ({ label: 'Company', surface: name, start: offset + at, end: offset + at + name.length, method: 'pattern', score: 0.6 });
  // …是紫光股份旗下子公司: the owner named right before 旗下 is a company too.
  const owner = rest.match(/^是([\u3400-\u9fff]{2,6})旗下/)?.[1];
  const ownerAt = words[verbAt].start + 1;
  const ownerNamed = owner && !NOT_A_NAME.test(owner) && !k.knownNames(owner).length && !k.regions(owner).some((r) => r.start === 0);
  return [company(lead, surface), ...(ownerNamed ? [company(ownerAt, owner)] : [])];
}
