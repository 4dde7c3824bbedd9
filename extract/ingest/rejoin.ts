// Deciding whether a PDF line break is a real boundary or a hard wrap to be rejoined.
import { SENTENCE_END, displayWidth, isCjk, isLatinWordChar } from './chars.ts';
import { isCaption, isHeading, isSourceNote } from './table-lines.ts';

const LIST_ITEM = /^(?:[•·●■◆▪►★◇○□※]|[-–—*+>]\s|[①-⑳]|[（(]\d{1,2}[)）]|\d{1,2}[)）])/;
/** A line at or above this share of its neighbourhood's width was wrapped by the layout. */
const FULL_SHARE = 0.8;

// 上游(基础层):算力…, 应用层:…: a short label and a colon open an entry of a labelled list.
const LABELLED = /^[^,，。；;:：\s]{1,8}(?:[(（][^)）]{1,8}[)）])?[:：]/;

/** A line that starts its own block: heading, list item, labelled entry, caption, source note. */
export function startsBlock(line: string): boolean {
  return isHeading(line) || LIST_ITEM.test(line) || LABELLED.test(line) || isCaption(line) || isSourceNote(line);
}

/** The layout context of a break: widths of the lines around it and open 《 in the paragraph. */
export interface BreakContext {
  /** Width of the line before `prev` when it belongs to the same paragraph, else 0. */
  prevPrevWidth: number;
  /** 《 opened and not closed so far in the paragraph. */
  openTitles: number;
}

/** True when the break between `prev` and `next` is a hard wrap inside one paragraph. */
export function isHardWrap(prev: string, next: string, ctx: BreakContext): boolean {
  if (startsBlock(next)) return false;
  if (ctx.openTitles > 0) return true;
  if (SENTENCE_END.test(prev)) return false;
  const w = displayWidth(prev);
  const local = Math.max(w, displayWidth(next), ctx.prevPrevWidth);
  return w >= FULL_SHARE * local;
}

/** What goes between two rejoined lines: nothing for CJK, a space between Latin words. */
export function wrapJoiner(prev: string, next: string): { separator: '' | ' '; dropHyphen: boolean } {
  const a = prev[prev.length - 1];
  const b = next[0];
  if (a === '-' && prev.length >= 2) {
    const lower = /[a-z]/;
    return { separator: '', dropHyphen: lower.test(prev[prev.length - 2]) && lower.test(b) };
  }
  if (isCjk(a) || isCjk(b)) return { separator: '', dropHyphen: false };
  return { separator: isLatinWordChar(a) || isLatinWordChar(b) || /[,.;:!?)]/.test(a) ? ' ' : '', dropHyphen: false };
}
