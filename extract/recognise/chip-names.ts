// Chinese chip names: a brand and a model number (思元590, 鲲鹏920), before a hardware word or right after the maker.
import type { TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import { isOrgLabel, type EntitySpan } from './span.ts';

// Two characters, three or four digits (or a series letter and two to four: 云燧T20, 曦云C500), perhaps variant letters:
// the shape of a chip's name.
const CHIP = /([\u3400-\u9fff]{2})((?:\d{3,4}|[A-Z]\d{2,4})[A-Za-z]{0,3})(?![\dA-Za-z.])/g;
// 曦云C500系列GPU: a series word may stand between the name and the hardware word.
const SERIES = /^\s*系列/;
// Words that say which generation or kind, not which brand (新款590, 第三代920), and dates (2024年, 12月).
const NOT_A_BRAND = /[年月日代款型号第其该此本新]/;
// Tags of words a brand cannot be made of: verbs, prepositions, adverbs, pronouns, particles, measure and time words.
const NOT_BRAND_TAG = /^(?:v|vn|p|c|d|r|u[a-z]*|f|q|t|a|ad|b|x)$/;

/** `寒武纪思元590芯片`, `华为鲲鹏920`: hardware products named by a brand and a number. */
export function findChipNames(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  // Most sentences hold no number of three digits or more, nor a series letter and two: ask before anything else.
  if (!/\d{3}|[A-Z]\d\d/.test(text)) return [];
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(CHIP)) {
    const [name, brand] = m;
    const start = m.index;
    const brandWords = words.filter((w) => w.start < start + 2 && w.end > start);
    // The brand starts a word and is made of name words (思/n 元/m: jieba may call a character a numeral).
    if (brandWords[0]?.start !== start || NOT_A_BRAND.test(brand) || brandWords.some((w) => NOT_BRAND_TAG.test(w.tag) || w.end > start + 2)) continue;
    const after = text.slice(start + name.length).replace(SERIES, '');
    const maker = k.knownNames(text.slice(0, start)).find((n) => n.end === start && isOrgLabel(n.label));
    if (!maker && !k.cues.hardware.some((cue) => after.startsWith(cue))) continue;
    // A series letter's code alone (T20) is read as a Latin name too, at this score: the whole name is the longer.
    const score = /^[A-Z]/.test(m[2]) ? 0.7 : 0.65;
    out.push({ label: 'Product', surface: name, start: offset + start, end: offset + start + name.length, method: 'pattern', score, props: { kind: 'hardware' } });
  }
  return out;
}
