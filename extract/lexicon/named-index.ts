// An index of named lexicon entries (organisations, model families): by id, by surface form, in text.
import { SurfaceTrie, type SurfaceMatch, type SurfaceTrieOptions } from './surface-trie.ts';
import { invalidLexicon } from './load.ts';

/** What an entry needs to be indexed: an id, a display name and its other surface forms. */
export interface NamedEntry {
  id: string;
  name: string;
  aliases: string[];
  /** Forms that are also common words (百川, 浪潮, 360); may include `name`. */
  weakAliases: string[];
}

/** A mention of a named entry found in text. */
export interface NamedMatch<E> {
  start: number;
  end: number;
  surface: string;
  entry: E;
  weak: boolean;
  candidates: E[];
}

interface Posting<E> {
  entry: E;
  weak: boolean;
}

/** Entries indexed by id and by every surface form. */
export class NamedIndex<E extends NamedEntry> {
  private readonly trie: SurfaceTrie<Posting<E>>;
  private readonly ids: Map<string, E>;

  constructor(readonly entries: readonly E[], source: string, trieOptions?: SurfaceTrieOptions) {
    this.trie = new SurfaceTrie(trieOptions);
    this.ids = new Map(entries.map((e) => [e.id, e]));
    entries.forEach((entry, i) => {
      if (this.ids.get(entry.id) !== entry) throw invalidLexicon(source, `entries[${i}].id`, `duplicate id ${entry.id}`);
      const weak = new Set(entry.weakAliases);
      for (const s of new Set([entry.name, ...entry.aliases, ...entry.weakAliases])) this.trie.add(s, { entry, weak: weak.has(s) });
    });
  }

  byId(id: string): E | undefined {
    return this.ids.get(id);
  }

  /** Entries a whole surface form names (weak forms included: the caller already holds a candidate). */
  lookup(surface: string): E[] {
    const ranked = [...this.trie.lookup(surface)].sort((a, b) => Number(a.weak) - Number(b.weak));
    return [...new Set(ranked.map((p) => p.entry))];
  }

  /** The longest known surface form starting at `start`. */
  longestAt(text: string, start: number, options: { weak?: boolean } = {}): NamedMatch<E> | null {
    const match = this.trie.longestAt(text, start, (p) => !p.weak || !!options.weak);
    return match && toNamedMatch(match);
  }

  /** Leftmost-longest, non-overlapping mentions; weak forms only when asked. */
  find(text: string, options: { weak?: boolean } = {}): NamedMatch<E>[] {
    return this.trie.findAll(text, (p) => !p.weak || !!options.weak).map(toNamedMatch);
  }

  /** Fails when a reference field of some entry names no entry of `target`. */
  checkReferences(field: string, refOf: (e: E) => string | undefined, exists: (id: string) => boolean, source: string): void {
    this.entries.forEach((e, i) => {
      const ref = refOf(e);
      if (ref !== undefined && !exists(ref)) throw invalidLexicon(source, `entries[${i}].${field}`, `unknown id ${ref}`);
    });
  }
}

function toNamedMatch<E>(match: SurfaceMatch<Posting<E>>): NamedMatch<E> {
  // Most surface forms name one entry: nothing to rank.
  if (match.values.length === 1) {
    const [only] = match.values;
    return { start: match.start, end: match.end, surface: match.surface, entry: only.entry, weak: only.weak, candidates: [only.entry] };
  }
  const ranked = [...match.values].sort((a, b) => Number(a.weak) - Number(b.weak));
  return {
    start: match.start,
    end: match.end,
    surface: match.surface,
    entry: ranked[0].entry,
    weak: ranked[0].weak,
    candidates: [...new Set(ranked.map((p) => p.entry))],
  };
}
