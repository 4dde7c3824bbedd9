// Subjects a sentence leaves to the text before it: 公司 in a company's profile, and a person's bio that goes on
// without naming them (清华大学智能产业研究院张亚勤 / 现担任… / 曾在…工作 / 又于…加盟…).
import type { EntitySpan } from '../recognise/span.ts';

/** A sentence with the entity spans found in it. */
export interface ReadSentence { text: string; start: number; spans: EntitySpan[] }

// 公司 as the subject, not a compound noun (公司治理, 公司法) or a kind (公司类型).
const COMPANY_ANAPHOR = /^(?:该公司|公司)(?!治理|法|章程|债|股|名称|制度|类型|层面|内部|规模|数量|之间)/;
// What may come before a company that opens a sentence: a heading's number, (一), 1.2.
const HEADING_NUMBER = /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[.、]?|[一二三四五六七八九十]+、)?\s*$/;
// A bio sentence with no subject: it opens with what the person did or does (perhaps after when, or an adverb).
const PERSON_ELLIPSIS = /^(?:现|曾|又|后|先后|同时|目前|此前|随后|并|还)?(?:于\s*\d{4}\s*年(?:\s*\d{1,2}\s*月)?)?(?:担任|现任|曾任|兼任|历任|出任|任职|就职|加盟|加入|毕业|创办|创立|联合创立|共同创立|主持|提出|带领|领导|在\S{1,20}?(?:工作|任职|就职)|(?:主要)?研究方向|(?:主要|长期)从事|(?:代表|表)性成果)/;
/** How many sentences on 公司 may still mean the last company that opened one. */
const COMPANY_REACH = 4;
/** How many sentences a place standing alone on its line (a table's row label, a section's name) is about. */
const PLACE_REACH = 6;
// A short line with no punctuation (其他国家, 特点): the label of the next row or section, ending the last one's.
const LABEL_LINE = /^[^，,。；;：:！？!?、]{1,8}$/;

/** Does the sentence name a person of its own before its first clause ends? */
const namesPersonInFirstClause = (text: string, start: number, spans: readonly EntitySpan[]) => {
  const clauseEnd = text.search(/[，,。；;]/);
  return spans.some((s) => s.label === 'Person' && (clauseEnd < 0 || s.start < start + clauseEnd));
};

/** The span `topic` standing, under its own name, at `[start, end)` of another sentence. */
const standIn = (topic: EntitySpan, start: number, end: number): EntitySpan => ({ ...topic, start, end });

/** Is a span a topic standing in at a sentence's start without its words there (a person's bio, a place's rows)? */
export const isStandIn = (s: EntitySpan): boolean => s.start === s.end;

/**
 * Each sentence's spans for reading relations: its own, plus the subject it leaves out, standing at its start under
 * the subject's name. 公司 opening a sentence is the company that last opened one (within COMPANY_REACH sentences); a
 * sentence opening with a career verb (现担任, 曾在…工作, 又于…加盟) goes on about the person that ended or opened the
 * sentence before, or that such a sentence went on about; a place alone on its line (a row label) is where the lines after
 * it are, up to the next label. The added spans are never mentions.
 */
export function withTopics(sentences: readonly ReadSentence[]): EntitySpan[][] {
  let company: EntitySpan | undefined;
  let sinceCompany = Infinity;
  let person: EntitySpan | undefined;
  let place: EntitySpan | undefined;
  let sincePlace = Infinity;
  return sentences.map(({ text, start, spans }) => {
    sinceCompany++;
    sincePlace++;
    // 美国 / 科技巨头推动…版权局发布指南… (a table of countries): a place alone on its line heads the lines after it,
    // up to the next label.
    const label = LABEL_LINE.test(text.trim());
    if (label) [place, sincePlace] = spans.length === 1 && spans[0].label === 'Region' && spans[0].surface === text.trim() ? [spans[0], 0] : [undefined, Infinity];
    const anaphor = text.match(COMPANY_ANAPHOR)?.[0];
    const opensOwn = spans.some((s) => s.start < start + (anaphor?.length ?? 1));
    let view = spans;
    let aboutPerson = false;
    if (company && anaphor && sinceCompany <= COMPANY_REACH && !opensOwn) { view = [standIn(company, start, start + anaphor.length), ...spans]; sinceCompany = 0; }
    // 毕业于斯坦福大学的王子谦…: a career phrase describing a person the clause names is not about the last one.
    else if (person && PERSON_ELLIPSIS.test(text) && !opensOwn && !namesPersonInFirstClause(text, start, spans)) { view = [standIn(person, start, start), ...spans]; aboutPerson = true; }
    if (place && !label && sincePlace <= PLACE_REACH) view = [standIn(place, start, start), ...view];
    const first = spans[0];
    if (first?.label === 'Company' && HEADING_NUMBER.test(text.slice(0, first.start - start))) { company = first; sinceCompany = 0; }
    // The person this sentence is about, for the next: one it ends with (a bio's header) or opens with, else the one it went on about.
    const people = spans.filter((s) => s.label === 'Person');
    const ends = people.find((p) => text.length - (p.end - start) <= 3);
    const opens = people.find((p) => p.start - start <= 1);
    person = ends ?? opens ?? (aboutPerson ? person : undefined);
    return view;
  });
}
