// A recognised entity span inside one segment, before it becomes a schema Mention.
import type { EntityLabel, Method } from '../../schema/index.ts';

/** An entity found in normalised text: offsets are into the whole normalised report. */
export interface EntitySpan {
  label: EntityLabel;
  surface: string;
  start: number;
  end: number;
  method: Method;
  /** How sure the recogniser is; overlapping spans keep the stronger one. */
  score: number;
  props?: Record<string, string>;
  aliasOf?: string;
}

/**
 * A name built around a reference-data name (爱丁堡大学 over 爱丁堡, NVIDIA A100 over NVIDIA) is the more specific
 * reading; so is a reference-data name around any other reading (谷歌DeepMind over DeepMind).
 */
const CONTAINS_BONUS = 0.2;
/** Weaker spans (names learnt elsewhere in the report) get no bonus. */
export const BONUS_MIN_SCORE = 0.6;
const strictlyContains = (a: EntitySpan, b: EntitySpan) => a.start <= b.start && b.end <= a.end && a.end - a.start > b.end - b.start;

/** 清华大学智能产业研究院 over 清华大学: a unit named after a known organisation it begins with outranks that organisation. */
const UNIT_BONUS = 0.3;
/** Companies and institutions: the labels an organisation's name can take. */
export const isOrgLabel = (l: EntityLabel): boolean => l === 'Company' || l === 'Institution';
const isUnitOf = (unit: EntitySpan, org: EntitySpan) => unit.label === 'Institution' && isOrgLabel(org.label) && unit.start === org.start;

/** Keep the best of overlapping spans: higher score (a span around a lexicon name gets a bonus), then longer. */
export function resolveOverlaps(spans: EntitySpan[]): EntitySpan[] {
  const bonus = (s: EntitySpan) => {
    if (s.score < BONUS_MIN_SCORE) return 0;
    const inner = spans.filter((o) => (o.method === 'lexicon' || s.method === 'lexicon') && strictlyContains(s, o));
    // The unit outranks its organisation even where that name holds a place of its own (北京大学深圳研究生院 over 北京大学 over 北京).
    return inner.some((o) => isUnitOf(s, o)) ? UNIT_BONUS + CONTAINS_BONUS : inner.length ? CONTAINS_BONUS : 0;
  };
  const rank = new Map(spans.map((s) => [s, s.score + bonus(s)]));
  const ranked = [...spans].sort((a, b) => rank.get(b)! - rank.get(a)! || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: EntitySpan[] = [];
  for (const s of ranked) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
