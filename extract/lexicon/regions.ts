// The region gazetteer: lookup by surface form, matching in text, and the PART_OF chain.
import { join } from 'node:path';
import { invalidLexicon, lazy, LEXICON_DIR, readLexiconFile } from './load.ts';
import { PREFECTURE_DIVISIONS, RegionsFile, type RegionEntry, type RegionLevel } from './schemas.ts';
import { SurfaceTrie, type SurfaceMatch } from './surface-trie.ts';

/** How a surface form names a region: safe names and aliases, or forms that need context. */
export type RegionVia = 'name' | 'alias' | 'english' | 'weak' | 'abbrev';

/** Which context-dependent forms a caller is ready to handle. */
export interface RegionMatchOptions {
  /** Accept one-character abbreviations (京, 沪, 粤). */
  abbrev?: boolean;
  /** Accept weak aliases that are also common words (我国, 大同, 朝阳). */
  weak?: boolean;
}

/** A region found in text: the preferred entry plus every entry the surface could name. */
export interface RegionMatch {
  start: number;
  end: number;
  surface: string;
  entry: RegionEntry;
  via: RegionVia;
  candidates: RegionEntry[];
}

interface Posting {
  entry: RegionEntry;
  via: RegionVia;
}

const LEVEL_RANK: Record<RegionLevel, number> = { country: 0, province: 1, bloc: 2, city: 3 };
const VIA_RANK: Record<RegionVia, number> = { name: 0, alias: 1, english: 2, weak: 3, abbrev: 4 };
const byPreference = (a: Posting, b: Posting) =>
  VIA_RANK[a.via] - VIA_RANK[b.via] || LEVEL_RANK[a.entry.level] - LEVEL_RANK[b.entry.level];

const accepts = (options: RegionMatchOptions) => (p: Posting) =>
  (p.via !== 'abbrev' || !!options.abbrev) && (p.via !== 'weak' || !!options.weak);

/** Every surface form of an entry with how it names the entry; a weak form stays weak under any role. */
function postingsOf(entry: RegionEntry): [string, Posting][] {
  const weak = new Set(entry.weakAliases);
  const form = (s: string, via: RegionVia): [string, Posting] => [s, { entry, via: weak.has(s) ? 'weak' : via }];
  return [
    form(entry.name, 'name'),
    ...entry.aliases.map((s) => form(s, 'alias')),
    ...(entry.nameEn ? [form(entry.nameEn, 'english')] : []),
    ...entry.weakAliases.map((s) => form(s, 'weak')),
    ...entry.abbreviations.map((s) => form(s, 'abbrev')),
  ];
}

/** The loaded gazetteer with its indexes. */
export class RegionGazetteer {
  private readonly trie = new SurfaceTrie<Posting>();
  private readonly ids: Map<string, RegionEntry>;

  constructor(readonly entries: readonly RegionEntry[], source = 'regions.json') {
    this.ids = new Map(entries.map((e) => [e.id, e]));
    entries.forEach((entry, i) => {
      if (this.ids.get(entry.id) !== entry) throw invalidLexicon(source, `entries[${i}].id`, `duplicate id ${entry.id}`);
      if (entry.parent && !this.ids.has(entry.parent)) throw invalidLexicon(source, `entries[${i}].parent`, `unknown id ${entry.parent}`);
      for (const [surface, posting] of postingsOf(entry)) this.trie.add(surface, posting);
    });
  }

  byId(id: string): RegionEntry | undefined {
    return this.ids.get(id);
  }

  /** Entries a whole surface form names, best first; weak aliases included, abbreviations only when asked. */
  lookup(surface: string, options: RegionMatchOptions = {}): RegionEntry[] {
    const accept = accepts({ weak: true, ...options });
    return [...new Set(this.trie.lookup(surface).filter(accept).sort(byPreference).map((p) => p.entry))];
  }

  /** The longest region name starting at `start` (safe forms only unless options say otherwise). */
  longestAt(text: string, start: number, options: RegionMatchOptions = {}): RegionMatch | null {
    const match = this.trie.longestAt(text, start, accepts(options));
    return match && toRegionMatch(match);
  }

  /** Leftmost-longest, non-overlapping region mentions in `text`. */
  find(text: string, options: RegionMatchOptions = {}): RegionMatch[] {
    return this.trie.findAll(text, accepts(options)).map(toRegionMatch);
  }

  parentOf(entry: RegionEntry): RegionEntry | undefined {
    return entry.parent ? this.ids.get(entry.parent) : undefined;
  }

  /** The PART_OF chain upwards, nearest first: 南山区 → 深圳 → 广东 → 中国. */
  ancestors(entry: RegionEntry): RegionEntry[] {
    const chain: RegionEntry[] = [];
    for (let p = this.parentOf(entry); p; p = this.parentOf(p)) chain.push(p);
    return chain;
  }

  /** Chinese provincial-level divisions (including municipalities, autonomous regions, SARs). */
  chineseProvinces(): RegionEntry[] {
    return this.entries.filter((e) => e.level === 'province' && e.parent === 'CN');
  }

  /** Chinese prefecture-level divisions (地级市, 地区, 自治州, 盟). */
  chinesePrefectures(): RegionEntry[] {
    return this.entries.filter((e) => PREFECTURE_DIVISIONS.has(e.division));
  }
}

function toRegionMatch(match: SurfaceMatch<Posting>): RegionMatch {
  const ranked = [...match.values].sort(byPreference);
  return {
    start: match.start,
    end: match.end,
    surface: match.surface,
    entry: ranked[0].entry,
    via: ranked[0].via,
    candidates: [...new Set(ranked.map((p) => p.entry))],
  };
}

/** The shipped gazetteer, loaded and validated once per process. */
export const regionGazetteer = lazy(() => {
  const path = join(LEXICON_DIR, 'regions.json');
  return new RegionGazetteer(readLexiconFile(path, RegionsFile).entries, path);
});

/** Region mentions in `text` using the shipped gazetteer. */
export const findRegions = (text: string, options?: RegionMatchOptions): RegionMatch[] => regionGazetteer().find(text, options);
