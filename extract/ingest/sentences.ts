// Splitting a line of normalised text into sentences: after 。！？； outside 《》 “” （）.

const OPEN_CHARS = '《“(（「『‘';
const CLOSE_CHARS = '》”)）」』’';
const END_CHARS = '。！？；!?;';
const TRAILING_CHARS = '”’」』)）》';
const [OPEN, CLOSE, END, TRAILING] = [1, 2, 4, 8];
/** Char classes by code unit, so the scan does one table lookup per char. */
const CLASS = new Uint8Array(0x10000);
for (const [chars, bit] of [[OPEN_CHARS, OPEN], [CLOSE_CHARS, CLOSE], [END_CHARS, END], [TRAILING_CHARS, TRAILING]] as const) {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] |= bit;
}
/** An unclosed bracket stops protecting after this many chars (PDF text loses closers). */
const MAX_QUOTE_SPAN = 200;

/** Sentence ranges `[start, end)` within `text[from, to)`, trimmed of spaces, empty ones dropped. */
export function sentenceRanges(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let depth = 0;
  let openedAt = -1;
  for (let i = from; i < to; i++) {
    const cls = CLASS[text.charCodeAt(i)];
    if (cls & OPEN) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (cls & CLOSE && depth > 0) {
      depth--;
    } else if (depth > 0 && i - openedAt > MAX_QUOTE_SPAN) {
      depth = 0;
    }
    if (depth === 0 && cls & END) {
      let end = i + 1;
      while (end < to && CLASS[text.charCodeAt(end)] & (END | TRAILING)) end++;
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
