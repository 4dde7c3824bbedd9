// 鹏城·脑海大模型: two name parts joined by a middle dot, right before a model's kind, name one model (a dot alone also
// joins a foreign person's names, so the kind must follow).
import type { TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

const AFTER_DOT = /^·([\u3400-\u9fffA-Za-z0-9]{2,6}?)(?:大模型|模型)/;
// Above either part read alone (鹏城, as an institution's name learnt or found).
const SCORE = 0.7;

/** The word before each dot is the first part: a name word of two to six characters (jieba keeps the dot apart). */
export function findDottedModels(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  if (!text.includes('·')) return [];
  const out: EntitySpan[] = [];
  for (let i = 1; i < words.length; i++) {
    const first = words[i - 1];
    if (words[i].word !== '·' || !/^[\u3400-\u9fffA-Za-z0-9]{2,6}$/.test(first.word)) continue;
    const rest = AFTER_DOT.exec(text.slice(words[i].start));
    // A model the reference data knows (书生·浦语) keeps its own reading.
    if (!rest || k.model(`${first.word}·${rest[1]}`)) continue;
    out.push({ label: 'Model', surface: first.word + rest[0], start: offset + first.start, end: offset + words[i].start + rest[0].length, method: 'pattern', score: SCORE });
  }
  return out;
}
