// 文心大模型4.0, 通义千问2.5, 星火V3.5, 混元T1, 盘古大模型 3.0 Pro: a version written right after a Chinese model name is part of it;
// so are the variant letters after a name ending in a number (昇腾910B).
import type { EntitySpan } from './span.ts';

// A dotted version, a V-number or a letter-and-digit code (星火X1, 混元T1), then perhaps an edition word. A bare integer
// (大模型 3) is too often a heading's number.
const VERSION = /^ ?(?:[Vv]\d+(?:\.\d+)*|[A-Z]\d{1,2}(?![\dA-Za-z.])|\d+(?:\.\d+)+)(?: ?(?:Turbo|Pro|Plus|Max|Ultra|Lite|Mini|Flash|Air|Speed)\b)?/;
// 2.5亿, 3.5倍, 4.0%: a quantity, not a version.
const QUANTITY_AFTER = /^[\d.]|^\s*[亿万千百个%％倍年月日岁元]/;

/** Does `rest` (the text after a name) open with a version? */
export const opensWithVersion = (rest: string): boolean => VERSION.test(rest);

/**
 * The span with the version after it, when one follows a name ending in a Chinese character (Latin names read their
 * versions themselves): another version is another model (悟道 and 悟道2.0 are two).
 */
export function withVersion(s: EntitySpan, text: string, offset: number): EntitySpan {
  if (s.label !== 'Model' && s.label !== 'Product') return s;
  const rest = text.slice(s.end - offset);
  // 昇腾910B, 思元590X: a name ending in a number goes on over the variant letters written right after it.
  const variant = /\d$/.test(s.surface) ? rest.match(/^[A-Za-z]{1,3}(?![A-Za-z0-9])/)?.[0] : undefined;
  if (variant) return { ...s, surface: s.surface + variant, end: s.end + variant.length };
  if (s.label !== 'Model' || !/[\u3400-\u9fff]$/.test(s.surface)) return s;
  const version = rest.match(VERSION)?.[0];
  if (!version || QUANTITY_AFTER.test(rest.slice(version.length))) return s;
  return { ...s, surface: s.surface + version, end: s.end + version.length };
}
