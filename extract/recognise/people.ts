// People: jieba person-name words (唐杰) confirmed by a role cue nearby (教授, 院长, 创始人 …).
import type { Knowledge, PersonRole } from './knowledge.ts';
import type { EntitySpan } from './span.ts';
import type { TaggedWord } from './jieba.ts';

const PERSON_TAG = /^(?:nr|nrfg|nrt)$/;

/** The role a cue word next to a name implies. */
function roleNear(words: TaggedWord[], from: number, to: number, k: Knowledge): PersonRole | undefined {
  for (let i = Math.max(0, from - 2); i < Math.min(words.length, to + 3); i++) {
    if (i >= from && i < to) continue;
    const role = k.roleOf(words[i].word);
    if (role) return role;
  }
  return undefined;
}

export function findPeople(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!PERSON_TAG.test(words[i].tag)) continue;
    let j = i;
    // jieba splits rarer names into single characters tagged nr: 唐 | 杰
    while (j + 1 < words.length && words[j + 1].start === words[j].end && j - i < 2 && (
      (PERSON_TAG.test(words[j + 1].tag) && (words[j + 1].word.length === 1 || words[j].word.length === 1))
      // 邱 | 锡 | 鹏: after a one-character surname, one-character words of any tag finish the name
      || (words[i].word.length === 1 && words[j + 1].word.length === 1 && /[\u3400-\u9fff]/.test(words[j + 1].word) && !k.roleOf(words[j + 1].word))
    )) j++;
    const surface = words.slice(i, j + 1).map((w) => w.word).join('');
    if (surface.length < 2 || surface.length > 4 || !/^[\u3400-\u9fff]+$/.test(surface)) { i = j; continue; }
    const role = roleNear(words, i, j + 1, k);
    if (role) out.push({ label: 'Person', surface, start: offset + words[i].start, end: offset + words[j].end, method: 'pattern', score: 0.7, props: { role } });
    i = j;
  }
  return out;
}
