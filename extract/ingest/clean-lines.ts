// First pass over NFKC text: drop furniture lines and inline noise, collapse spaces, one line per row.
import { MappedTextBuilder, type MappedText } from './mapped-text.ts';
import { findRepeatedLines, inlineNoise, isFurnitureLine, isPageNumber } from './furniture.ts';
import { markdownMarkup } from './markdown.ts';

/** Splits mapped text into trimmed lines as `[start, end)` ranges. */
export function lineRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    ranges.push([s, e]);
    start = end + 1;
  }
  return ranges;
}

/**
 * Keeps the content lines of `src`, one per `\n`: no blank lines, no furniture lines, no URLs,
 * e-mails or phone numbers, single spaces only.
 */
export function cleanLines(src: MappedText, { markdown = false }: { markdown?: boolean } = {}): MappedText {
  const ranges = lineRanges(src.text);
  const texts = ranges.map(([s, e]) => src.text.slice(s, e));
  const repeated = findRepeatedLines(texts);
  const out = new MappedTextBuilder();
  let prevKept = '';
  for (let k = 0; k < ranges.length; k++) {
    const line = texts[k];
    if (!line || repeated[k] || isFurnitureLine(line)) continue;
    if (isPageNumber(line) && !/[-/]$/.test(prevKept)) continue;
    const before = out.size;
    appendClean(src, ranges[k][0], line, out, markdown);
    if (out.size === before) continue;
    out.appendAt('\n', ranges[k][1]);
    prevKept = line;
  }
  return out.build(src.orig[src.orig.length - 1]);
}

/** URLs and the like, plus (in Markdown) markup; where a link's target is also a URL the spans are merged. */
function dropped(line: string, markdown: boolean): Array<[number, number]> {
  const noise = inlineNoise(line);
  if (!markdown) return noise;
  const all = [...noise, ...markdownMarkup(line)].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

function appendClean(src: MappedText, base: number, line: string, out: MappedTextBuilder, markdown: boolean): void {
  const noise = dropped(line, markdown);
  let n = 0;
  let runStart = -1;
  let pendingSpace = -1;
  for (let i = 0; i < line.length; i++) {
    const atNoise = n < noise.length && i === noise[n][0];
    const space = !atNoise && line.charCodeAt(i) === 32;
    if (atNoise || space) {
      if (runStart >= 0) out.appendFrom(src, base + runStart, base + i);
      runStart = -1;
      if (atNoise) {
        i = noise[n][1] - 1;
        n++;
      } else if (pendingSpace < 0) {
        pendingSpace = i;
      }
      continue;
    }
    if (pendingSpace >= 0 && out.size > 0 && out.lastChar() !== '\n') out.appendFrom(src, base + pendingSpace, base + pendingSpace + 1);
    pendingSpace = -1;
    if (runStart < 0) runStart = i;
  }
  if (runStart >= 0) out.appendFrom(src, base + runStart, base + line.length);
}
