// One jieba instance per process: loading the dictionary is the expensive part.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Tags of proper names, abbreviations and Latin words: the words a name is made of. */
export const NAME_WORD_TAGS = /^(?:nr|nrt|nrfg|ns|nz|nt|j|eng)$/;
/** Tags of words that continue no name before them: punctuation, prepositions, conjunctions, verbs, particles, pronouns, adverbs. */
export const FUNCTION_WORD_TAGS = /^(?:x|p|c|v|uj|ul|ud|ug|uz|uv|r|d)$/;

/** A word with its part-of-speech tag and offsets in the tagged string. */
export interface TaggedWord { word: string; tag: string; start: number; end: number }

let instance: Jieba | undefined;
const jieba = (): Jieba => (instance ??= Jieba.withDict(dict));

/**
 * Each word's tag, learnt the first time the word is seen. `tag()` builds an object per word across the native
 * boundary and costs about 2.5× `cut()`; a word's tag does not depend on its sentence (without HMM, every word
 * is a dictionary word or a single character), so tagging the word alone gives the tag `tag()` would.
 */
const tags = new Map<string, string>();

function tagOf(word: string): string {
  let tag = tags.get(word);
  if (tag === undefined) {
    const alone = jieba().tag(word);
    // A word cut from a sentence is its own best cut; a tie could split it alone, and the first tag stands then.
    tag = alone[0]?.tag ?? 'x';
    tags.set(word, tag);
  }
  return tag;
}

/** Part-of-speech tags jieba gives, with offsets so callers can map back. */
export function tagWords(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let pos = 0;
  for (const word of jieba().cut(text, false)) {
    const start = text.indexOf(word, pos);
    const at = start < 0 ? pos : start;
    out.push({ word, tag: tagOf(word), start: at, end: at + word.length });
    pos = at + word.length;
  }
  return out;
}
