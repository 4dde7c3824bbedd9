// Character classes for Chinese report text: CJK detection, display width, sentence punctuation.

/** Han ideographs, kana, CJK punctuation and full-width forms: text that is not space-separated. */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
    || (c >= 0xff00 && c <= 0xffef) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xd840 && c <= 0xd87f);
}

/** Latin letters and digits, the characters that keep spaces between them. */
export function isLatinWordChar(ch: string): boolean {
  return /[\p{Script=Latin}\p{Nd}]/u.test(ch);
}

/** Approximate printed width: CJK counts two, everything else one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += isCjk(s[i]) ? 2 : 1;
  return w;
}

/** Ends a sentence: 。！？； and their ASCII forms, optionally followed by closing quotes/brackets. */
export const SENTENCE_END = /[。！？；!?;…][”’」』)）\]]*$/;

/** Whitespace that PDF extraction and NFKC leave in lines (newlines handled separately). */
export const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v';
