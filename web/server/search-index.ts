// Ranked name search over a graph: exact > prefix > substring, over names and aliases, CJK, pinyin initials and English.
import { pinyin } from 'pinyin-pro';
import type { MatchKind, SearchHit } from '../../schema/index.ts';

/** What the index needs to know about one node. */
export interface SearchableNode {
  id: string;
  name: string;
  label: string;
  aliases: readonly string[];
  /** Breaks ties between equal matches: more central nodes first. */
  weight: number;
}

type RankedHit = SearchHit & { rank: number };

interface Entry { node: SearchableNode; forms: { text: string; lower: string; initials: string }[] }

/** A search index built once per served graph; queries scan it (fast enough for 100k nodes). */
export interface SearchIndex {
  search(q: string, limit: number): SearchHit[];
}

const KIND_SCORE: Record<MatchKind, number> = { exact: 100, prefix: 70, substring: 40, pinyin: 0 };
const HAN = /\p{Script=Han}/u;

/** Pinyin initials of a name ("百度" → "bd", "智谱AI" → "zpai"); empty when it holds no Han characters. */
export function pinyinInitials(text: string): string {
  if (!HAN.test(text)) return '';
  return pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

/** How well `q` (already lower-cased) matches one name form, or null. */
function matchForm(q: string, form: Entry['forms'][number]): { kind: MatchKind; score: number } | null {
  if (form.lower === q) return { kind: 'exact', score: KIND_SCORE.exact };
  if (form.lower.startsWith(q)) return { kind: 'prefix', score: KIND_SCORE.prefix + 10 * (q.length / form.lower.length) };
  const at = form.lower.indexOf(q);
  if (at >= 0) return { kind: 'substring', score: KIND_SCORE.substring + 10 * (q.length / form.lower.length) - Math.min(at, 5) };
  if (form.initials && /^[a-z0-9]+$/.test(q)) {
    if (form.initials === q) return { kind: 'pinyin', score: 60 };
    if (form.initials.startsWith(q)) return { kind: 'pinyin', score: 30 + 10 * (q.length / form.initials.length) };
  }
  return null;
}

/** Orders hits best first: score, then centrality, then shorter names. */
const compareHits = (a: RankedHit, b: RankedHit): number =>
  b.score - a.score || b.rank - a.rank || a.name.length - b.name.length || a.name.localeCompare(b.name);

const SEPARATOR = '\u0001';

/**
 * All forms of all entries in one string, so a query is found with the engine's fast `indexOf` instead of
 * a loop over every node; `owner[k]` is the entry of the k-th form, `starts[k]` where it begins.
 */
interface Haystack { text: string; starts: number[]; owner: number[] }

function haystack(parts: { text: string; owner: number }[]): Haystack {
  const starts: number[] = []; const owner: number[] = []; let offset = 1;
  for (const p of parts) { starts.push(offset); owner.push(p.owner); offset += p.text.length + 1; }
  return { text: `${SEPARATOR}${parts.map((p) => p.text).join(SEPARATOR)}${SEPARATOR}`, starts, owner };
}

/** Entries with a form containing `q` (prefixOnly: starting with it). */
function candidates(h: Haystack, q: string, prefixOnly: boolean, into: Set<number>): void {
  const needle = prefixOnly ? `${SEPARATOR}${q}` : q;
  for (let at = h.text.indexOf(needle); at >= 0; at = h.text.indexOf(needle, at + 1)) {
    let lo = 0; let hi = h.starts.length - 1;
    const pos = prefixOnly ? at + 1 : at;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (h.starts[mid] <= pos) lo = mid; else hi = mid - 1; }
    into.add(h.owner[lo]);
  }
}

/** Builds the index: lower-cased forms and pinyin initials are computed once here. */
export function buildSearchIndex(nodes: Iterable<SearchableNode>): SearchIndex {
  const entries: Entry[] = [];
  for (const node of nodes) {
    const texts = [...new Set([node.name, ...node.aliases].filter((t) => t.trim().length > 0))];
    entries.push({ node, forms: texts.map((text) => ({ text, lower: text.toLowerCase(), initials: pinyinInitials(text) })) });
  }
  const names = haystack(entries.flatMap((e, i) => e.forms.map((f) => ({ text: f.lower.replaceAll(SEPARATOR, ' '), owner: i }))));
  const initials = haystack(entries.flatMap((e, i) => e.forms.filter((f) => f.initials).map((f) => ({ text: f.initials, owner: i }))));
  return {
    search(query, limit) {
      const q = query.trim().toLowerCase().replaceAll(SEPARATOR, ' ');
      if (!q) return [];
      const found = new Set<number>();
      candidates(names, q, false, found);
      if (/^[a-z0-9]+$/.test(q)) candidates(initials, q, true, found);
      // Only the best `limit` hits are kept (sorted), so broad queries like 大 do not sort the whole graph.
      const hits: RankedHit[] = [];
      for (const index of found) {
        const { node, forms } = entries[index];
        let best: RankedHit | null = null;
        for (const [i, form] of forms.entries()) {
          const m = matchForm(q, form);
          // The canonical name wins over an alias that matches equally well.
          const score = m ? m.score - (i === 0 ? 0 : 1) : -1;
          if (m && (!best || score > best.score)) best = { id: node.id, name: node.name, label: node.label, matched: form.text, kind: m.kind, score, rank: node.weight };
        }
        if (best && (hits.length < limit || compareHits(best, hits[hits.length - 1]) < 0)) {
          let at = hits.length;
          while (at > 0 && compareHits(best, hits[at - 1]) < 0) at--;
          hits.splice(at, 0, best);
          if (hits.length > limit) hits.pop();
        }
      }
      return hits.map(({ id, name, label, matched, kind, score }) => ({ id, name, label, matched, kind, score: Math.round(score * 100) / 100 }));
    },
  };
}
