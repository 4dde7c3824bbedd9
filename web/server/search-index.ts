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

/** Builds the index: lower-cased forms and pinyin initials are computed once here. */
export function buildSearchIndex(nodes: Iterable<SearchableNode>): SearchIndex {
  const entries: Entry[] = [];
  for (const node of nodes) {
    const texts = [...new Set([node.name, ...node.aliases].filter((t) => t.trim().length > 0))];
    entries.push({ node, forms: texts.map((text) => ({ text, lower: text.toLowerCase(), initials: pinyinInitials(text) })) });
  }
  return {
    search(query, limit) {
      const q = query.trim().toLowerCase();
      if (!q) return [];
      const hits: RankedHit[] = [];
      for (const { node, forms } of entries) {
        let best: RankedHit | null = null;
        for (const [i, form] of forms.entries()) {
          const m = matchForm(q, form);
          // The canonical name wins over an alias that matches equally well.
          const score = m ? m.score - (i === 0 ? 0 : 1) : -1;
          if (m && (!best || score > best.score)) best = { id: node.id, name: node.name, label: node.label, matched: form.text, kind: m.kind, score, rank: node.weight };
        }
        if (best) hits.push(best);
      }
      hits.sort((a, b) => b.score - a.score || b.rank - a.rank || a.name.length - b.name.length || a.name.localeCompare(b.name));
      return hits.slice(0, limit).map(({ id, name, label, matched, kind, score }) => ({ id, name, label, matched, kind, score: Math.round(score * 100) / 100 }));
    },
  };
}
