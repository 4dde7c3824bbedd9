// One jieba instance per process: loading the dictionary is the expensive part.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word with its part-of-speech tag and offsets in the tagged string. */
export interface TaggedWord { word: string; tag: string; start: number; end: number }

let instance: Jieba | undefined;
const jieba = (): Jieba => (instance ??= Jieba.withDict(dict));

/** Part-of-speech tags jieba gives, with offsets so callers can map back. */
export function tagWords(text: string): TaggedWord[] {
  const out: TaggedWord[] = [];
  let pos = 0;
  for (const { word, tag } of jieba().tag(text)) {
    const start = text.indexOf(word, pos);
    const at = start < 0 ? pos : start;
    out.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return out;
}
