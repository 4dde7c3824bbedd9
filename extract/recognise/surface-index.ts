// Finds, in a sentence, every name already recognised somewhere in the same report.
import type { EntitySpan } from './span.ts';

/** Names learnt from a report, looked up by their first character, longest first. */
export class SurfaceIndex {
  private byFirst = new Map<string, { surface: string; label: EntitySpan['label']; props?: Record<string, string> }[]>();

  add(s: Pick<EntitySpan, 'surface' | 'label' | 'props'>): void {
    if (s.surface.length < 2 || (/^[A-Za-z0-9 .-]+$/.test(s.surface) && s.surface.length < 2)) return;
    const list = this.byFirst.get(s.surface[0]) ?? [];
    if (list.some((x) => x.surface === s.surface)) return;
    list.push({ surface: s.surface, label: s.label, props: s.props });
    list.sort((a, b) => b.surface.length - a.surface.length);
    this.byFirst.set(s.surface[0], list);
  }

  /** Non-overlapping occurrences in `text`, as weak spans (other recognisers win ties). */
  find(text: string, offset: number): EntitySpan[] {
    const out: EntitySpan[] = [];
    for (let i = 0; i < text.length; i++) {
      const hit = this.byFirst.get(text[i])?.find((c) => text.startsWith(c.surface, i) && !/[A-Za-z0-9]/.test(text[i + c.surface.length] ?? '') && !/[A-Za-z0-9]/.test(text[i - 1] ?? ''));
      if (!hit) continue;
      out.push({ label: hit.label, surface: hit.surface, start: offset + i, end: offset + i + hit.surface.length, method: 'rule', score: 0.5, props: hit.props });
      i += hit.surface.length - 1;
    }
    return out;
  }
}
