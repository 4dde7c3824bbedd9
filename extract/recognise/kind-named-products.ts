// Products a release names right after saying what kind they are: 发布大模型服务平台火山方舟，推出了智能编码助手通义灵码；
// 发布推理芯片含光800, 发布训练卡MTT S4000. The kind word says a product follows; the clause's end says where it ends.
import type { TaggedWord } from './jieba.ts';
import { FUNCTION_CHARS } from './context.ts';
import type { Knowledge } from './knowledge.ts';
import type { EntitySpan } from './span.ts';

// Kind words beyond the product and hardware cues of triggers.json that a product's own name may follow.
const EXTRA_KINDS = ['服务平台', '开发平台', '训练卡', '推理卡', '超级芯片', '训练芯片', '推理芯片', '编码助手', '智能编码助手'];
// A release just before the kind (perhaps with words describing it between): 发布(了)…, 推出的…
// …or the maker's 的 (华为的手机助手小艺基于…).
const RELEASE = /(?:发布|推出|上线|开源|打造|构建|搭建|亮相)(?:了|的)?[^，,。；;、]{0,12}$|的[^，,。；;、的]{0,6}$/;
// The name: a Latin code (MTT S4000, A800), a brand and a number (含光800), or two to six CJK characters; then the end
// of the released item.
const NAME = /^(?:([A-Za-z][A-Za-z0-9]*(?:[ -]?[A-Z0-9][A-Za-z0-9]*)?)|([\u3400-\u9fff]{2}\d{2,4}[A-Za-z]?)|([\u3400-\u9fff]{2,6}))(?=[，,。；;、（(*]|和|与|及|等|基于|接入|搭载|$)/;
// Tags a coined name's words may have (not verbs, particles, conjunctions, adverbs).
const NAME_PART = /^(?:n|nz|nr|nrt|ns|nt|ng|j|a|b|m|q|zg|eng)$/;
// What a kind word may be followed by that names no product (推出了AI芯片产品线, 服务平台建设).
const NOT_A_NAME = /(?:产品|方案|服务|系列|业务|能力|技术|体系|生态|建设|领域|市场|产业|需求|平台|芯片|助手)$/;

/** Kind words, longest first so that 大模型服务平台 is read before 平台, and those of hardware; built once per Knowledge. */
const kindsCache = new WeakMap<Knowledge, { kinds: string[]; hardware: Set<string> }>();
function kindsOf(k: Knowledge): { kinds: string[]; hardware: Set<string> } {
  let kinds = kindsCache.get(k);
  if (!kinds) {
    kinds = {
      kinds: [...new Set([...k.cues.product, ...k.cues.hardware, ...EXTRA_KINDS])].sort((a, b) => b.length - a.length),
      hardware: new Set([...k.cues.hardware, ...EXTRA_KINDS.filter((w) => /卡|芯片/.test(w))]),
    };
    kindsCache.set(k, kinds);
  }
  return kinds;
}

export function findKindNamedProducts(text: string, words: TaggedWord[], offset: number, k: Knowledge): EntitySpan[] {
  // Most sentences release nothing: ask before walking the kinds.
  if (!/发布|推出|上线|开源|打造|构建|搭建|亮相|的[^，,。；;、的]{0,6}助手/.test(text)) return [];
  const { kinds, hardware } = kindsOf(k);
  const out: EntitySpan[] = [];
  for (const kind of kinds) {
    for (let at = text.indexOf(kind); at >= 0; at = text.indexOf(kind, at + 1)) {
      // 智能编码助手**通义灵码**: Markdown's bold marks stand around the name.
      const bold = text.startsWith('**', at + kind.length) ? 2 : 0;
      const from = at + kind.length + bold;
      const m = NAME.exec(text.slice(from));
      if (!m || !RELEASE.test(text.slice(Math.max(0, at - 16), at)) || out.some((s) => s.start - offset === from)) continue;
      const name = m[0];
      // 手机 | 助手小云: a name does not open with another kind word (the nearer kind names it); nor does a phrase say how it is (功能很强).
      const opensWithKind = kinds.some((w) => name.startsWith(w));
      if (m[3] && (NOT_A_NAME.test(name) || opensWithKind || /很|非常|较|更|最/.test(name) || k.cues.techAcronyms.has(name) || !coined(name, from, words))) continue;
      if (m[1] && k.cues.techAcronyms.has(name)) continue;
      out.push({ label: 'Product', surface: name, start: offset + from, end: offset + from + name.length, method: 'pattern', score: 0.75, ...(hardware.has(kind) ? { props: { kind: 'hardware' } } : {}) });
    }
  }
  return out;
}

/**
 * A CJK name is coined from name words (火山|方舟, 通义|灵码), not one ordinary word jieba knows (方案, 系统) nor a phrase
 * (生态的崛起, 和发展); it starts where a word starts (应用|生态 is not 应用 + 生态…).
 */
function coined(name: string, from: number, words: readonly TaggedWord[]): boolean {
  const inside = words.filter((w) => w.start >= from && w.end <= from + name.length);
  if (inside[0]?.start !== from || inside.at(-1)!.end !== from + name.length || inside.some((w) => FUNCTION_CHARS.has(w.word))) return false;
  // 百|小|应, 万|知: characters jieba knows only one by one are a coined name whatever it tags them.
  if (inside.length > 1 && inside.every((w) => w.word.length === 1)) return true;
  if (inside.some((w) => !NAME_PART.test(w.tag))) return false;
  return inside.length > 1 || /^(?:nz|nr|nrt|j)$/.test(inside[0].tag);
}
