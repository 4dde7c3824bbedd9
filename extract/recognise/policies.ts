// Policies: titles in 《》 whose last word is a policy kind (办法, 措施, 法案 …), not reports or journals.
import type { EntitySpan } from './span.ts';

export function findPolicies(text: string, offset: number, isPolicyTitle: (title: string) => boolean): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const m of text.matchAll(/《([^《》\n]{2,60})》/g)) {
    if (!isPolicyTitle(m[1])) continue;
    const start = offset + m.index!;
    out.push({ label: 'Policy', surface: m[0], start, end: start + m[0].length, method: 'pattern', score: 0.95 });
  }
  return out;
}
