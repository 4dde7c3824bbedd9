// Finds, in a sentence, every name already recognised somewhere in the same report.
import { SurfaceTrie } from '../lexicon/index.ts';
import type { EntitySpan } from './span.ts';

type Learnt = Pick<EntitySpan, 'surface' | 'label' | 'props'>;

/** Names learnt from a report, matched leftmost-longest by the lexicon's trie. */
export class SurfaceIndex {
  private readonly trie = new SurfaceTrie<Learnt>();
  private readonly seen = new Set<string>();

  add(s: Learnt): void {
    if (s.surface.length < 2 || this.seen.has(s.surface)) return;
    this.seen.add(s.surface);
    this.trie.add(s.surface, { surface: s.surface, label: s.label, props: s.props });
  }

  /** Non-overlapping occurrences in `text`, as weak spans (other recognisers win ties). */
  find(text: string, offset: number): EntitySpan[] {
    return this.trie.findAll(text).map((m) => {
      const hit = m.values[0];
      return { label: hit.label, surface: m.surface, start: offset + m.start, end: offset + m.end, method: 'rule', score: 0.5, props: hit.props };
    });
  }
}
