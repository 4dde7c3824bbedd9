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

/** Keep the best of overlapping spans: higher score, then longer. */
export function resolveOverlaps(spans: EntitySpan[]): EntitySpan[] {
  const ranked = [...spans].sort((a, b) => b.score - a.score || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: EntitySpan[] = [];
  for (const s of ranked) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}
