// Surface-form folding shared by every lexicon lookup: NFKC, lower case, no whitespace.

/** The comparison key of a surface form: 'Ｚｈｉｐｕ  AI' and 'zhipuai' fold alike. */
export function foldKey(surface: string): string {
  return surface.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

const folded = new Map<string, string>();

/** The folded form of one character of running text ('' for whitespace), so offsets stay in the original. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return ch;
  let out = folded.get(ch);
  if (out === undefined) {
    out = /\s/u.test(ch) ? '' : ch.normalize('NFKC').toLowerCase();
    folded.set(ch, out);
  }
  return out;
}

/** Strips surrounding whitespace and trailing parentheticals: '参数量（B）' → '参数量'. */
export function stripTrailingParentheticals(text: string): string {
  let out = text.normalize('NFKC').trim();
  for (;;) {
    const next = out.replace(/\s*\([^()]*\)\s*$/u, '');
    if (next === out) return out;
    out = next;
  }
}
