// Apps named by a coined word and App right after a release: 推出的星野App, 上线了北辰APP.
import { NAME_WORD_TAGS, type TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

const APP = /^(?:App|APP|app)$/;
// A common noun (n) may be a coined name here; verbs, numbers and pronouns are not.
const NAME_OR_NOUN = (w: TaggedWord) => w.tag === 'n' || NAME_WORD_TAGS.test(w.tag);

/**
 * `…推出的|推出了 NAME App`: the release verb says something new is named, so the word before App is its name, not a
 * kind of device (手机App, a product cue word, stays unnamed).
 */
export function findReleasedApps(words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  const verbs = [...k.cues.triggers.OFFERS, ...k.cues.triggers.DEVELOPS];
  const out: EntitySpan[] = [];
  for (let i = 2; i < words.length; i++) {
    const [name, app] = [words[i - 1], words[i]];
    if (!APP.test(app.word) || app.start !== name.end || !NAME_OR_NOUN(name) || !/^[\u3400-\u9fff]{2,4}$/.test(name.word)) continue;
    if (k.cues.product.includes(name.word) || k.cues.hardware.includes(name.word)) continue;
    const verb = /^[的了]$/.test(words[i - 2].word) ? words[i - 3] : words[i - 2];
    if (!verb || !verbs.includes(verb.word)) continue;
    out.push({ label: 'Product', surface: name.word + app.word, start: offset + name.start, end: offset + app.end, method: 'pattern', score: 0.7 });
  }
  return out;
}
