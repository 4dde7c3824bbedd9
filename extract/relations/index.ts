// Relations stated by one sentence: the rules' findings minus negated and rumoured ones.
import type { Knowledge } from '../recognise/knowledge.ts';
import { hasAny } from '../recognise/context.ts';
import { RULES, type Found } from './rules.ts';
import { SentenceView } from './sentence-view.ts';

export { SentenceView } from './sentence-view.ts';
export { withTopics } from './topics.ts';
export type { Found } from './rules.ts';

/** `并非基于LLaMA`, `市场传闻称…`, `计划将…集成`: a negated, rumoured or (but for a policy's issuer and place) hedged statement is not a relation. */
function stated(v: SentenceView, f: Found, k: Knowledge): boolean {
  if (hasAny(v.text, k.cues.rumour)) return false;
  const lo = Math.min(f.from.start, f.to.start) - v.offset;
  const hi = Math.max(f.from.end, f.to.end) - v.offset;
  if (hasAny(v.text.slice(Math.max(0, lo - 4), hi), k.cues.negation)) return false;
  // 欧盟拟出台《人工智能法案》: a titled instrument is its body's, for its place, even while only planned; other plans
  // state nothing yet.
  if (f.type === 'ISSUED' || f.type === 'APPLIES_TO') return true;
  return !hasAny(v.text.slice(Math.min(f.from.end, f.to.end) - v.offset, Math.max(f.from.start, f.to.start) - v.offset), k.cues.hedge);
}

export function findRelations(v: SentenceView, k: Knowledge): Found[] {
  const seen = new Set<string>();
  const out: Found[] = [];
  for (const rule of RULES) {
    for (const f of rule(v, k)) {
      const key = `${f.type}|${f.from.start}|${f.to.start}`;
      // 推出基于混元大模型的…, after 发布混元大模型: two mentions of one thing relate nothing.
      const selfRelation = f.from.label === f.to.label && f.from.surface === f.to.surface;
      if (seen.has(key) || selfRelation || !stated(v, f, k)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}
