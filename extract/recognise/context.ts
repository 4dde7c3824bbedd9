// Small helpers for reading the characters and words around a span.
import type { TaggedWord } from './jieba.ts';
import type { Knowledge } from './knowledge.ts';

/** Up to `n` characters before `start` in `text`. */
export const before = (text: string, start: number, n: number): string => text.slice(Math.max(0, start - n), start);
/** Up to `n` characters after `end` in `text`. */
export const after = (text: string, end: number, n: number): string => text.slice(end, end + n);

const CJK = /[\u3400-\u9fff]/g;
/** Share of CJK characters among the non-space characters: low for English passages. */
export function cjkShare(text: string): number {
  const chars = text.replace(/\s+/g, '').length;
  return chars ? (text.match(CJK)?.length ?? 0) / chars : 0;
}

/** What joins two items of a list of names: 、, 和, 与, 及, 以及, a comma (spaces around it allowed). */
export const LIST_JOINER = /^\s*(?:、|和|与|及|以及|,|，)\s*$/;

/** Verbs of working somewhere (曾在百度工作, 在微软任职): all of two characters. */
export const WORK_VERB = /^(?:工作|任职|就职|供职)$/;

/** Verbs of a career (现任, 创立, 毕业于): what follows them is a post or an organisation, never part of a name before. */
export const CAREER_VERB = /^(?:现任|曾任|兼任|担任|出任|历任|任职|就职|加盟|创立|创办|毕业于|毕业|师从|当选)$/;

/** Does any word of `words` occur in `text`? (A word with a gap, 是…子公司, is read around an entity: relations/rules.ts.) */
export const hasAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));

/**
 * Does a cue word start within the first `n` characters of `text`, before any clause break (基于X，云图… is no 云)?
 * A longer cue may run past them (Bing 搜索引擎).
 */
export const cueWithin = (text: string, words: readonly string[], n: number): boolean => {
  const clause = text.slice(0, n).split(/[，,。；;：:]/)[0];
  // A one-character cue (云) opens many other names (是云图智能推出的): it counts only right after the name.
  return words.some((w) => { const i = text.indexOf(w); return i >= 0 && i < clause.length && (w.length > 1 || i === 0); });
};

/** Is `word` the 字号 of an organisation the sentence names: the same word before an organisation suffix (星河 | 科技)? */
export const isTradeNameIn = (words: readonly TaggedWord[], word: TaggedWord, k: Knowledge): boolean =>
  words.some((w, m) => w !== word && w.word === word.word && !!words[m + 1] && k.isOrgAffix(words[m + 1].word));

/** MIT许可证, Apache 2.0协议: what follows a licence's name (named after its author, it names no organisation). */
export const LICENCE_AFTER = /^\s*(?:开源)?(?:许可证|许可|协议|License|license|licence)/;

/** Single characters that are function words; any other lone character may be part of a coined name (钉/v | 钉/v). */
export const FUNCTION_CHARS: ReadonlySet<string> = new Set(['是', '有', '用', '在', '和', '与', '及', '或', '等', '的', '了', '将', '把', '被', '让', '使', '对', '向', '从', '如', '其', '该', '这', '那']);

/** Up to `max` words from word `from` to the end of their clause, and whether a clause break came within them. */
export function clauseFrom(words: readonly TaggedWord[], from: number, max: number): { words: TaggedWord[]; closed: boolean } {
  const clause = words.slice(from, from + max);
  const end = clause.findIndex((w) => /^[，,。；;]$/.test(w.word));
  return end < 0 ? { words: clause, closed: false } : { words: clause.slice(0, end), closed: true };
}

/**
 * …领投, …跟投, …参与投资, …等机构参与了本轮融资: what follows the investors of a round, after the list they end (items
 * no recogniser read may end it: 阿里巴巴、红杉中国、星河书等参与投资).
 */
export const INVESTOR_OF_ROUND = /^(?:、[^，,。；;、等]{1,8})*(?:等(?:多家)?(?:机构|投资机构|投资方)?)?(?:联合领投|领投|跟投|参投|超额认购|(?:参与|共同|联合)了?(?:本轮)?(?:投资|融资))/;

/**
 * 是一家专注于…的初创公司, 是国内领先的服务器厂商, 是紫光股份旗下子公司: a sentence that says what company its subject is
 * (tested on the text right after the name), ending its clause (是一家公司的问题 says no such thing).
 */
export const DESCRIBED_AS_COMPANY = /^(?:是|为)(?:(?:一家|国内|我国|中国|全球)[^，,。；;]{0,24}?(?:公司|企业|独角兽|服务商|供应商|提供商|厂商|运营商|制造商|开发商)|[^，,。；;]{1,12}旗下的?[^，,。；;]{0,8}(?:公司|企业))(?=[，,。；;）)]|$)/;
