// Finds, in a sentence, every name already recognised somewhere in the same report.
import { SurfaceTrie } from '../lexicon/index.ts';
import { isOrgLabel, type EntitySpan } from './span.ts';
import { LICENCE_AFTER } from './context.ts';

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
    // MIT许可证: a licence named after an organisation is no mention of it (asked only where a licence word occurs).
    const licence = /许可|协议|[Ll]icen/.test(text);
    return this.trie.findAll(text).filter((m) => !(licence && isOrgLabel(m.values[0].label) && LICENCE_AFTER.test(text.slice(m.end, m.end + 6)))).map((m) => {
      const hit = m.values[0];
      return { label: hit.label, surface: m.surface, start: offset + m.start, end: offset + m.end, method: 'rule', score: 0.5, props: hit.props };
    });
  }
}
