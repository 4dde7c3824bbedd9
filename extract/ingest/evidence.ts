// evidenceFor(): a normalised span back to the original file, as offsets and a readable sentence.
import type { Evidence } from '../../schema/graph.ts';
import type { NormalisedText, SourceReport } from '../types.ts';
import { isCjk } from './chars.ts';

const COMBINING = /\p{M}/u;

/** Original offsets of normalised `[start, end)` and the original span made readable. */
export function evidenceFor(report: SourceReport, norm: NormalisedText, start: number, end: number): Evidence {
  const { original } = report;
  const map = norm.toOriginal;
  const s = Math.max(0, Math.min(start, norm.text.length));
  const e = Math.max(s, Math.min(end, norm.text.length));
  const origStart = map[s];
  let origEnd = e > s ? map[e - 1] : origStart;
  if (e > s) {
    const cp = original.codePointAt(origEnd);
    origEnd += cp !== undefined && cp > 0xffff ? 2 : 1;
    while (origEnd < original.length && COMBINING.test(original[origEnd])) origEnd++;
  }
  return { doc: report.doc, sentence: readable(original.slice(origStart, origEnd)), start: origStart, end: origEnd };
}

/** NFKC, line breaks removed, spaces next to CJK removed, other whitespace runs made one space. */
export function readable(span: string): string {
  const flat = span.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const parts: string[] = [];
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i];
    if (ch === ' ' && (isCjk(flat[i - 1]) || isCjk(flat[i + 1]))) continue;
    parts.push(ch);
  }
  return parts.join('');
}
