// 公司创始人…, 该公司推出了…: in a profile of a company, 公司 opening a sentence is the company the text is about.
import type { EntitySpan } from '../recognise/span.ts';

/** A sentence with the entity spans found in it. */
export interface ReadSentence { text: string; start: number; spans: EntitySpan[] }

// 公司 as the subject, not a compound noun (公司治理, 公司法) or a kind (公司类型).
const ANAPHOR = /^(?:该公司|公司)(?!治理|法|章程|债|股|名称|制度|类型|层面|内部|规模|数量|之间)/;
// What may come before a company that opens a sentence: a heading's number, (一), 1.2.
const HEADING_NUMBER = /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、]?|[一二三四五六七八九十]+、)?\s*$/;
/** How many sentences on 公司 may still mean the last company that opened one. */
const REACH = 4;

/**
 * Each sentence's spans for reading relations: its own, plus, when it opens with 公司, the company that last opened a
 * sentence (within REACH sentences) standing at 公司, under that company's name. The added span is never a mention.
 */
export function withTopicCompany(sentences: readonly ReadSentence[]): EntitySpan[][] {
  let topic: EntitySpan | undefined;
  let since = Infinity;
  return sentences.map(({ text, start, spans }) => {
    since++;
    const anaphor = text.match(ANAPHOR)?.[0];
    const view = topic && anaphor && since <= REACH && !spans.some((s) => s.start < start + anaphor.length)
      ? [{ ...topic, start, end: start + anaphor.length }, ...spans]
      : spans;
    const first = spans[0];
    if (first?.label === 'Company' && HEADING_NUMBER.test(text.slice(0, first.start - start))) { topic = first; since = 0; }
    else if (anaphor && view !== spans) since = 0;
    return view;
  });
}
