// NFKC normalisation that remembers, for every output char, the original char it came from.
import { MappedTextBuilder, type MappedText } from './mapped-text.ts';

/** Chars that need more than identity: non-ASCII, controls, CR, tabs. Lines without them are copied. */
const NEEDS_WORK = /[^\n\x20-\x7e]/;
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
    if (!NEEDS_WORK.test(line)) {
      out.appendFrom(src, lineStart, lineEnd);
    } else {
      normaliseLine(line, lineStart, out, src);
    }
    if (lineEnd < original.length) out.appendAt('\n', lineEnd);
    lineStart = lineEnd + 1;
  }
  return out.build(original.length);
}

/** Chars NFKC leaves alone and that need no other treatment: copied in runs. */
function isStable(c: number): boolean {
  return (c >= 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
    || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011) || c === 0x201c || c === 0x201d || c === 0x2014;
}

function normaliseLine(line: string, base: number, out: MappedTextBuilder, src: MappedText): void {
  let i = 0;
  let runStart = 0;
  while (i < line.length) {
    if (isStable(line.charCodeAt(i)) && !(i + 1 < line.length && isCombiningCode(line.charCodeAt(i + 1)))) {
      i++;
      continue;
    }
    out.appendFrom(src, base + runStart, base + i);
    const cp = line.codePointAt(i)!;
    let j = i + (cp > 0xffff ? 2 : 1);
    while (j < line.length && isCombiningCode(line.charCodeAt(j))) j++;
    const unit = line.slice(i, j);
    if (!(unit === '\r' && j === line.length)) out.appendAt(mapUnit(unit), base + i);
    i = j;
    runStart = j;
  }
  out.appendFrom(src, base + runStart, base + line.length);
}

/** Combining marks that attach to the char before them (the common Unicode blocks). */
function isCombiningCode(c: number): boolean {
  if (c < 0x300) return false;
  return c <= 0x36f || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff)
    || (c >= 0xfe20 && c <= 0xfe2f) || c === 0x3099 || c === 0x309a || (c >= 0x302a && c <= 0x302f);
}

function mapUnit(unit: string): string {
  const c = unit.charCodeAt(0);
  if (unit.length === 1 && c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (unit === '\r') return '\n';
  if (unit === '\t' || unit === '\u000b' || unit === '\u000c') return ' ';
  if (DROPPED.test(unit) && unit.length === 1) return '';
  if (PRIVATE_USE.test(unit)) return '•';
  if (unit in RADICAL_SUPPLEMENT) return RADICAL_SUPPLEMENT[unit];
  return unit.normalize('NFKC');
}
