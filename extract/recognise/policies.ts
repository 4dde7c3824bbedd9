// Policies: titles in 《》 whose last word is a policy kind (办法, 措施, 法案 …), not reports or journals; and the
// five-year plans, named by number alone.
import type { EntitySpan } from './span.ts';

// 《办法》, 《若干措施》: a short back-reference to a title given in full earlier, not a policy of its own.
const BACK_REFERENCE = /^(?:若干|管理|行动|实施|暂行|指导|工作|三年行动)?(?:措施|办法|条例|规定|方案|规范|通知|意见|细则|规划|计划|指南|法案|决定)$/;

// 十四五规划, “十四五”规划: China's five-year plans are named by their number without 《》.
const FIVE_YEAR_PLAN = /[“"]?十[一二三四五六七八九]?五[”"]?规划(?!纲要》)/g;

export function findPolicies(text: string, offset: number, isPolicyTitle: (title: string) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(FIVE_YEAR_PLAN)) {
    // Inside a title (《“十四五”数字经济发展规划》) the title is the policy.
    if (/《[^》]*$/.test(text.slice(0, m.index))) continue;
    out.push({ label: 'Policy', surface: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length, method: 'pattern', score: 0.8 });
  }
  for (const m of text.matchAll(/《([^《》\n]{2,60})》/g)) {
    // 《…行动计划（2024-2025年）》: the years in brackets after the title's kind do not hide it.
    const title = m[1].replace(/\s*[（(][^（）()]*[)）]\s*$/, '');
    if (!isPolicyTitle(title) || BACK_REFERENCE.test(title.trim())) continue;
    const start = offset + m.index!;
    out.push({ label: 'Policy', surface: m[0], start, end: start + m[0].length, method: 'pattern', score: 0.95 });
  }
  return out;
}
