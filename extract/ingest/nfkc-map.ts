// NFKC normalisation that remembers, for every output char, the original char it came from.
import { MappedTextBuilder, type MappedText } from './mapped-text.ts';

/** Chars that need more than identity: non-ASCII, controls, CR, tabs. Lines without them are copied. */
const NEEDS_WORK = /[^\n\x20-\x7e]/;
const COMBINING = /\p{M}/u;
const DROPPED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b-\u200d\u2060\ufeff]/;
const PRIVATE_USE = /[\ue000-\uf8ff]/;
/**
 * CJK Radicals Supplement glyphs that PDF fonts emit for ordinary characters; NFKC leaves them,
 * so the common ones are mapped to the characters they stand for.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻁': '虎', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻓': '长',
  '⻔': '门', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻥': '鱼',
  '⻦': '鸟', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/** A mapped view of the original file itself, with the identity offset map. */
export function identityMap(original: string): MappedText {
  const orig = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) orig[i] = i;
  return { text: original, orig };
}

/**
 * NFKC per character (a base plus its combining marks), line endings to `\n`, tabs to spaces,
 * private-use glyphs (PDF bullets) to `•`, zero-width and control chars dropped.
 */
export function nfkcMap(original: string): MappedText {
  const out = new MappedTextBuilder();
  const src = identityMap(original);
  let lineStart = 0;
  while (lineStart <= original.length) {
    let lineEnd = original.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = original.length;
    const line = original.slice(lineStart, lineEnd);
    if (!NEEDS_WORK.test(line) || (line.normalize('NFKC') === line && !hasSpecial(line))) {
      out.appendFrom(src, lineStart, lineEnd);
    } else {
      normaliseLine(line, lineStart, out);
    }
    if (lineEnd < original.length) out.appendAt('\n', lineEnd);
    lineStart = lineEnd + 1;
  }
  return out.build(original.length);
}

function hasSpecial(line: string): boolean {
  return DROPPED.test(line) || PRIVATE_USE.test(line) || /[\u2e80-\u2eff]/.test(line) || line.includes('\r') || line.includes('\t');
}

function normaliseLine(line: string, base: number, out: MappedTextBuilder): void {
  let i = 0;
  while (i < line.length) {
    const cp = line.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < line.length && COMBINING.test(line[j])) j++;
    const unit = line.slice(i, j);
    if (!(unit === '\r' && j === line.length)) out.appendAt(mapUnit(unit), base + i);
    i = j;
  }
}

function mapUnit(unit: string): string {
  if (unit === '\r') return '\n';
  if (unit === '\t' || unit === '\u000b' || unit === '\u000c') return ' ';
  if (DROPPED.test(unit) && unit.length === 1) return '';
  if (PRIVATE_USE.test(unit)) return '•';
  if (unit in RADICAL_SUPPLEMENT) return RADICAL_SUPPLEMENT[unit];
  return unit.normalize('NFKC');
}
