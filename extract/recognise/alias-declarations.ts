// Alias declarations: （以下简称“X”）, （下称X）, （英文名：X）, a former or later name (（原名X）, （X前身）), a company's
// registered name (（…有限公司）) and a bracketed short form after a name.
import type { EntitySpan } from './span.ts';

const DECLARATION = /^[（(]\s*(?:以下简称|下称|简称|以下称|英文名(?:称)?[:：]?|英文简称[:：]?|英文[:：]|全称[:：]?)\s*[“"「]?([^”"」）)，,；;]{1,40})[”"」]?\s*[）)]/;
const BRACKETED = /^[（(]\s*([A-Za-z][A-Za-z0-9 .&-]{1,40}|[\u3400-\u9fff]{2,8})(?:[，,]\s*([A-Z][A-Za-z0-9-]{1,10}))?\s*[）)]/;

// 微软中国研究院（微软亚洲研究院前身）, 星河科技（原名北辰软件）: another name the same organisation went or goes by.
const FORMER_NAME = /^[（(]\s*(?:(?:原名|曾用名|原称|现名|现更名为|后更名为)\s*[“"「]?([^”"」（）()，,；;]{2,30})[”"」]?|([^（）()，,；;的]{2,30})的?前身)\s*[）)]/;
// 智谱AI（北京智谱华章科技有限公司）: a company's registered name in brackets after the name it goes by.
const REGISTERED_NAME = /^[（(]\s*([^（）()，,；;。]{2,30}?(?:[（(][^（）()]{1,6}[）)][^（）()，,；;。]{0,20}?)?(?:有限公司|有限责任公司))\s*[）)]/;
// 星海政务大模型（L1）: a tier code in brackets places the model; it names nothing.
const TIER_CODE = /^L[0-3]$/;
const ACRONYM_AFTER = /^\s*[,，]\s*([A-Z]{2,8})\s*[）)]/;
/** Initials of a spelled-out name's capitalised words: Generative Pre-trained Transformer → GPT. */
const initials = (name: string) => (/^[A-Za-z-]+(?: [A-Za-z-]+)+$/.test(name) ? name.split(' ').filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('') : '');

/**
 * Surfaces declared right after `span` as other names for it. A plain bracket counts only when
 * it holds a Latin name or acronym for a CJK name (国家科学基金会（National Science Foundation，NSF）).
 */
export function declaredAliases(text: string, offset: number, span: EntitySpan): EntitySpan[] {
  const rest = text.slice(span.end - offset, span.end - offset + 80);
  const declared = rest.match(DECLARATION);
  // Slightly above the name's own score, so the declaration wins over the same surface found by another recogniser.
  const make = (surface: string, at: number): EntitySpan => ({ label: span.label, surface, start: at, end: at + surface.length, method: 'pattern', score: span.score + 0.01, aliasOf: span.surface });
  if (declared) return [make(declared[1].trim(), span.end + rest.indexOf(declared[1]))];
  const former = rest.match(FORMER_NAME);
  const formerName = former?.[1] ?? former?.[2];
  if (formerName && (span.label === 'Company' || span.label === 'Institution')) return [make(formerName.trim(), span.end + rest.indexOf(formerName))];
  const registered = span.label === 'Company' ? rest.match(REGISTERED_NAME)?.[1] : undefined;
  if (registered) return [make(registered.trim(), span.end + rest.indexOf(registered))];
  // （Generative Pre-trained Transformer，GPT）: a spelled-out name and the acronym of its initials.
  const acronym = rest.match(ACRONYM_AFTER)?.[1];
  if (acronym && acronym === initials(span.surface)) return [make(acronym, span.end + rest.indexOf(acronym))];
  const bracket = rest.match(BRACKETED);
  if (!bracket || !/[\u3400-\u9fff]/.test(span.surface) || !/^[A-Za-z]/.test(bracket[1]) || TIER_CODE.test(bracket[1].trim())) return [];
  const out = [make(bracket[1].trim(), span.end + rest.indexOf(bracket[1]))];
  if (bracket[2]) out.push(make(bracket[2], span.end + rest.indexOf(bracket[2], rest.indexOf(bracket[1]) + bracket[1].length)));
  return out;
}
