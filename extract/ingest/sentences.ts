// Splitting a line of normalised text into sentences: after 。！？； outside 《》 “” （）.

const OPEN = new Set(['《', '“', '(', '（', '「', '『', '‘']);
const CLOSE = new Set(['》', '”', ')', '）', '」', '』', '’']);
const END = new Set(['。', '！', '？', '；', '!', '?', ';']);
const TRAILING = new Set(['”', '’', '」', '』', ')', '）', '》']);
/** An unclosed bracket stops protecting after this many chars (PDF text loses closers). */
const MAX_QUOTE_SPAN = 200;

/** Sentence ranges `[start, end)` within `text[from, to)`, trimmed of spaces, empty ones dropped. */
export function sentenceRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let depth = 0;
  let openedAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (CLOSE.has(ch) && depth > 0) {
      depth--;
    } else if (depth > 0 && i - openedAt > MAX_QUOTE_SPAN) {
      depth = 0;
    }
    if (depth === 0 && END.has(ch)) {
      let end = i + 1;
      while (end < to && (END.has(text[end]) || TRAILING.has(text[end]))) end++;
      push(text, start, end, out);
      start = end;
      i = end - 1;
    }
  }
  push(text, start, to, out);
  return out;
}

function push(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (start < end && text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  if (end > start) out.push([start, end]);
}
