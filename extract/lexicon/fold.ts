// Surface-form folding shared by every lexicon lookup: NFKC, lower case, no whitespace.

/** The comparison key of a surface form: 'Ｚｈｉｐｕ  AI' and 'zhipuai' fold alike. */
export function foldKey(surface: string): string {
  return surface.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** The folded form of one code unit of running text ('' for whitespace), so offsets stay in the original. */
export function foldChar(ch: string): string {
  if (/\s/u.test(ch)) return '';
  return ch.normalize('NFKC').toLowerCase();
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
