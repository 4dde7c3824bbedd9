// Markdown markup in a report written as .md: marks that format the text but are not part of it.

// Heading markers at the start of a line (## 标题). List bullets and quote markers stay: like •, they keep an
// item on its own line instead of being rejoined with the one before.
const LINE_MARK = /^#{1,6}[ \t]+/;
// A thematic break (---, ***, ___) is a line of markup only.
const RULE = /^(?:[-*_][ \t]*){3,}$/;
// Emphasis, strike-through and code ticks anywhere: **星河科技**, `GPT-4`.
const INLINE_MARK = /\*\*|__|~~|`+/g;
// [text](target) and ![alt](target): the brackets and the target go, the text stays.
const LINK = /!?\[(?=[^\]\n]*\]\([^)\s]*\))|\]\([^)\s]*\)/g;
const MAYBE_MARK = /^[#*_-]|\*\*|__|~~|`|\]\(/;

/** Spans `[start, end)` of a line that are Markdown markup, in order, not overlapping. */
export function markdownMarkup(line: string): Array<[number, number]> {
  if (!MAYBE_MARK.test(line)) return [];
  if (RULE.test(line)) return [[0, line.length]];
  const spans: Array<[number, number]> = [];
  const lead = line.match(LINE_MARK);
  if (lead) spans.push([0, lead[0].length]);
  for (const re of [INLINE_MARK, LINK]) for (const m of line.matchAll(re)) spans.push([m.index!, m.index! + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]).filter((s, i, all) => i === 0 || s[0] >= all[i - 1][1]);
}
